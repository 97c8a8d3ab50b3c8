"""Wave 27 (ev27b; judged round 19: parties the sentence names that were not found as actors).

- ``events.args.crowd-party.v2``: a crowd that protests ("many people", "hundreds of students")
  is the event's source even when the text names no place for it: a group with no country of
  its own, where it used to stand with no source at all.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

CROWD_PARTY = "events.args.crowd-party.v2"


def test_unplaced_crowd_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Hundreds of nurses rallied outside the health ministry on Friday.")
    event = _on(record, "rallied")
    assert _names(record, event.source) == ["Hundreds of nurses"]
    assert countries_of(record, event.source) == {None}
    assert CROWD_PARTY in event.rule


def test_crowd_with_a_place_keeps_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of farmers marched in Nairobi on Tuesday.")
    event = _on(record, "marched")
    assert countries_of(record, event.source) == {"KEN"}
    assert CROWD_PARTY not in event.rule


def test_crowd_under_a_misparsed_main_verb_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "protested" on "Hundreds" as a reduced relative (a participle, not "-ing");
    # the noun is then the sentence's root, so the verb can only be the crowd's own act
    record = _record("Hundreds of students protested in Alexandria on Thursday.")
    event = _on(record, "protested")
    assert _names(record, event.source) == ["Hundreds of students"]
    assert CROWD_PARTY in event.rule
