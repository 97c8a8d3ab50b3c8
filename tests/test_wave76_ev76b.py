"""Wave 76, ev76b: tolls summed over a stretch of a run, and tolls whose only time is a dated part.

- events.date.toll-run-span.v1: "killed in five days of fighting", "during two weeks of protests",
  "over the course of the war": a total over that stretch has no date, in any tense.
- events.date.toll-dated-part.v1: "killed in the unrest, including 40 on Friday": the day dates
  the part, not the total.
Near misses: one day of a run with its day, a toll with its own day, a single raid keep their dates.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _date(text: str, trigger: str) -> tuple[str | None, str, str]:
    record = record_of(text)
    event = next(e for e in record.events if e.trigger.text == trigger)
    return event.date.value, event.date.basis, event.rule


@pytest.mark.parametrize(("text", "rule"), [
    ("Doctors said at least 45 villagers had been killed in four days of fighting.",
     "events.date.toll-run-span.v1"),
    ("Some 30 students were killed during three weeks of protests in the capital.",
     "events.date.toll-run-span.v1"),
    ("Officials estimate that 5,000 people have been killed over the course of the war.",
     "events.date.toll-run-span.v1"),
    ("About 200 people have been killed in the violence, including 60 on Friday.",
     "events.date.toll-dated-part.v1"),
])
def test_toll_has_no_date(text: str, rule: str) -> None:
    value, basis, rules = _date(text, "killed")
    assert (value, basis) == (None, "unknown")
    assert rule in rules


@pytest.mark.parametrize("text", [
    "Four people were killed in a day of clashes on Wednesday.",
    "Two soldiers were killed on Friday in three days of fighting.",
    "Police killed two gunmen in a raid on Thursday, including a commander.",
])
def test_dated_toll_keeps_its_day(text: str) -> None:
    value, basis, rules = _date(text, "killed")
    assert value is not None and basis == "explicit"
    assert "toll-run-span" not in rules and "toll-dated-part" not in rules
