"""Wave 48, ev48c: acts summed up to now and perfect participles (module ``event_tally_dates``).

A present perfect told "so far" / "to date" with a counted or whole party is a running total with
no date (events.date.so-far.v1); uncounted it goes on now and keeps the document date. A perfect
participle ("having been detained") is an act before its clause, undated even inside a dated
report (events.date.perfect-participle.v1). Near misses keep their dates. The document date,
2023-06-15, is a Thursday.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger

SO_FAR = "events.date.so-far.v1"
PARTICIPLE = "events.date.perfect-participle.v1"


def _date(text: str, trigger: str) -> tuple[str | None, str]:
    value, basis, _ = dates_by_trigger(text)[trigger]
    return value, basis


def _rule(text: str, trigger: str) -> str:
    return dates_by_trigger(text)[trigger][2]


def test_counted_so_far_is_undated(nlp: Any) -> None:
    text = "Police have detained 300 people so far."
    assert _date(text, "detained") == (None, "unknown")
    assert _rule(text, "detained").endswith(SO_FAR)


def test_counted_passive_so_far_is_undated(nlp: Any) -> None:
    text = "Four persons have been arrested so far for their role in the incident."
    assert _date(text, "arrested") == (None, "unknown")


def test_whole_party_to_date_is_undated(nlp: Any) -> None:
    text = "To date, all US military aid to Ukraine has been provided in small amounts."
    assert _date(text, "provided") == (None, "unknown")


def test_uncounted_so_far_keeps_the_document_date(nlp: Any) -> None:
    text = "So far, Russia has refused to pay."
    assert _date(text, "refused") == ("2023-06-15", "document_date")
    assert SO_FAR not in _rule(text, "refused")


def test_counted_without_so_far_keeps_the_document_date(nlp: Any) -> None:
    text = "Police have detained 300 people."
    assert _date(text, "detained") == ("2023-06-15", "document_date")


def test_dated_count_keeps_its_day(nlp: Any) -> None:
    text = "Police detained 300 people on Sunday."
    assert _date(text, "detained") == ("2023-06-11", "explicit")


def test_perfect_participle_in_dated_report_is_undated(nlp: Any) -> None:
    text = ("A man said on Sunday that an asylum seeker has returned to that country, "
            "having been detained for a short time.")
    assert _date(text, "detained") == (None, "unknown")
    assert _rule(text, "detained").endswith(PARTICIPLE)


def test_plain_report_complement_keeps_the_report_day(nlp: Any) -> None:
    text = "The minister said on Monday that troops seized the town."
    assert _date(text, "seized") == ("2023-06-12", "narrative")
