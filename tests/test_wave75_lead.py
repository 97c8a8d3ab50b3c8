"""Wave 75 (lead): a vague count of days, months or years after a time ("Days later", "months
later", "A few years later") is some time after it, not on it (times.vague-later.v1): it takes no
calendar value (PAST_REF, or FUTURE_REF when told in the future), where it took the anchor's own
day, month or year. A vague count coarser than its anchor keeps the anchor ("several days later"
after "in 1995" is still 1995), and a told count is counted as before."""

from __future__ import annotations

import pytest

from tests.event_records import dated_record

VAGUE_LATER = "times.vague-later.v1"


def _time(text: str, phrase: str):
    found = [t for t in dated_record(text).times if t.text == phrase]
    assert found, f"no time {phrase!r}"
    return found[0]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Troops entered the town on Monday. Days later, rebels attacked the base.", "Days later"),
    ("Troops entered the town in March. Months later, rebels attacked the base.", "Months later"),
    ("The accord was signed in 1995. A few years later, the sides fought again.",
     "A few years later"),
    ("Troops entered the town on Monday. Days earlier, rebels had attacked the base.",
     "Days earlier"),
])
def test_vague_count_is_no_calendar_value(text: str, phrase: str) -> None:
    time = _time(text, phrase)
    assert (time.value, time.rule) == ("PAST_REF", VAGUE_LATER)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Troops entered the town in 1995. Several days later, rebels attacked the base.",
     "Several days later", "1995"),
    ("Troops entered the town on Monday. Two days later, rebels attacked the base.",
     "Two days later", "2023-06-14"),
    ("Troops entered the town on Monday. Hours later, rebels attacked the base.", "Hours later",
     "2023-06-12"),
])
def test_coarser_anchor_or_told_count_keeps_its_value(text: str, phrase: str, value: str) -> None:
    time = _time(text, phrase)
    assert time.value == value and time.rule != VAGUE_LATER


def test_months_later_no_longer_dates_the_act_to_the_anchor_month() -> None:
    record = dated_record("Troops entered the town in March. Months later, rebels attacked "
                          "the base.")
    attacked = next(e for e in record.events if e.trigger.text == "attacked")
    assert attacked.date.value != "2023-03"


def test_a_count_after_a_named_happening_is_left_as_it_was() -> None:
    # "Several days after the election" counts from the election, not from the narrative's
    # time; the rule reads only "later", "earlier" and "afterwards"
    text = ("The election was held on Monday. Several days after the election, protesters set "
            "fire to a police station.")
    found = [t for t in dated_record(text).times if t.text.startswith("Several days after")]
    assert found and found[0].rule != VAGUE_LATER
