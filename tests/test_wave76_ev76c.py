"""Wave 76, ev76c: acts coordinated with a counted "after" clause share its day.

- events.date.gap-after-conjunct.v1: "a day after police raided the office and detained two
  aides": the second verb, joined by "and" with no time of its own, takes the day the gap rules
  give the first (days counted back, hours the same day).
Near misses: a conjunct with its own day, a clause with a rough gap, a plain "after" clause
with no gap, and a conjunct of the main clause keep their dates.
- events.date.gap-after-came.v1: "The blockade came two days after ...": the subject names again
  an act of the first paragraph; the whole-day gap counts back from that act's day.
Near misses: a rough gap, a subject the lead does not tell, a subject first named after
the first paragraph.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

RULE = "events.date.gap-after-conjunct.v1"
CAME = "events.date.gap-after-came.v1"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The ministers met in Brussels on Wednesday, a day after border guards stopped a lorry "
     "and detained its driver.", "detained", "2023-06-13"),
    ("Crowds gathered outside the palace on Tuesday, hours after soldiers surrounded the "
     "building and arrested two ministers.", "arrested", "2023-06-13"),
    ("The council said on Wednesday it would review the vote, two days after students marched "
     "through the city and three people were killed.", "killed", "2023-06-12"),
])
def test_conjunct_takes_the_gap_day(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert event.date.value == day
    assert RULE in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # the conjunct has a day of its own
    ("The ministers met in Brussels on Wednesday, a day after border guards stopped a lorry "
     "and detained its driver on Friday.", "detained"),
    # a rough gap gives no day
    ("The ministers met in Brussels on Wednesday, more than a week after border guards stopped "
     "a lorry and detained its driver.", "detained"),
    # no gap told
    ("The ministers met in Brussels on Wednesday after border guards stopped a lorry and "
     "detained its driver.", "detained"),
    # a conjunct of the main clause, not of the "after" clause
    ("Police stopped a lorry on Wednesday and detained its driver, a day after the border "
     "closed.", "detained"),
])
def test_near_misses_keep_their_rules(text: str, trigger: str) -> None:
    assert RULE not in event_at(text, trigger).rule.split("+")


LEAD = ("The navy began a blockade of the northern ports on Tuesday, officials said.\n"
        "Ships were turned away from two harbours.\n")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    (LEAD + "The blockade came two days after rebels attacked a naval base.", "attacked",
     "2023-06-11"),
    # the lead act has the document date (the day's news)
    ("Rebels launched an offensive on the port city, the army said.\n"
     "The offensive came two days after the government expelled two foreign diplomats.",
     "expelled", "2023-06-13"),
])
def test_came_gap_counts_from_the_lead_act(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert event.date.value == day
    assert CAME in event.rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # a rough gap
    (LEAD + "The blockade came more than a week after rebels attacked a naval base.",
     "attacked"),
    # the lead tells no blockade
    ("Ships were turned away from two harbours on Tuesday.\n\n"
     "The blockade came two days after rebels attacked a naval base.", "attacked"),
    # the blockade is told only after the first paragraph
    ("Ships were turned away.\nThe navy began a blockade on Tuesday.\n"
     "The blockade came two days after rebels attacked a naval base.", "attacked"),
])
def test_came_near_misses(text: str, trigger: str) -> None:
    assert CAME not in event_at(text, trigger).rule.split("+")
