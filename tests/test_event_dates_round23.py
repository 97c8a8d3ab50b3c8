"""Round 23 dates: the article's own date wins over the caller's fallback date."""

from __future__ import annotations

import pytest

from dateline.ingest.clean import clean
from dateline.pipeline import resolve_document_date

# --- resolve_document_date: a dateline or date line before the caller's date -------------------


def test_a_dateline_with_its_year_wins_over_the_argument() -> None:
    cleaned = clean("LIMA, April 4, 2016 (NWS) - Peru recalled its envoy on Monday.")
    assert resolve_document_date(None, "2023-06-15", cleaned) == ("2016-04-04", "dateline")


def test_a_removed_date_line_wins_over_the_argument() -> None:
    cleaned = clean("9 March 2011\n\nThe army shelled the northern pass on Tuesday.")
    assert resolve_document_date(None, "2023-06-15", cleaned) == ("2011-03-09", "timestamp-line")


def test_metadata_still_wins_over_a_dateline() -> None:
    cleaned = clean("LIMA, April 4, 2016 (NWS) - Peru recalled its envoy on Monday.")
    assert resolve_document_date("2016-04-05", "2023-06-15", cleaned) == ("2016-04-05", "metadata")


@pytest.mark.parametrize("text", [
    "LIMA, April 4 (NWS) - Peru recalled its envoy on Monday.",  # a dateline without its year
    "Peru recalled its envoy on Monday.",
])
def test_the_argument_dates_an_article_without_a_full_date_of_its_own(text: str) -> None:
    assert resolve_document_date(None, "2023-06-15", clean(text)) == ("2023-06-15", "argument")


def test_extract_anchors_relative_dates_to_the_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("LIMA, April 4, 2016 (NWS) - Peruvian police arrested two union leaders "
                     "on Monday.", date="2023-06-15")
    assert record.document_date == "2016-04-04"
    assert [event.date.value for event in record.events] == ["2016-04-04"]


# --- ingest.dateline-date-only.v1: a date alone before a dash opens the story ------------------


@pytest.mark.parametrize(("text", "iso"), [
    ("MARCH 9, 2011 -- Troops shelled the northern pass.", "2011-03-09"),
    ("(SEP 3, 2014) -- The envoy left the capital.", "2014-09-03"),
    ("Monday, May 5, 2014 (Agency) -- Police detained six people.", "2014-05-05"),
    ("Nov 8, 2001 -\n\nThe ministry closed the border.", "2001-11-08"),
])
def test_a_date_alone_before_a_dash_is_the_dateline(text: str, iso: str) -> None:
    cleaned = clean(text)
    assert cleaned.dateline is not None and cleaned.dateline.iso() == iso
    assert resolve_document_date(None, "2023-06-15", cleaned) == (iso, "dateline")


@pytest.mark.parametrize("text", [
    "Monday, May 5, 2014 will mark a year since the strike.",  # no dash: a sentence
    "May 2014 - the army left the valley.",  # no day
    "On May 5, 2014 - he said - the army left.",  # a sentence opener
    "The army left on May 5, 2014 -- and did not return.",
])
def test_a_date_inside_a_sentence_is_no_dateline(text: str) -> None:
    assert clean(text).dateline_span is None
