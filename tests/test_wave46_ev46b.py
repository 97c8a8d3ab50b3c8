"""Wave 46, ev46b: the victims a relative clause on a nominal attack names
(events.args.relative-toll.v1, module ``event_relative_tolls``).

"an attack that killed 19 soldiers", "the attack, which killed ...": the object of a toll verb
in a relative clause whose subject is the relative word is the attack's target. Near misses:
a clause with a subject of its own ("that officials said killed"), a non-toll verb ("that
shocked the country"), and a passive "in which" clause (another rule's).
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_events

RULE = "events.args.relative-toll.v1"


def _attack(text: str) -> tuple[Any, ...]:
    found = [e for e in named_events(text) if e[1] == "attack"]
    assert len(found) == 1, named_events(text)
    return found[0]


def test_that_clause_victims_are_target(nlp: Any) -> None:
    text = "Boko Haram claimed an attack that killed 19 soldiers in Borno on Monday."
    kind, _, source, target, rule = _attack(text)
    assert (kind, source, target) == ("ASSAULT", [("Boko Haram", "NGA")], [("soldiers", None)])
    # since wave 57 the clause's "on Monday" also dates the attack (relative-clause-time)
    assert rule == (f"events.assault.attack-noun.v1+events.args.toll-victims.v1+{RULE}"
                    "+events.date.relative-clause-time.v1")


def test_which_clause_on_subject_noun(nlp: Any) -> None:
    text = "The attack, which killed 19 soldiers, was claimed by Boko Haram on Monday."
    _, _, source, target, rule = _attack(text)
    assert (source, target) == ([("Boko Haram", "NGA")], [("soldiers", None)])
    assert rule.endswith(RULE)


def test_named_victim_in_clause(nlp: Any) -> None:
    text = "Boko Haram claimed an attack that killed Omar Haddad on Monday."
    _, _, _, target, rule = _attack(text)
    assert target == [("Omar Haddad", None)]
    assert RULE in rule


def test_clause_with_own_subject_unchanged(nlp: Any) -> None:
    text = "Boko Haram claimed an attack that officials said killed three people on Monday."
    _, _, _, target, rule = _attack(text)
    assert target == [] and RULE not in rule


def test_non_toll_clause_unchanged(nlp: Any) -> None:
    text = "Boko Haram claimed an attack that shocked the soldiers in Borno on Monday."
    _, _, _, target, rule = _attack(text)
    assert target == [] and RULE not in rule
