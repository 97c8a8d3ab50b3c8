"""Issue 11, round 12 (ev12d): event dates of the shapes the round-9 judges found
(docs/judged/round9/events-{a,b,c,d}.md): a date in the sentence that was not used, background
acts given the document date, a season inside a name, datelines and "later Tuesday", ranges whose
closing year applies to their opening date, and lengths counted from a dated happening.

The sentences are our own wording of those shapes."""

from __future__ import annotations

import pytest

from tests.event_records import DATE as DOCUMENT_DATE
from tests.event_records import date_of as _date
from tests.event_records import dated_record as _record

# --- pattern 1: a date in the sentence is not used ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # the act is done in a dated document (events.date.in-document.v1)
        ("In a letter dated 3 March, the foreign ministry urged Chile to release the sailors.",
         "urged", "2023-03-03"),
        ("In a statement on Monday, the opposition accused the army of torture.",
         "accused", "2023-06-12"),
        # a purpose infinitive shares the time of its clause (events.date.purpose.v1)
        # (a journey, not a march: ev65b folds a protest's demand clause into the PROTEST)
        ("Union leaders travelled on Friday to Leeds to demand higher wages.",
         "demand", "2023-06-09"),
    ],
)
def test_a_date_in_the_sentence_dates_the_act(nlp, text: str, word: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, word) == (value, "explicit")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Militias killed villagers between March 2 and April 30, 2016, in the north.",
         "2016-03-02"),
        ("Troops occupied the port from 12 November to 9 January 2019.", "2018-11-12"),
    ],
)
def test_a_range_s_closing_year_applies_to_its_opening_date(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    times = _record(text).times
    assert times[0].value == value and times[0].rule == "times.range-year.v1"


def test_two_dates_in_different_clauses_are_no_range(nlp) -> None:  # type: ignore[no-untyped-def]
    times = _record("Envoys met on March 2 and announced on April 30, 2016 that they agreed.").times
    assert times[0].value == "2023-03-02"


# --- pattern 2: background acts -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Decades ago, Peru attacked Ecuador.",
        "Peru once attacked Ecuador.",
    ],
)
def test_once_and_vague_ago_acts_are_undated(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, "attacked") == (None, "unknown")
    event = _record(text).events[0]
    assert "events.date.background-once.v1" in event.rule


def test_once_again_is_no_background(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Peru once again attacked Ecuador.", "attacked") == (DOCUMENT_DATE,
                                                                      "document_date")


def test_a_vague_ago_has_no_calendar_value(nlp) -> None:  # type: ignore[no-untyped-def]
    times = _record("Several years ago, the two states signed a pact.").times
    assert times[0].value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lisbon still honours the 1703 treaty signed by Portugal and England.", "signed"),
        ("The 1703 agreement was signed by Portugal and England.", "signed"),
    ],
)
def test_a_year_in_front_of_a_document_dates_its_making(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, word) == ("1703", "explicit")


def test_a_year_of_a_thing_does_not_date_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Kenya ratified the 2015 accord.", "ratified") == (DOCUMENT_DATE,
                                                                  "document_date")


def test_a_year_of_a_thing_is_no_count_but_a_count_is_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Soldiers killed 1990 people in the valley.", "killed") == (
        DOCUMENT_DATE, "document_date")


# --- pattern 3: a season inside a name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels began their summer offensive against the army.", "began"),
        ("Central bankers held their Spring meetings with the World Bank.", "held"),
    ],
)
def test_a_season_in_front_of_a_noun_is_no_date(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, word) == (DOCUMENT_DATE, "document_date")


def test_a_season_in_a_name_takes_the_narrative_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels seized a border post on Tuesday. The rebels began their summer offensive "
            "against the army.")
    assert _date(text, "began") == ("2023-06-13", "narrative")


def test_a_season_as_a_time_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    times = _record("The rebels attacked the army in the summer of 2019.").times
    assert any(t.value == "2019-SU" for t in times)


# --- pattern 4: datelines and relative days ------------------------------------------------------


def test_yesterday_counts_from_the_dateline_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Madrid, October 4 -- Gunmen shot dead two guards yesterday near the port."
    record = _record(text)
    dateline = record.times[0]
    assert dateline.rule == "times.dateline-day.v1" and dateline.value == "2022-10-04"
    assert [e.date.value for e in record.events if e.trigger.text == "shot"] == ["2022-10-03"]


def test_the_dateline_day_dates_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "LIMA, March 9 -- Police arrested four protesters."
    assert _date(text, "arrested") != ("2023-03-09", "explicit")


def test_later_weekday_is_the_story_s_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said she would meet the Iraqi envoy later Tuesday to discuss the oil deal."
    times = _record(text).times
    assert [t.value for t in times if t.text == "Tuesday"] == ["2023-06-13"]


# --- pattern 5: the issue's own checks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police detained the driver 20 minutes after the crash on Sunday.", "2023-06-11"),
        # the length is counted from the happening's own date (times.counted-from-object.v1)
        ("Police arrested the suspect 40 minutes after the bombing on Monday.", "2023-06-12"),
        ("Police detained the driver three hours after the crash on Friday.", "2023-06-09"),
    ],
)
def test_a_length_after_a_dated_happening_counts_from_its_date(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _record(text).events if e.type == "COERCE")
    assert (event.date.value, event.date.basis) == (value, "explicit")
