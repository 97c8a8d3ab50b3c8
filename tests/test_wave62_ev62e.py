"""Wave 62, ev62e: the purpose of an earlier dated act has no date of its own.

- events.date.past-purpose.v1: an act told as the purpose ("to" + bare verb, no subject of its
  own) of a past act whose own time ends before the document date ("sent troops in April to
  attack ...") is an outcome of unknown time, not news of the document date: no date.
- Near misses: purposes done on the scene itself keep its day (scene purposes, realised
  purposes); the acts the purpose hangs on keep their time; a purpose of a future act keeps
  its reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.past-purpose.v1"


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    texts = [
        "Brazil sent troops to the border in April to attack the rebel camps.",
        "The United States signed an agreement with Mexico on Tuesday to provide the Mexican "
        "government with weapons.",
        "The ministers met on Tuesday to discuss the crisis with Iran.",
        "Protesters marched through Lima on Monday to denounce the president.",
        "Brazil will send troops to the border next week to attack the rebel camps.",
    ]
    return {t: dict(extract(t, date=DATE, min_confidence=0).to_dict()) for t in texts}


def _event(record: dict[str, Any], trigger: str) -> dict[str, Any]:
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


def _find(records: dict[str, dict[str, Any]], start: str) -> dict[str, Any]:
    return next(r for t, r in records.items() if t.startswith(start))


@pytest.mark.parametrize(("start", "trigger"), [
    ("Brazil sent", "attack"),
    ("The United States signed", "provide"),
])
def test_purpose_of_dated_past_act_has_no_date(records: dict[str, dict[str, Any]], start: str,
                                               trigger: str) -> None:
    event = _event(_find(records, start), trigger)
    assert event["date"]["basis"] == "unknown"
    assert event["date"]["value"] is None
    assert RULE in event["rule"]


@pytest.mark.parametrize(("start", "trigger", "value"), [
    ("Brazil sent", "sent", "2023-04"),
    ("The United States signed", "signed", "2023-06-13"),
    ("The ministers met", "discuss", "2023-06-13"),
    ("Protesters marched", "denounce", "2023-06-12"),
])
def test_scene_and_purposes_done_on_it_keep_their_time(records: dict[str, dict[str, Any]],
                                                       start: str, trigger: str,
                                                       value: str) -> None:
    event = _event(_find(records, start), trigger)
    assert event["date"]["value"] == value
    assert RULE not in event["rule"]


def test_purpose_of_future_act_untouched(records: dict[str, dict[str, Any]]) -> None:
    event = _event(_find(records, "Brazil will"), "attack")
    assert event["modality"] == "future"
    assert RULE not in event["rule"]
