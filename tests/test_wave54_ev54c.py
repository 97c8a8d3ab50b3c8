"""Wave 54, ev54c: a wire story's news takes its dateline's day, and a day counted forward past
the document date dates no act told as done.

- times.dateline-day.v1: a dateline with no year is the latest such day not after the document
  date ("LIMA, Dec 3 -" in a story of June 2023 is 2022-12-03).
- events.date.dateline-day.v1: an act that would take the document date takes the dateline's
  day instead.
- events.date.relative-ahead.v1: "the next day" / "a day later" counted past the document date
  leaves a realised act with no date; counted from an earlier day the text gives, it stays.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
DATELINE_RULE = "events.date.dateline-day.v1"
AHEAD_RULE = "events.date.relative-ahead.v1"


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return record


def _event(record: dict[str, Any], trigger: str) -> dict[str, Any]:
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def test_dateline_without_year_is_not_after_document() -> None:
    record = _record("LIMA, Dec 3 (AP) - Peruvian police detained two union leaders in the "
                     "capital.")
    days = [t for t in record["times"] if t["rule"] == "times.dateline-day.v1"]
    assert [t["value"] for t in days] == ["2022-12-03"]
    assert _event(record, "detained")["date"]["value"] == "2022-12-03"


def test_later_sentence_takes_dateline_day() -> None:
    record = _record("QUITO, March 4 (Reuters) - Ecuador's government said it would review "
                     "the mining law.\nOn the same occasion, the interior minister accused "
                     "Colombia of harbouring armed gangs, a spokesman said.")
    event = _event(record, "accused")
    assert event["date"]["value"] == "2023-03-04"
    assert DATELINE_RULE in event["rule"]


def test_no_dateline_keeps_document_date() -> None:
    record = _record("Ecuador's interior minister accused Colombia of harbouring armed "
                     "gangs.\nQUITO, the capital, stayed calm.")
    event = _event(record, "accused")
    assert event["date"]["value"] == DATE
    assert DATELINE_RULE not in event["rule"]


def test_dateline_explicit_day_kept() -> None:
    record = _record("QUITO, March 4 (Reuters) - Ecuador's government said it would review "
                     "the mining law.\nOn February 20, the interior minister accused Colombia "
                     "of harbouring armed gangs.")
    event = _event(record, "accused")
    assert event["date"]["value"] == "2023-02-20"
    assert DATELINE_RULE not in event["rule"]


def test_next_day_past_document_date_undated() -> None:
    record = _record("Troops fired on a crowd in the border town. The next day, Ghana "
                     "condemned the shooting.")
    event = _event(record, "condemned")
    assert event["date"]["basis"] == "unknown"
    assert AHEAD_RULE in event["rule"]


def test_next_day_after_given_day_kept() -> None:
    record = _record("Troops fired on a crowd in the border town on Monday. The next day, "
                     "Ghana condemned the shooting.")
    event = _event(record, "condemned")
    assert event["date"]["value"] == "2023-06-13"
    assert AHEAD_RULE not in event["rule"]


def test_future_next_day_not_touched() -> None:
    record = _record("Ghana will host the talks, and the ministers will sign the accord "
                     "the next day.")
    for event in record["events"]:
        assert AHEAD_RULE not in event["rule"]


def test_headline_date_above_dateline_is_not_story_day() -> None:
    record = _record("Witnesses recall the March 2 raids on the camp\nBy Staff Writer\n"
                     "NAIROBI, Kenya (AP) -- Kenyan police arrested four opposition "
                     "activists in the capital, officials said.")
    event = _event(record, "arrested")
    assert DATELINE_RULE not in event["rule"]


def test_threat_of_act_days_later_keeps_its_day() -> None:
    record = _record("Miners said they would block the highway two days later if the "
                     "arrested leaders were not freed.")
    for event in record["events"]:
        assert AHEAD_RULE not in event["rule"]
