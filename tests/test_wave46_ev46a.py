"""Wave 46, ev46a: people and groups the actor lexicon leaves uncoded become the target
(events.args.uncoded-party.v1, module ``event_uncoded_parties``).

"accused NGOs of financing extremists" (a plural the parser tags proper, coded as a role of
people) and "gunmen killed a lawyer's assistant" (a people noun of
``clauses.uncoded_party_nouns``) left the target empty. Near misses: a thing as object stays
empty, a request's bare object is what is asked for, a phrase that names an actor keeps it,
and a party the older rules find keeps their rule.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.uncoded-party.v1"


def test_accused_ngos_are_the_target(nlp: Any) -> None:
    text = "The government has long accused NGOs of financing extremists."
    kind, source, target, rule = named_event(text, "accused")
    assert (kind, source, target) == ("ACCUSE", [("government", None)], [("NGOs", None)])
    assert RULE in rule.split("+")


def test_killed_assistant_is_the_target(nlp: Any) -> None:
    kind, source, target, rule = named_event("Gunmen killed an assistant.", "killed")
    assert (kind, source, target) == ("ASSAULT", [("Gunmen", None)], [("assistant", None)])
    assert rule == f"events.assault.kill.v1+{RULE}"


def test_banned_ngos_are_the_target(nlp: Any) -> None:
    kind, _, target, rule = named_event("The ministry banned NGOs.", "banned")
    assert (kind, target) == ("COERCE", [("NGOs", None)])
    assert RULE in rule.split("+")


def test_thing_object_stays_empty(nlp: Any) -> None:
    _, _, target, rule = named_event("Soldiers seized weapons.", "seized")
    assert target == []
    assert RULE not in rule.split("+")


def test_coded_people_keep_their_rule(nlp: Any) -> None:
    _, _, target, rule = named_event("Police arrested opposition leaders.", "arrested")
    assert target == [("opposition leaders", None)]
    assert RULE not in rule.split("+")


def test_request_object_is_what_is_asked(nlp: Any) -> None:
    _, _, target, rule = named_event("The union demanded more assistants.", "demanded")
    assert target == []
    assert RULE not in rule.split("+")
