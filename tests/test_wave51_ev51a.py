"""Wave 51, ev51a: acts in the past perfect progressive are background of an earlier time.

- events.date.past-progressive.v1: "had been shelling", told with no time of its own clause,
  takes no date rather than the report's day, the document date or a day of another sentence.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday
RULE = "events.date.past-progressive.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def _date(event: dict[str, Any]) -> tuple[Any, str]:
    return event["date"]["value"], event["date"]["basis"]


def test_progressive_under_a_dated_report_takes_no_date(nlp: Any) -> None:
    event = _event("The army said on Tuesday that rebels had been shelling the town.", "shelling")
    assert _date(event) == (None, "unknown")
    assert event["rule"].endswith(RULE)


def test_progressive_under_an_undated_report_takes_no_date(nlp: Any) -> None:
    event = _event("Police said that rebels had been attacking villages.", "attacking")
    assert _date(event) == (None, "unknown")
    assert RULE in event["rule"]


def test_progressive_main_clause_takes_no_date(nlp: Any) -> None:
    event = _event("The rebel leaders had been negotiating with the president.", "negotiating")
    assert _date(event) == (None, "unknown")
    assert RULE in event["rule"]


def test_plain_pluperfect_of_a_dated_report_keeps_the_report_day(nlp: Any) -> None:
    event = _event("The army said on Tuesday that rebels had shelled the town.", "shelled")
    assert _date(event) == ("2023-06-13", "narrative")
    assert RULE not in event["rule"]


def test_progressive_with_its_own_day_keeps_it(nlp: Any) -> None:
    event = _event("Rebels had been shelling the town on Monday, the army said.", "shelling")
    assert _date(event) == ("2023-06-12", "explicit")
    assert RULE not in event["rule"]


def test_hypothetical_progressive_is_left_to_modality(nlp: Any) -> None:
    event = _event("If the rebels had been shelling the town, the army would have responded.",
                   "shelling")
    assert event["modality"] == "hypothetical"
    assert RULE not in event["rule"]


def test_simple_past_report_act_keeps_the_report_day(nlp: Any) -> None:
    event = _event("The army said on Tuesday that rebels shelled the town.", "shelled")
    assert _date(event) == ("2023-06-13", "narrative")
    assert RULE not in event["rule"]
