"""Wave 89, ev89s: an empty target where the reacted-to thing's owner is named.

events.args.reacted-pronoun-owner.v2: a reaction verb (reject, condemn, welcome ...) whose
object is a thing a party makes or holds (an offer, a request, a plan) owned through "his" or
"her" takes the one person the pronoun stands for as its target (first drafted in ev87m).
events.args.reacted-owner.v2 reads two more owned nouns, "attempt" and "idea". Near misses:
"its" (a body: whose is less sure), a possessor that is the source itself, and a thing that
is no owned act ("his car"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.reacted-pronoun-owner.v2"
OWNER_RULE = "events.args.reacted-owner.v2"


@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("Governor Tomas Ferreira stepped down on Monday. Lawmakers had rejected his plan to raise "
     "taxes a week earlier.", "rejected", "Ferreira"),
    ("Marta Olsson was told to report to prison after the appeals court voted to reject her "
     "request for bail.", "reject", "Olsson"),
])
def test_pronoun_owner_is_target(text: str, trigger: str, owner: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert any(owner in name for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("The opposition condemned Peru's attempt to close the border crossing.", "condemned", "Peru"),
    ("Ministers in Oslo rejected Sweden's idea of a joint patrol force.", "rejected", "Swe"),
])
def test_named_owner_of_attempt_or_idea_is_target(text: str, trigger: str, owner: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert OWNER_RULE in event.rule
    assert any(owner in name for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # "its": a body's thing, whose body is less sure
    ("The council met on Monday, and the mayor rejected its plan to raise taxes.", "rejected"),
    # the possessor is the one who reacts
    ("Senator Ana Ruiz rejected her own plan to raise taxes on Monday.", "rejected"),
    # no owned act: "his car"
    ("Police chief Omar Haddad said protesters had attacked his car.", "attacked"),
])
def test_near_misses_take_no_pronoun_owner(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
