"""Wave 51, ev51b: acts told over a span of time have no single date (issue 11).

- events.date.span.v1: two dates joined as a span ("from 2003 to 2008", "1991-1994",
  "between January and March") leave the act they date, or the clause they hang on, undated.
  Near misses keep their dates: a list of days, a lone "since", a point inside a framing span,
  clock hours, a span on a noun of another clause, ages.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday
SPAN = "events.date.span.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def _date(event: dict[str, Any]) -> tuple[Any, str]:
    return event["date"]["value"], event["date"]["basis"]


def test_from_year_to_year_leaves_the_fight_undated(nlp: Any) -> None:
    event = _event("Many fighters fought the army from 2003 to 2008.", "fought")
    assert _date(event) == (None, "unknown")
    assert event["rule"].endswith(SPAN)


def test_hyphenated_years_of_a_conflict_leave_the_attack_undated(nlp: Any) -> None:
    event = _event("Sahrawis were attacked in the 1991-1994 conflict.", "attacked")
    assert _date(event) == (None, "unknown")
    assert SPAN in event["rule"]


def test_between_months_leaves_the_seizure_undated(nlp: Any) -> None:
    event = _event("Between January and March the militia seized ten villages.", "seized")
    assert _date(event) == (None, "unknown")
    assert SPAN in event["rule"]


def test_days_joined_by_until_leave_the_attack_undated(nlp: Any) -> None:
    event = _event("Rebels attacked the town from 3 May until 7 May.", "attacked")
    assert _date(event) == (None, "unknown")


def test_span_on_the_governing_clause_covers_its_control_verb(nlp: Any) -> None:
    text = "From April 2015 to March 2016, the ministry took steps to encourage Kenya to reform."
    event = _event(text, "encourage")
    assert _date(event) == (None, "unknown")
    assert SPAN in event["rule"]


def test_point_after_an_event_keeps_its_day(nlp: Any) -> None:
    event = _event("Rebels attacked the town on 3 May, two days after the vote.", "attacked")
    assert _date(event) == ("2023-05-03", "explicit")
    assert SPAN not in event["rule"]


def test_list_of_days_is_no_span(nlp: Any) -> None:
    event = _event("Protesters marched on Friday and Saturday.", "marched")
    assert _date(event) == ("2023-06-09", "explicit")
    assert SPAN not in event["rule"]


def test_lone_since_keeps_its_own_rule(nlp: Any) -> None:
    event = _event("Rebels have been fighting the army since 2011.", "fighting")
    assert _date(event) == ("2023-06-15", "document_date")
    assert SPAN not in event["rule"]


def test_span_of_a_relative_clause_leaves_the_dated_act(nlp: Any) -> None:
    text = "The president, who ruled from 1990 to 2000, was arrested on Monday."
    event = _event(text, "arrested")
    assert _date(event) == ("2023-06-12", "explicit")


def test_clock_hours_are_a_schedule_not_a_span(nlp: Any) -> None:
    text = ("Security officials ordered a curfew to be imposed from midnight to 6 a.m. "
            "in the capital.")
    event = _event(text, "imposed")
    assert SPAN not in event["rule"]
    assert event["date"]["value"] is not None


def test_span_on_a_noun_of_the_sentence_leaves_the_act(nlp: Any) -> None:
    text = ("Chad and Niger have committed to working together to resolve the conflict in the "
            "region, in accordance with the principles set out by the contact group on the "
            "region between 15 October 2009 and 2 October 2010.")
    event = _event(text, "committed")
    assert SPAN not in event["rule"]
    assert _date(event) == ("2023-06-15", "document_date")


def test_span_of_a_complement_does_not_reach_the_agreement(nlp: Any) -> None:
    text = "Burkina Faso has agreed to accept 160,000 refugees between 2014 and 2020."
    event = _event(text, "agreed")
    assert _date(event) == ("2023-06-15", "document_date")
