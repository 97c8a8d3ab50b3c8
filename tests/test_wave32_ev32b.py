"""Wave 32 (ev32b, judged round 21: the victims of a nominal attack, "an army attack took
place ..., killing six soldiers", were left out of its target).

- ``events.args.nominal-toll.v1``: a nominal attack that is the subject of its clause's verb
  takes that verb's toll participle as its own, or the verb itself when it is a toll verb
  ("the attack killed ..."), and "were killed in an attack" names its victims.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

NOMINAL_TOLL = "events.args.nominal-toll.v1"


def _target_names(record, event) -> list[str]:  # type: ignore[no-untyped-def]
    actors = {a.id: a for a in record.actors}
    return [actors[i].name for i in event.target]


def test_a_nominal_attack_takes_the_toll_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The militant attack took place near the border, wounding three police "
                     "officers.")
    event = _on(record, "attack")
    assert NOMINAL_TOLL in event.rule
    # wave 42: "police officers" is a listed group of the actor stage now (as "three soldiers"
    # gives "soldiers"), no longer a group the event stage builds with its count
    assert _target_names(record, event) == ["police officers"]


def test_a_nominal_attack_that_kills_has_the_dead_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The second attack on Tuesday killed eleven people.")
    event = _on(record, "attack")
    assert NOMINAL_TOLL in event.rule
    assert _target_names(record, event) == ["eleven people"]


def test_an_attack_that_is_condemned_takes_no_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("France condemned the attack, calling it barbaric.")
    assert all(NOMINAL_TOLL not in e.rule for e in record.events)
