"""Wave 37, ev37b: one act told with a list of verbs is one event, dated by the list's time.

- events.repeat.coordinated.v3: "attacked, burned and destroyed a police post" (verbs sharing one
  subject and one object) is one ASSAULT; a list naming an object per verb stays apart.
- events.date.verb-series.v1: the day closing such a list dates its first verb too.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _events(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return events


def _fields(event: dict[str, Any]) -> tuple[str, str, str | None, str]:
    return (event["type"], event["trigger"]["text"], event["date"]["value"],
            event["date"]["basis"])


def test_listed_verbs_of_one_object_are_one_dated_act(nlp: Any) -> None:
    events = _events("Gunmen attacked, burned and destroyed a police post in Gao on Monday.")
    assert [_fields(e) for e in events] == [("ASSAULT", "attacked", "2023-06-12", "explicit")]
    assert events[0]["rule"].split("+")[1:] == ["events.date.verb-series.v1",
                                               "events.repeat.coordinated.v3"]


def test_listed_verbs_of_another_type_take_the_closing_day(nlp: Any) -> None:
    events = _events("Troops raided, searched and looted the homes of activists on Tuesday.")
    assert [_fields(e) for e in events] == [("COERCE", "raided", "2023-06-13", "explicit")]
    assert "events.date.verb-series.v1" in events[0]["rule"]


def test_verbs_with_objects_of_their_own_stay_apart(nlp: Any) -> None:
    events = _events("Gunmen attacked a police post, burned a school and destroyed a bridge "
                     "on Monday.")
    # Session 111: told as a story's lead, the list's one day dates the first act as well, by
    # the lead's day (events.date.lead-sentence-day.v1), not by the list; the acts stay apart.
    assert [_fields(e) for e in events] == [
        ("ASSAULT", "attacked", "2023-06-12", "narrative"),
        ("ASSAULT", "destroyed", "2023-06-12", "explicit")]
    assert "events.date.lead-sentence-day.v1" in events[0]["rule"]
    assert not any("coordinated" in e["rule"] or "verb-series" in e["rule"] for e in events)


def test_a_clause_with_its_own_subject_is_another_act(nlp: Any) -> None:
    events = _events("Gunmen attacked the post on Sunday, and soldiers burned and destroyed a "
                     "depot on Monday.")
    assert [_fields(e) for e in events] == [
        ("ASSAULT", "attacked", "2023-06-11", "explicit"),
        ("ASSAULT", "destroyed", "2023-06-12", "explicit")]


def test_verbs_joined_by_or_are_not_dated_as_a_list(nlp: Any) -> None:
    events = _events("Gunmen attacked, burned or destroyed a police post on Monday.")
    assert len(events) == 1
    assert "events.date.verb-series.v1" not in events[0]["rule"]


def test_a_participle_of_the_act_stays_one_event(nlp: Any) -> None:
    events = _events("Gunmen opened fire on a bus, killing five passengers.")
    assert [(e["type"], e["trigger"]["text"]) for e in events] == [("ASSAULT", "opened")]
