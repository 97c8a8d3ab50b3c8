"""Wave 31 (pairs31: both judges called Islamic State wrong as the target of support for action
against it, once named groups became actors wherever named).

- ``events.args.opposed-party.v1``: for acts that favour their target (SUPPORT, AGREE,
  COOPERATE, AID), a party the act's phrase names after "against" is not the target.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

OPPOSED = "events.args.opposed-party.v1"


def test_the_enemy_of_a_coalition_is_not_the_party_joined(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Finland joined the U.S.-led coalition against the Islamic State on Monday.")
    event = _on(record, "joined")
    assert "Islamic State" not in _names(record, event.target)
    assert OPPOSED in event.rule


def test_approval_of_action_against_a_group_does_not_favour_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Qatar's government approved military action against ISIS.")
    event = _on(record, "approved")
    assert event.target == []
    assert OPPOSED in event.rule


def test_the_favoured_party_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Britain pledged support for Ukraine against Russia.")
    event = _on(record, "pledged")
    assert _names(record, event.target) == ["Ukraine"]
