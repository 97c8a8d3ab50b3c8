"""Wave 73, ev73f: days of the lead's acts that the parse hangs elsewhere in the sentence.

- A day phrase hung on a participle of the act's object dates the act
  (events.date.lead-object-day.v1), in the first two paragraphs only, and not when the object
  names a happening of its own.
- An "after" clause with a gap of whole days counts back from the day of the report whose
  complement it hangs on, or from the lead-object day (events.date.gap-after-lead-day.v1).
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

OBJECT_DAY = "events.date.lead-object-day.v1"
GAP_DAY = "events.date.gap-after-lead-day.v1"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Army commandos stormed a border post held by rebels on Monday.", "stormed", "2023-06-12"),
    ("The Kremlin cut off gas supplies destined for the breakaway region on Tuesday after "
     "talks on unpaid bills broke down.", "cut", "2023-06-13"),
    ("Troops attacked a compound held by gunmen on Wednesday, two days after the gunmen seized "
     "dozens of hostages.", "attacked", "2023-06-14"),
])
def test_object_participle_day_dates_the_act(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert (event.date.value, event.date.basis) == (day, "explicit")
    assert OBJECT_DAY in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Troops attacked a compound held by gunmen on Wednesday, two days after the gunmen seized "
     "dozens of hostages.", "seized", "2023-06-12"),
    ("The national assembly said on Wednesday it was ready to review some results of the "
     "disputed election, a day after thousands of students marched through the capital and two "
     "people were hurt.", "marched", "2023-06-13"),
])
def test_gap_counts_back_from_the_lead_day(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert (event.date.value, event.date.basis) == (day, "narrative")
    assert GAP_DAY in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # the object names a happening: the participle's day is the bombing's
    ("The minister condemned the bombing carried out on Monday by separatist rebels.",
     "condemned"),
    # a present participle tells the object's own time (the truce's start)
    ("Rebels in the north declared a unilateral ceasefire starting at 20:00 local time on Monday.",
     "declared"),
    # a relative clause with its own auxiliary tells its own act's day
    ("Police freed the hostages who were taken on Monday.", "freed"),
    # a third paragraph is background, not the lead
    ("The president visited the town on Monday.\nThe army sent more troops.\nPolice raided a "
     "warehouse used by smugglers on Monday.", "raided"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = event_at(text, trigger)
    assert OBJECT_DAY not in event.rule.split("+")
    assert event.date.value != "2023-06-12"


def test_gap_with_a_day_of_its_own_is_unchanged() -> None:
    event = event_at("The ruling party said on Wednesday it was willing to hold new talks, a day "
                     "after thousands of students marched through the capital.", "marched")
    assert event.date.value == "2023-06-13"
    assert GAP_DAY not in event.rule.split("+")
