"""Wave 55, ev55c: a weekday (or weekday and day part) on a present verb of sequence dates the
happening that verb's object names, the one before the document date.

- events.date.follows-happening.v1 (time rule times.weekday-follows.v1): "The decree follows the
  resignation of the minister late on Monday night" is the Monday before, not the coming one a
  present tense read as a schedule gave.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday
FOLLOWS = "events.date.follows-happening.v1"


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    return record


def _times(record: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {t["text"]: (t["value"], t["rule"]) for t in record["times"]}


def _event(record: dict[str, Any], trigger: str) -> dict[str, Any]:
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def test_follows_dates_the_earlier_happening() -> None:
    record = _record("The decree follows the resignation of the prime minister late on Monday "
                     "night, after weeks of protests.")
    assert _times(record)["Monday night"] == ("2023-06-12TNI", "times.weekday-follows.v1")
    event = _event(record, "resignation")
    assert event["date"]["value"] == "2023-06-12TNI"
    assert FOLLOWS in event["rule"]


def test_follows_bare_weekday() -> None:
    record = _record("The curfew follows the riots in the capital on Saturday.")
    assert _times(record)["Saturday"][0] == "2023-06-10"


def test_future_follow_keeps_the_coming_week() -> None:
    record = _record("The decree will follow the resignation of the prime minister late on "
                     "Monday night.")
    value, rule = _times(record)["Monday night"]
    assert value == "2023-06-19TNI" and rule == "times.weekday.v2"


def test_planned_object_keeps_the_coming_week() -> None:
    record = _record("The vote follows planned talks late on Monday night.")
    assert _times(record)["Monday night"][1] == "times.weekday.v2"


def test_past_clause_unchanged() -> None:
    record = _record("Gunmen attacked a police post in the north on Sunday evening.")
    value, rule = _times(record)["Sunday evening"]
    assert value == "2023-06-11TEV" and rule == "times.weekday.v2"
    assert FOLLOWS not in _event(record, "attacked")["rule"]


def test_scheduled_present_unchanged() -> None:
    record = _record("The council meets Monday evening to discuss the budget.")
    value, rule = _times(record)["Monday evening"]
    assert value == "2023-06-19TEV" and rule == "times.weekday.v2"
