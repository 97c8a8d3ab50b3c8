"""Wave 33 (ev33e, judged round 21 and earlier notes: a protest noun's own crowd and the
police who put a protest down).

- ``events.args.protest-phrase-crowd.v1``: a protest noun whose phrase names its crowd ("a
  protest by thousands of students", "the farmers' march") has that crowd as its source.
- ``events.args.suppressed-protest.v1``: the subject of a verb that puts the protest down
  ("police broke up the rally") is not the protest's source.
- ``events.args.dispersed-crowd.v1``: the crowd of the protest a crowd-control act puts down is
  that act's target, in place of the protest's place.
- ``events.assault.break-up-crowd.v1``: "broke up a rally" is crowd control, as "dispersed".

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

PHRASE_CROWD = "events.args.protest-phrase-crowd.v1"
SUPPRESSED = "events.args.suppressed-protest.v1"
DISPERSED = "events.args.dispersed-crowd.v1"


def test_a_protest_by_a_crowd_has_the_crowd_as_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A march by hundreds of farmers reached the capital on Sunday.")
    event = _on(record, "march")
    assert PHRASE_CROWD in event.rule
    assert _names(record, event.source) == ["hundreds of farmers"]


def test_a_possessive_crowd_is_the_source_without_its_apostrophe(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The teachers' protest closed the main road in Lusaka.")
    event = _on(record, "protest")
    assert PHRASE_CROWD in event.rule
    assert _names(record, event.source) == ["teachers"]


def test_the_crowd_stops_before_a_place_phrase_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Talks resumed after a week of protests by union members at factory gates.")
    event = _on(record, "protests")
    assert _names(record, event.source) == ["union members"]


def test_police_who_break_up_a_rally_are_not_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police broke up a rally in the port city on Friday.")
    assert all(e.type != "PROTEST" for e in record.events)
    event = _on(record, "broke")
    assert event.type == "ASSAULT" and event.mode == "crowd-control"


def test_breaking_up_a_rally_targets_its_crowd_not_its_city(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police broke up a rally of opposition supporters in Harare on Monday.")
    event = _on(record, "broke")
    assert DISPERSED in event.rule
    assert _names(record, event.target) == ["opposition supporters"]


def test_a_protest_the_crowd_ends_itself_keeps_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Opposition supporters ended their protest outside parliament in Accra.")
    assert all(SUPPRESSED not in e.rule for e in record.events)
