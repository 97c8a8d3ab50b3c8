"""Issue 11, round 13 (ev13d): event dates of the shapes the round-10 judges found
(docs/judged/round10/events-{a,b,c,d}.jsonl): an act done in a happening dated by a possessive
("in Wednesday's attack"), acts of a future clause given the document date, recent acts told in
the present perfect with "already"/"recently" left undated, an "after" clause of a dated act given
the document date, and wire datelines with their place in mixed case.

The sentences are our own wording of those shapes."""

from __future__ import annotations

import pytest

from tests.event_records import DATE as DOCUMENT_DATE
from tests.event_records import date_of as _date
from tests.event_records import dated_record as _record
from tests.event_records import event_at as _event

# --- events.date.dated-setting.v1 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Three aid workers were killed in Tuesday's bombing of the market, the agency said.",
         "killed", "2023-06-13"),
        ("Two journalists were arrested at Saturday's rally outside the parliament.",
         "arrested", "2023-06-10"),
    ],
)
def test_an_act_inside_a_dated_happening_takes_its_day(nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                                      value: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (value, "explicit")
    assert "events.date.dated-setting.v1" in event.rule


def test_a_possessive_time_outside_a_setting_phrase_does_not_date_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a reply to last week's vote": the vote is dated, the criticism is news of the day
    event = _event("The minister criticised the opposition in a reply to Monday's vote.",
                   "criticised")
    assert event.date.value != "2023-06-12"
    assert "events.date.dated-setting.v1" not in event.rule


# --- events.date.future-clause.v1 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # (not "will lay down their weapons and free their prisoners": since round 16 a future
        # RETREAT is the CONCEDE of promising it, dated when promised, test_event_promise_dates)
        ("The presidents of Chile and Peru will meet in Geneva and sign the border treaty, the "
         "envoy said.", "sign"),
        # (not "would free the hostages and surrender their weapons": since round 18 the bare
        # "surrender" shares the future of "would free", events.modality.shared-modal.v1, and
        # is the CONCEDE of promising it, dated when promised, as "free" is)
        ("The rebels said they would travel to Geneva and meet the Swiss envoy.", "meet"),
    ],
)
def test_an_act_of_a_future_clause_has_no_document_date(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, word) == (None, "unknown")


def test_a_dated_future_act_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("The foreign ministers will visit Oslo on Monday.", "visit")[0] == "2023-06-19"


def test_a_simple_present_act_is_not_read_as_future(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Moscow accuses Kyiv of shelling the dam.", "accuses") == (
        "2023-06-15", "document_date")


# --- events.date.background.v2: a present perfect with "already" or "recently" is news ----------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The prime minister has already cancelled a trip to Brussels over the dispute.",
         "cancelled"),
        ("Germany has recently expelled two Russian diplomats.", "expelled"),
    ],
)
def test_a_recent_present_perfect_act_takes_the_document_date(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(text, word) == (DOCUMENT_DATE, "document_date")


def test_a_pluperfect_with_already_stays_background(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event("The prime minister had already cancelled a trip to Brussels.", "cancelled")
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.background.v2" in event.rule


# --- events.date.after-clause.v1 ---------------------------------------------------------------


def test_an_after_clause_of_a_dated_act_takes_that_date(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event("On March 4, 2019, police detained six sailors after the sailors refused to "
                   "leave the harbour.", "refused")
    assert (event.date.value, event.date.basis) == ("2019-03-04", "narrative")
    assert "events.date.after-clause.v1" in event.rule


def test_an_after_clause_with_a_time_of_its_own_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Police detained the men on Monday after the gunmen attacked a patrol in 2021.",
                 "attacked")[0] == "2021"


def test_an_after_clause_of_an_undated_act_keeps_the_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date("Police detained six sailors after the sailors refused to leave the harbour.",
                 "refused") == (DOCUMENT_DATE, "document_date")


# --- ingest: a wire dateline with its place in mixed case --------------------------------------


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("Kabul, March 3 (Reuters) - Afghan forces shelled the pass.", 3, 3, None),
        ("New Delhi, 12 May 2022 -- The talks ended.", 5, 12, 2022),
        ("Port-au-Prince, Haiti, Jan. 9, 2024 - Gangs blocked the road.", 1, 9, 2024),
    ],
)
def test_a_mixed_case_wire_dateline_is_read(text: str, month: int, day: int,
                                            year: int | None) -> None:
    from dateline.ingest.clean import clean

    result = clean(text)
    assert result.dateline is not None
    assert (result.dateline.year, result.dateline.month, result.dateline.day) == (year, month, day)
    assert result.dateline_span is not None and text[result.dateline_span[1] - 2] in "-–—"


