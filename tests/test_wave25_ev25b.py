"""Wave 25 (ev25b, judged rounds 16-18: the speaker coded as the target): a third-person
pronoun inside a speaker's own direct quote is someone the speaker speaks of, never the speaker
('"The suicide car bomber detonated his car ...," Col. X, a spokesman, told the AP' had the
spokesman as the bombing's target). A target named in the sentence only so is dropped
(``events.args.quoted-speaker-not-party.v1``); a speaker who reports, outside any quote, what
was done to "him" stays the target."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

QUOTED_SPEAKER = "events.args.quoted-speaker-not-party.v1"


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_quoted_his_is_not_the_spokesman(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record('"The gunman fired his rifle at the crowd," Colonel Ahmed Rahman, '
                     "a police spokesman, told reporters.")
    event = _on(record, "fired")
    assert "Ahmed Rahman" not in _names(record, event.target)
    assert QUOTED_SPEAKER in event.rule


def test_quoted_bomber_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record('"The bomber detonated his vest near the market," police spokesman '
                     "John Kamau said.")
    event = _on(record, "detonated")
    assert _names(record, event.target) == []
    assert _names(record, event.source) == ["bomber"]


def test_reported_he_stays_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police spokesman John Kamau said he was attacked by the gunmen.")
    event = _on(record, "attacked")
    assert _names(record, event.target) == ["John Kamau"]
    assert QUOTED_SPEAKER not in event.rule
