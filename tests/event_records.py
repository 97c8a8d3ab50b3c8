"""Helpers the event test files share: one article's record on a fixed date, and its event."""

from __future__ import annotations

from dateline.record import Event, Record

DATE = "2023-06-15"  # a Thursday


def record_of(text: str) -> Record:
    from dateline import extract

    record = extract(text, date=DATE)
    assert isinstance(record, Record)
    return record


def event_of(record: Record, type_: str, trigger: str | None = None) -> Event:
    found = [e for e in record.events if e.type == type_
             and (trigger is None or e.trigger.text == trigger)]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]
