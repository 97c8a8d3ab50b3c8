"""Wave 32 (ev32c): the date of a quoted statement is the date of its report (round 21 judged
the date of such acts wrong when they took the document date).

- ``events.date.continued-statement.v1``: an undated direct quote continuing a statement that the
  sentence before dated (the same speaker, or "the statement" itself) was said on that day.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

CONTINUED = "events.date.continued-statement.v1"


def test_a_quote_by_the_same_speaker_takes_the_dated_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Foreign Minister Jane Okello said on Tuesday that talks with Sudan had "
                     "stalled. \"We urge the Government of Sudan to return to the table,\" "
                     "she said.")
    event = _on(record, "urge")
    assert event.date.value == "2023-06-13"
    assert CONTINUED in (event.rule or "")


def test_the_statement_concluded_takes_the_statement_day(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Kenyan government said in a statement Monday that it was concerned. "
                     "The statement concluded: \"The Government of Kenya continues to press for "
                     "the release of the sailors.\"")
    event = _on(record, "press")
    assert event.date.value == "2023-06-12"
    assert CONTINUED in (event.rule or "")


def test_a_quote_of_another_speaker_keeps_the_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Foreign Minister Jane Okello said on Tuesday that talks with Sudan had "
                     "stalled. \"We urge the Government of Sudan to return to the table,\" rebel "
                     "leader Peter Malong said.")
    event = _on(record, "urge")
    assert CONTINUED not in (event.rule or "")