def test_a_mixed_case_dateline_with_an_agency_only_is_read() -> None:
    from dateline.ingest.clean import clean

    result = clean("Kabul (Reuters) - Afghan forces shelled the pass.")
    assert result.dateline_span == (0, len("Kabul (Reuters) - "))
    assert result.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, March 3 - the talks began again.",
        "Today, May 2 - a day of mourning was declared.",
        "Kabul - the attack came at dawn.",
    ],
)
def test_an_opening_clause_is_no_mixed_case_dateline(text: str) -> None:
    from dateline.ingest.clean import clean

    assert clean(text).dateline_span is None


def test_a_mixed_case_dateline_year_sets_the_document_date() -> None:
    from dateline import extract

    record = extract("Kabul, March 3, 2021 (Reuters) - Afghan forces shelled the pass on Monday.",
                     min_confidence=0)
    assert record.document_date == "2021-03-03"
    assert record.document_date_source == "dateline"


# --- events.date.elliptical-conjunct.v1 --------------------------------------------------------


def test_a_passive_shares_the_time_of_its_elliptical_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event("Nine villagers were killed and 20 others wounded on Sunday in a raid.",
                   "killed")
    assert (event.date.value, event.date.basis) == ("2023-06-11", "explicit")
    assert "events.date.elliptical-conjunct.v1" in event.rule


def test_a_conjunct_with_its_own_auxiliary_keeps_its_time_to_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event("Nine villagers were killed, and a week later the governor was arrested on "
                   "Sunday.", "killed")
    assert "events.date.elliptical-conjunct.v1" not in event.rule


# --- times.ordinal-infinitive.v1 ---------------------------------------------------------------


def test_an_ordinal_infinitive_in_a_past_clause_takes_the_weekend_past(nlp) -> None:  # type: ignore[no-untyped-def]
    # the document date is a Thursday: the weekend just past began on 2023-06-10
    event = _event("The Dutch minister became the second European to visit Rome over the "
                   "weekend.", "visit")
    assert event.date.value == "2023-W23-WE"


def test_a_plain_infinitive_keeps_the_coming_weekend(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Dutch minister plans to travel to Rome over the weekend.")
    assert [t.value for t in record.times] == ["2023-W24-WE"]


# --- events.date.headline-lead.v1 --------------------------------------------------------------


def test_a_headline_act_takes_the_time_of_its_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    # wave 22: two states, not two carmakers (a companies' dispute is no political act)
    text = ("Ghana and Togo settle border dispute\nJune 15, 2023\nGhana announced Tuesday it has "
            "settled its long border dispute with Togo over the islands.")
    event = _event(text, "settle")
    assert (event.date.value, event.date.basis) == ("2023-06-13", "narrative")
    assert "events.date.headline-lead.v1" in event.rule


def test_a_headline_over_an_undated_lead_keeps_the_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ghana and Togo settle border dispute\nGhana has settled its long border dispute "
            "with Togo over the islands, the ministry said.")
    assert _date(text, "settle") == (DOCUMENT_DATE, "document_date")


def test_a_present_perfect_act_in_a_dated_matter_is_not_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event("Prosecutors have started investigating three ministers in Monday's bribery "
                   "affair.", "investigating")
    assert "events.date.dated-setting.v1" not in event.rule
