"""Issue 11, round 18 (ev18d): dates read in dev stories and judged in round 14.

- events.date.closing-conjunct.v1: "Nine people were killed and 30 were wounded in fighting near
  the border on Sunday": the day closing the second of two simple past clauses joined by "and"
  dates the first, which took the document date.
- events.date.while-participle.v1: "were shot dead while driving home on Tuesday": the day of a
  subjectless while/as participle dates the act it hangs on.
- events.date.lasting-perfect.v1: a present perfect running from a time or over a length of
  time ("has detained 400 people since January began") is no act of the document date: no date.
  v2 (round 20): not the perfect progressive ("have been fighting the rebels for years" goes on
  now: the document date), judged in docs/judged/pairs1819.
- times.named-season.v1: "the Arab Spring" is no season of this year.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_at as _event
from tests.event_records import record_of

CLOSING = "events.date.closing-conjunct.v1"
WHILE = "events.date.while-participle.v1"
LASTING = "events.date.lasting-perfect.v4"


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Nine villagers were killed and 30 others were wounded in fighting between the army and "
         "the rebels near the northern border on Sunday.", "killed", "2023-06-11"),
        ("Riot police arrested forty students and fired tear gas at the crowd outside the "
         "parliament in the capital on Friday.", "arrested", "2023-06-09"),
        ("Two journalists were detained and their cameras were seized at a checkpoint outside "
         "Goma on Monday.", "detained", "2023-06-12"),
    ],
)
def test_the_day_closing_an_and_joined_clause_dates_the_first(text: str, word: str,
                                                               day: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert CLOSING in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nine villagers were killed in an ambush, but the army retook the village on Sunday.",
         "killed"),
        ("Rebels attacked the garrison and the ministry will send troops on Saturday.",
         "attacked"),
        ("Riot police arrested forty students and the crowd burned two buses in the capital on "
         "Friday.", "arrested"),
    ],
)
def test_a_clause_set_apart_or_to_come_lends_no_day(text: str, word: str) -> None:
    event = _event(text, word)
    assert event.date.basis != "explicit"
    assert CLOSING not in event.rule


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Three aid workers were shot dead while driving to the camp on Tuesday.", "shot",
         "2023-06-13"),
        ("Two soldiers were ambushed while patrolling the frontier on Monday night.", "ambushed",
         "2023-06-12"),
    ],
)
def test_a_while_participle_dates_the_act_it_hangs_on(text: str, word: str, day: str) -> None:
    event = _event(text, word)
    assert event.date.value is not None and event.date.value.startswith(day)
    assert WHILE in event.rule


def test_a_while_clause_with_its_own_subject_is_not_a_participle() -> None:
    event = _event("Three aid workers were shot dead, while the ministry was meeting donors on "
                   "Tuesday.", "shot")
    assert WHILE not in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peacekeepers have been deployed along the frontier since at least 2011.", "deployed"),
        ("The police have detained more than 400 people since the unrest began.", "detained"),
        ("The air force has bombed rebel positions over the past two months.", "bombed"),
        ("More than 300 protesters have been killed since the ceasefire was called.", "killed"),
    ],
)
def test_a_lasting_present_perfect_has_no_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert LASTING in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government troops have been fighting the separatist militia for years.", "fighting"),
        ("Police have been detaining protesters in the capital for weeks.", "detaining"),
        ("Rebels have been attacking army convoys on the highway for months.", "attacking"),
    ],
)
def test_an_act_going_on_in_the_perfect_progressive_keeps_the_document_date(text: str,
                                                                           word: str) -> None:
    event = _event(text, word)
    assert event.date.basis == "document_date"
    assert LASTING not in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government has called for calm after the riots.", "called"),
        ("The police have detained the opposition leader, his lawyer said.", "detained"),
    ],
)
def test_a_present_perfect_of_one_act_keeps_the_document_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert event.date.basis == "document_date"
    assert LASTING not in event.rule


def test_the_arab_spring_is_no_season() -> None:
    record = record_of("The colonel joined the rebels at the start of the Arab Spring.")
    assert not [t for t in record.times if "SP" in t.value]


@pytest.mark.parametrize("text", ["Rebels launched an offensive last Spring.",
                                  "Last Spring, rebels attacked the town."])
def test_a_season_with_a_time_word_stays_a_time(text: str) -> None:
    record = record_of(text)
    assert [t.value for t in record.times] == ["2022-SP"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two fishermen have been killed in shelling since dawn this morning.", "killed"),
        ("Since taking office last Saturday, the new premier has pledged to hold a referendum.",
         "pledged"),
        ("Police have indicted six men for a string of assaults in the past two days.",
         "indicted"),
    ],
)
def test_a_short_recent_run_keeps_the_document_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert event.date.value == "2023-06-15" or (event.date.value or "").startswith("2023-06-15T")
    assert LASTING not in event.rule


def test_a_report_verb_lends_no_day_to_the_act_it_reports() -> None:
    event = _event("Hundreds of villagers were detained and beaten during the years of army rule "
                   "in the province, a human rights group asserted today.", "detained")
    assert CLOSING not in event.rule


SINCE_START = "events.date.since-start.v2"


@pytest.mark.parametrize(
    ("text", "word", "value", "basis"),
    [
        ("The army has been shelling rebel positions near the border since March.", "shelling",
         "2023-06-15", "document_date"),
        ("Rebels have been fighting the government since 1984.", "fighting",
         "2023-06-15", "document_date"),
        ("More than 300 protesters have been killed since March 2019.", "killed", None,
         "unknown"),
    ],
)
def test_the_time_of_a_since_phrase_is_when_a_run_began(text: str, word: str,
                                                         value: str | None, basis: str) -> None:
    """Round 20 (events.date.since-start.v1): the run's start is not the act's date; an act
    going on takes the document date, a total none (CONVENTIONS, pairs1819)."""
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (value, basis)
    assert SINCE_START in event.rule


def test_a_past_act_in_a_month_keeps_its_month() -> None:
    event = _event("The army shelled rebel positions near the border in March.", "shelled")
    assert (event.date.value, event.date.basis) == ("2023-03", "explicit")
    assert SINCE_START not in event.rule
