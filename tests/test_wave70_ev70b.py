"""Wave 70, ev70b: a toll counted over a span has no day.

- events.date.toll-span.v3: a kill, wound, death or arrest of a party counted as many, spread
  over a "since" phrase or clause, "during/throughout/over" a run ("the uprising", "the
  conflict"), "in the unrest" (over a document date), or summed ("so far", "in total"), has no
  date, not the document's day, a day carried from the story, or the day the "since" part names.
- Near misses keep their date: one victim, a single protest, a day or year the toll's clause
  gives ("during the protests on Friday", "during the 2011 uprising"), one clash ("in heavy
  fighting near the border"), and the day of a "since" run that is no toll.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import dates_by_trigger

RULE = "events.date.toll-span.v3"


@pytest.fixture(scope="module")
def dated(nlp: Any) -> Any:
    return dates_by_trigger  # the pipeline loads once (conftest), records per text


@pytest.mark.parametrize(("text", "trigger"), [
    ("Officials said on Tuesday that more than 200 villagers were killed during the revolt's "
     "long uprising.", "killed"),
    ("Nearly 40 students have been killed since the curfew was imposed on Monday.", "killed"),
    ("Police said on Wednesday that dozens of marchers had been detained across the region since "
     "the unrest started.", "detained"),
    ("The health ministry reported that 150 people were killed in bombing raids during the "
     "conflict.", "killed"),
    ("Across the province, in total, about 60 activists were arrested.", "arrested"),
    ("Aid groups say more than 80 people have been killed and 300 wounded since Sunday.",
     "killed"),
    ("Hundreds of farmers were arrested in the unrest, the group's lawyer said.", "arrested"),
])
def test_toll_over_a_span_has_no_day(dated: Any, text: str, trigger: str) -> None:
    value, basis, rule = dated(text)[trigger]
    assert (value, basis) == (None, "unknown")
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("One policeman was killed during the uprising.", "killed"),
    ("Police arrested 25 students during the protest outside parliament.", "arrested"),
    ("Police arrested 25 students during the protests on Friday.", "arrested"),
    ("More than 30 villagers were killed during the 2014 uprising.", "killed"),
    ("The army said two soldiers were killed in heavy fighting near the border on Tuesday.",
     "killed"),
    ("Four soldiers died in clashes with the rebels.", "died"),
])
def test_toll_with_a_day_or_no_span_keeps_its_date(dated: Any, text: str, trigger: str) -> None:
    value, _basis, rule = dated(text)[trigger]
    assert value is not None
    assert RULE not in (rule or "")


def test_day_of_a_non_toll_since_run_is_kept(dated: Any) -> None:
    # Consistent with tests/test_wave38_ev38e.py::test_recent_run_keeps_its_day: a campaign
    # since a day is no toll and keeps that day; only a counted toll loses it.
    dates = dated("Lawmakers have been campaigning in Quito since Monday, demanding the minister "
                  "quit.")
    assert dates["demanding"][0] == "2023-06-12"
