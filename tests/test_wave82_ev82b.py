"""Wave 82, ev82b: the accused that an accusation's object names, when no actor stands for it.

events.args.accused-object.v1: "accused lawmakers of taking bribes from a builder" names the
lawmakers, though the charge hangs on the object in the parse and a body or a set of states
("the leadership", "Gulf countries") is on no party list. Near misses: an object that is a
thing ("accused the report of bias"), an object whose own phrase names an actor (the target
search names it), an accusation that already has a target. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.accused-object.v3"  # v2 since wave 86 (ev86a), v3 since wave 102


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The Kenyan president accused politicians of stirring up hatred against the police.",
     "accused", "politicians"),
    ("The opposition leader has accused the army leadership of rigging the vote.", "accused",
     "leadership"),
])
def test_accused_object(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "ACCUSE"
    assert RULE in event.rule
    assert name in " ".join(names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # a thing, not a party
    ("The ministry accused the report of bias against the army.", "accused"),
    # the object's phrase names an actor: the target search's, not this rule's
    ("The minister accused the leaders of Hamas of planning attacks.", "accused"),
])
def test_no_accused_object(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule


def test_named_target_is_kept() -> None:
    record = record_of("Ghana accused Togo of letting politicians smuggle arms.")
    event = trigger_event(record, "accused")
    assert RULE not in event.rule
    assert "Togo" in " ".join(names_of(record, event.target))


def test_accused_bloc_is_its_own_party() -> None:
    # session 110: "Western countries" is a bloc the actors stage names (actors.group.bloc.v1),
    # the accusation's own object; accused-object.v3 is no longer needed to find it
    record = record_of("Venezuela's foreign minister accused Western countries of meddling in "
                       "the election.")
    event = trigger_event(record, "accused")
    assert event.type == "ACCUSE"
    assert names_of(record, event.target) == ["Western countries"]
