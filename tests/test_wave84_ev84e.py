"""Wave 84, ev84e: a deed told after a lead of an earlier day, with only that day's times between.

events.date.lead-story-same-day-times.v1: ``events.date.lead-story-day.v1`` gives a later plain
past act of the story the lead's day only when no time at all is told between the lead and it;
a time on the lead's own day ("before dawn on Wednesday") or a length of time ("for several
hours") keeps the story on that day, so a deed (an attack, an arrest, a sanction) told after it
takes the lead's day, not the document date. Near misses: a time of another day between, a
statement (it may be the next day's reaction), a time in the act's own sentence. Sentences
written for these tests; the document date is Thursday 2023-06-15.
"""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger

RULE = "events.date.lead-story-same-day-times.v1"
LEAD = "Gunmen attacked a police post in the northern town of Kora on Wednesday.\n"


@pytest.mark.parametrize(("between", "act", "trigger"), [
    ("The assault began before dawn on Wednesday and lasted for several hours, residents said.\n",
     "Soldiers arrested eleven suspects near the border.", "arrested"),
    ("Residents said the shooting went on for three hours.\n",
     "Police detained two drivers at a checkpoint outside the town.", "detained"),
])
def test_deed_after_same_day_times_takes_lead_day(between: str, act: str, trigger: str) -> None:
    value, basis, rule = dates_by_trigger(LEAD + between + act)[trigger]
    assert (value, basis) == ("2023-06-14", "narrative")
    assert RULE in rule


@pytest.mark.parametrize(("between", "act", "trigger"), [
    # a time of another day between: the story may have moved to it
    ("The same group had raided the post in March, residents said.\n",
     "Soldiers arrested eleven suspects near the border.", "arrested"),
    # a statement: it may be the next day's reaction to the news
    ("The assault began before dawn on Wednesday and lasted for several hours, residents said.\n",
     "The interior minister condemned the assault.", "condemned"),
    # the act's own sentence tells a time of its own (a length: the arrests may span days)
    ("The assault began before dawn on Wednesday and lasted for several hours, residents said.\n",
     "Soldiers arrested eleven suspects in a sweep that lasted two weeks.", "arrested"),
])
def test_near_misses_keep_their_date(between: str, act: str, trigger: str) -> None:
    *_, rule = dates_by_trigger(LEAD + between + act)[trigger]
    assert RULE not in rule
