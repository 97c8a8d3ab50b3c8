"""Wave 70, ev70c: an act told "hours after" a dated act happened on that act's day.

- events.date.gap-hours-same-day.v1: a simple past "after" clause whose gap is hours or minutes
  hung on an act the text dates takes that act's day (narrative, day precision), not the
  document date.
- events.date.gap-after-pluperfect.v1: a pluperfect "after" clause with a gap of whole days counts
  back from the head act's day, as gap-after.v1 does for a simple past.
- Near misses: a gap of days still counts back whole days (gap-after.v1); an undated head leaves
  the clause as it was; a "before" clause and an unmeasured "after" clause keep their rules.
"""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger

RULE = "events.date.gap-hours-same-day.v1"
PLUPERFECT_RULE = "events.date.gap-after-pluperfect.v1"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The ministry banned the rally on Monday, two hours after police raided the party office.",
     "raided", "2023-06-12"),
    ("Lawmakers voted on Tuesday to dissolve the cabinet, hours after the prime minister "
     "resigned.", "resigned", "2023-06-13"),
    ("The army imposed a curfew on Sunday, half an hour after gunmen attacked a checkpoint.",
     "attacked", "2023-06-11"),
])
def test_hours_after_takes_the_head_day(text: str, trigger: str, day: str) -> None:
    value, basis, rule = dates_by_trigger(text)[trigger]
    assert (value, basis) == (day, "narrative")
    assert RULE in rule


def test_day_gap_keeps_counting_back() -> None:
    value, _, rule = dates_by_trigger(
        "The ministry banned the rally on Monday, two days after police raided the party "
        "office.")["raided"]
    assert value == "2023-06-10"
    assert RULE not in rule and "events.date.gap-after.v1" in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("The statement came hours after police raided the party office.", "raided"),
    ("The ministry banned the rally on Monday after police raided the party office.", "raided"),
    ("The ministry banned the rally on Monday, two hours before police raided the party office.",
     "raided"),
])
def test_near_misses_keep_their_rules(text: str, trigger: str) -> None:
    assert RULE not in dates_by_trigger(text)[trigger][2]


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The premier resigned on Monday, a day after his government had arrested the union leader.",
     "arrested", "2023-06-11"),
    ("The army imposed a curfew on Sunday, two days after rebels had attacked a checkpoint.",
     "attacked", "2023-06-09"),
])
def test_pluperfect_day_gap_counts_back(text: str, trigger: str, day: str) -> None:
    value, basis, rule = dates_by_trigger(text)[trigger]
    assert (value, basis) == (day, "narrative")
    assert PLUPERFECT_RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister resigned on Friday, more than a week after police had arrested his aide.",
     "arrested"),
    ("The statement came a day after police had arrested his aide.", "arrested"),
])
def test_rough_or_undated_pluperfect_stays_undated(text: str, trigger: str) -> None:
    value, _, rule = dates_by_trigger(text)[trigger]
    assert value is None and PLUPERFECT_RULE not in rule
