"""Wave 55, ev55e: a count of many summed over a span that runs up to now has no date.

- events.date.span-total.v2: a time phrase of the act's clause that reaches the telling ("the
  past month", "the last two weeks", "recent days", "this year") makes a counted act done to
  people one by one, a noun that is the subject of such an act, or a counted plural act noun a
  total: no date (docs/judged/CONVENTIONS.md, "Date").
- Near misses keep their date: a count of one, an uncounted party, "last month" (a month of its
  own), "this week", a plain dated act, and a planned total.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.span-total.v2"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


def _undated(text: str, trigger: str) -> bool:
    event = _event(text, trigger)
    return event["date"]["value"] is None and RULE in event["rule"]


def test_killed_this_year_is_a_total(nlp: Any) -> None:
    assert _undated("The insurgents have killed at least 150 villagers in the north this year.",
                    "killed")


def test_killed_in_the_past_month_is_a_total(nlp: Any) -> None:
    assert _undated("Around 40 miners were killed in the past month.", "killed")


def test_pluperfect_over_the_past_days_is_a_total(nlp: Any) -> None:
    assert _undated("Residents said the gunmen had abducted six farmers over the past three days.",
                    "abducted")


def test_arrests_in_recent_days_is_a_total(nlp: Any) -> None:
    assert _undated("The security services detained 25 students in recent days.", "detained")


def test_noun_subject_of_a_counted_toll(nlp: Any) -> None:
    assert _undated("Riots have killed some 60 people in the last two weeks.", "Riots")


def test_counted_attack_noun_this_year(nlp: Any) -> None:
    assert _undated("The region has experienced several militant attacks this year.", "attacks")


def test_last_month_keeps_its_month(nlp: Any) -> None:
    event = _event("The police detained 30 students last month.", "detained")
    assert event["date"]["value"] == "2023-05" and RULE not in event["rule"]


def test_count_of_one_keeps_its_date(nlp: Any) -> None:
    event = _event("Gunmen killed one soldier this year.", "killed")
    assert event["date"]["value"] == "2023" and RULE not in event["rule"]


def test_uncounted_party_keeps_its_date(nlp: Any) -> None:
    event = _event("The police arrested the governor this month.", "arrested")
    assert event["date"]["value"] == "2023-06" and RULE not in event["rule"]


def test_this_week_keeps_its_week(nlp: Any) -> None:
    event = _event("A gunman shot nine people at a market this week.", "shot")
    assert event["date"]["value"] == "2023-W24" and RULE not in event["rule"]


def test_dated_day_keeps_its_day(nlp: Any) -> None:
    event = _event("Soldiers killed 12 rebels on Monday.", "killed")
    assert event["date"]["value"] == "2023-06-12" and RULE not in event["rule"]


def test_planned_total_is_left_alone(nlp: Any) -> None:
    event = _event("The government will deport 4,000 migrants this year.", "deport")
    assert RULE not in event["rule"]
