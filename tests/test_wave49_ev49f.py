"""Wave 49, ev49f: the party an event's own preposition names on its trigger or on the
trigger verb's object noun ("declared a truce with X", "hosted talks with X") is the target
when none was found (events.args.prep-party.v1, module ``event_prep_parties``). Near misses:
an unnamed party where the type's target is read keeps the domestic target, a place of a
deployment is not read, and a time phrase names no party.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.prep-party.v1"


def test_truce_with_a_group_names_the_group(nlp: Any) -> None:
    text = ("The government of the Philippines on Tuesday declared a unilateral truce with the "
            "Muslim guerrilla group.")
    kind, source, target, rule = named_event(text, "declared")
    assert (kind, source, target) == ("CONCEDE", [("Philippines government", "PHL")],
                                      [("Muslim guerrilla group", None)])
    assert RULE in rule


def test_talks_with_a_person_name_the_person(nlp: Any) -> None:
    text = "In May, Namibia hosted a new round of talks with the former governor David Mabasa."
    kind, source, target, rule = named_event(text, "hosted")
    assert (kind, source, target) == ("CONSULT", [("Namibia", "NAM")], [("David Mabasa", None)])
    assert RULE in rule


def test_unnamed_people_hit_keep_their_domestic_target(nlp: Any) -> None:
    text = "At least three people were hit with gunshots in the Grand Casino on Gentilly."
    kind, source, target, rule = named_event(text, "hit")
    assert (kind, source, target) == ("ASSAULT", [], [("three people", None)])
    assert RULE not in rule


def test_deployment_place_is_not_read(nlp: Any) -> None:
    kind, source, target, rule = named_event("Russia sent troops to Syria on Monday.", "sent")
    assert (kind, source, target) == ("MOBILIZE", [("Russia", "RUS")], [("Syria", "SYR")])
    assert RULE not in rule


def test_truce_with_only_a_time_has_no_target(nlp: Any) -> None:
    kind, source, target, rule = named_event("The Liberation Front declared a truce on Monday.",
                                             "declared")
    assert (kind, source, target) == ("CONCEDE", [("Liberation Front", None)], [])
    assert RULE not in rule
