"""Wave 41, ev41d: a time that dates another act, and a participant's background acts.

- events.date.perfect-noun-time.v1: a present perfect takes no closed time of another day that
  the parse hangs on a noun of its clause; that time dates the noun, the act the document date.
- events.date.relative-participant.v1: a simple past passive in a relative clause on a
  participant, with no time of its own, is background: no date, not the document's.
- times.vague-days-ago.v1: "a few days ago" is before the document's day, on a day not given.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return record


def _event(text: str, trigger: str) -> dict[str, Any]:
    found = [e for e in _record(text)["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def _date(event: dict[str, Any]) -> tuple[Any, Any]:
    return event["date"]["value"], event["date"]["basis"]


def test_perfect_act_not_dated_by_its_objects_time(nlp: Any) -> None:
    text = ("Washington has already slapped new sanctions on North Korea for its missile "
            "launches last year.")
    event = _event(text, "slapped")
    assert _date(event) == (DATE, "document_date")
    assert "events.date.perfect-noun-time.v1" in event["rule"].split("+")


def test_perfect_act_not_dated_by_the_day_of_an_announcement(nlp: Any) -> None:
    text = "France has condemned the Iranian government's announcement of Monday."
    event = _event(text, "condemned")
    assert _date(event) == (DATE, "document_date")
    assert "events.date.perfect-noun-time.v1" in event["rule"].split("+")


def test_perfect_act_keeps_its_own_day(nlp: Any) -> None:
    event = _event("Police have arrested ten people on Monday.", "arrested")
    assert _date(event) == ("2023-06-12", "explicit")
    assert "events.date.perfect-noun-time.v1" not in event["rule"].split("+")


def test_perfect_act_keeps_a_time_that_holds_today(nlp: Any) -> None:
    event = _event("Police have arrested ten people this week.", "arrested")
    assert _date(event) == ("2023-W24", "explicit")


def test_simple_past_keeps_the_time_of_its_object(nlp: Any) -> None:
    text = "France condemned the Iranian government's announcement of Monday."
    event = _event(text, "condemned")
    assert event["date"]["value"] == "2023-06-12"
    assert "events.date.perfect-noun-time.v1" not in event["rule"].split("+")


def test_passive_relative_of_a_participant_is_background(nlp: Any) -> None:
    # An act of the law here ("who was charged with theft") is, since wave 59, claimed first by
    # events.date.described-party-past.v1 (same date); a beating keeps this rule's shape.
    text = "The court heard a case about a young man who was beaten by police."
    event = _event(text, "beaten")
    assert _date(event) == (None, "unknown")
    assert "events.date.relative-participant.v1" in event["rule"].split("+")


def test_passive_relative_with_its_own_day_keeps_it(nlp: Any) -> None:
    event = _event("The court freed a man who was arrested on Monday.", "arrested")
    assert _date(event) == ("2023-06-12", "explicit")


def test_active_relative_is_not_changed(nlp: Any) -> None:
    text = "Some protesters clashed with police, who fired tear gas."
    event = _event(text, "fired")
    assert _date(event) == (DATE, "document_date")
    assert "events.date.relative-participant.v1" not in event["rule"].split("+")


def test_main_clause_act_keeps_the_document_date(nlp: Any) -> None:
    event = _event("Police arrested a young man who was charged with theft.", "arrested")
    assert _date(event) == (DATE, "document_date")


def test_a_few_days_ago_is_not_today(nlp: Any) -> None:
    record = _record("A few days ago, a young man was killed in an ambush.")
    times = [t for t in record["times"] if t["text"] == "A few days ago"]
    assert [(t["value"], t["rule"]) for t in times] == [("PAST_REF", "times.vague-days-ago.v1")]
    event = next(e for e in record["events"] if e["trigger"]["text"] == "killed")
    assert _date(event) == (None, "unknown")


def test_two_days_ago_and_hours_ago_keep_their_day(nlp: Any) -> None:
    record = _record("Two days ago police arrested him. Hours ago rebels attacked a base.")
    values = {t["text"]: t["value"] for t in record["times"]}
    assert values == {"Two days ago": "2023-06-13", "Hours ago": DATE}


def test_passive_relative_of_a_place_is_the_scene(nlp: Any) -> None:
    text = ("Agents were called to the parking lot, where an officer was shot and wounded by a "
            "gunman.")
    event = _event(text, "shot")
    assert "events.date.relative-participant.v1" not in event["rule"].split("+")
