"""Wave 84, ev84f: "The announcement came two days after ...", the lead's act named by its noun.

events.date.gap-after-came-noun.v1: a past "came" with a counted whole-day gap has no day of its
own; when its subject ("the announcement", "the killing") is the noun of a verb the first
paragraph tells with a day ("announced on Tuesday", "was killed on Wednesday",
``times.gap_came_act_nouns``), the act of the "after" clause is dated that many days before that
day, as events.date.gap-after-came.v1 does for the same word. Near misses: a lead with no such
verb, a noun not of an act the lead tells, a rough gap. Sentences written for these tests
(document date Thursday 2023-06-15).
"""

from __future__ import annotations

import pytest

from tests.event_records import event_at

RULE = "events.date.gap-after-came-noun.v1"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The interior minister announced on Tuesday that the northern border would close.\n"
     "Lorries queued at the crossing for hours.\n"
     "The announcement came two days after militants attacked a police post.", "attacked",
     "2023-06-11"),
    ("A regional governor was killed at his home on Wednesday, police said.\n"
     "Mourners gathered outside the hospital.\n"
     "The killing came three days after rebels seized a bridge near the town.", "seized",
     "2023-06-11"),
])
def test_act_noun_counts_from_the_lead_verb(text: str, trigger: str, day: str) -> None:
    event = event_at(text, trigger)
    assert event.date.value == day
    assert RULE in event.rule.split("+")


QUEUE = "Lorries queued at the crossing for hours.\n"


@pytest.mark.parametrize(("text", "trigger"), [
    # the lead tells no announcing: the announcement is of unknown day
    ("The interior minister said on Tuesday that the northern border would close.\n" + QUEUE
     + "The announcement came two days after militants attacked a police post.", "attacked"),
    # a noun of no act the lead tells
    ("The interior minister announced on Tuesday that the northern border would close.\n"
     + QUEUE + "The turmoil came two days after militants attacked a police post.",
     "attacked"),
    # a rough gap
    ("The interior minister announced on Tuesday that the northern border would close.\n"
     + QUEUE + "The announcement came more than a week after militants attacked a police "
     "post.", "attacked"),
])
def test_near_misses_stay_undated(text: str, trigger: str) -> None:
    event = event_at(text, trigger)
    assert RULE not in event.rule.split("+")
    assert event.date.value is None
