"""Wave 101, ev101m: a reaction told as the news right after the story's backstory.

events.date.flashback-news-statement.v3: a statement in the simple past of its sentence's main
clause (welcomed, condemned, urged, thanked), told right after a pluperfect or background
sentence, is the news the story reports after its backstory, not more of that backstory: it
keeps the document date, where events.date.flashback.v1 left it undated. Near misses: a deed
after the backstory (still undated), a statement in a clause hung on another ("after ..."),
and a statement with no backstory before it (never flashback). Sentences written for these
tests.

events.date.since-lasting.v1 (events.date.since-start.v2): a present perfect of a verb whose act
lasts once begun (a fight, a hold on a place, a closure) with a "since" time is still going on
and takes the document date, as the progressive does, not no date. Near misses: a counted party
(a total, still undated) and a verb of one act ("have arrested ... since").
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.flashback-news-statement.v3"
FLASHBACK = "events.date.flashback.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The ceasefire talks had collapsed twice over the border dispute. The regional envoy "
     "welcomed the new accord and urged both governments to respect it.", "welcomed"),
    ("The ceasefire talks had collapsed twice over the border dispute. The regional envoy "
     "welcomed the new accord and urged both governments to respect it.", "urged"),
    ("The opposition had boycotted the previous two polls. The party leader thanked the "
     "electoral commission for a fair count.", "thanked"),
])
def test_statement_after_backstory_keeps_news_day(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert FLASHBACK not in event.rule
    assert event.date.value == DATE


@pytest.mark.parametrize(("text", "trigger"), [
    # a deed after the backstory goes on with it: still undated
    ("The ceasefire talks had collapsed twice over the border dispute. Troops shelled the "
     "border villages.", "shelled"),
    # a statement hung on another clause is the backstory's, not the news
    ("The ceasefire talks had collapsed twice over the border dispute. The rebels withdrew "
     "after the envoy condemned the shelling.", "condemned"),
])
def test_deed_or_hung_statement_stays_undated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value is None


def test_statement_without_backstory_is_left_alone() -> None:
    record = record_of("Rebels seized the border town on Monday. The regional envoy condemned "
                       "the attack.")
    event = trigger_event(record, "condemned")
    assert RULE not in event.rule
    assert FLASHBACK not in event.rule


LASTING = "events.date.since-lasting.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels have fought the army since 1987.", "fought"),
    ("The guerrillas have occupied the mountain pass since 2019.", "occupied"),
    ("The crossing has been closed since 2015.", "closed"),
])
def test_lasting_act_since_goes_on(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert LASTING in event.rule
    assert event.date.value == DATE


@pytest.mark.parametrize(("text", "trigger"), [
    # a verb of one act: a total counted from then, no date
    ("Police have arrested dozens of students since March.", "arrested"),
    # a lasting verb with a counted party: a total too
    ("The militias have occupied six villages since 2019.", "occupied"),
])
def test_total_since_stays_undated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert LASTING not in event.rule
    assert event.date.value is None
