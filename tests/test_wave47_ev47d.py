"""Wave 47, ev47d: types of imported CAMEO patterns and light verbs (senses.yaml).

"captured a large part of the region" took AGREE from the CAMEO "take part" pattern; it is
occupying ground (events.sense.take-ground-part.v1). "has taken the lead in the fighting" took
COERCE seize from the army-takes pattern; it is no act (events.sense.take-lead.v1). "gave
Qatar diplomatic support" is backing in words, SUPPORT, not AID
(events.sense.political-support.v2). Near misses: money support stays AID, taking a town and
taking part in talks keep their rules, an army taking over a ministry stays COERCE.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event, named_events


def test_captured_part_of_region_is_assault(nlp: Any) -> None:
    text = "Government forces captured a large part of the region."
    kind, _, _, rule = named_event(text, "captured")
    assert kind == "ASSAULT"
    assert rule.split("+")[0] == "events.sense.take-ground-part.v1"


def test_taken_the_lead_is_no_event(nlp: Any) -> None:
    text = "The Tanzanian Army has taken the lead in the current fighting."
    assert [e for e in named_events(text) if e[1] == "taken"] == []


def test_diplomatic_support_is_support(nlp: Any) -> None:
    kind, source, target, rule = named_event("Egypt gave Qatar diplomatic support.", "gave")
    assert (kind, source, target) == ("SUPPORT", [("Egypt", "EGY")], [("Qatar", "QAT")])
    assert rule == "events.sense.political-support.v2"


def test_financial_support_stays_aid(nlp: Any) -> None:
    kind, _, _, rule = named_event("Egypt gave Qatar financial support.", "gave")
    assert (kind, rule) == ("AID", "events.aid.give-aid.v1")


def test_took_the_town_keeps_take_ground(nlp: Any) -> None:
    kind, _, _, rule = named_event("The army took the town.", "took")
    assert (kind, rule) == ("ASSAULT", "events.sense.take-ground.v2")


def test_took_part_in_talks_keeps_consult(nlp: Any) -> None:
    kind, _, _, rule = named_event("Rebels took part in the talks.", "took")
    assert (kind, rule) == ("CONSULT", "events.sense.take-part-meeting.v1")


def test_army_taking_ministry_stays_coerce(nlp: Any) -> None:
    kind, _, _, rule = named_event("The army has taken over the defence ministry.", "taken")
    assert (kind, rule) == ("COERCE", "events.cameo.apprehend-8226.v1")


def test_soldiers_blocking_road_is_coerce(nlp: Any) -> None:
    kind, _, _, rule = named_event("Soldiers blocked the road to the capital.", "blocked")
    assert (kind, rule) == ("COERCE", "events.sense.forces-block-road.v1")


def test_protesters_blocking_road_stay_protest(nlp: Any) -> None:
    kind, _, _, rule = named_event("Protesters blocked the road to the capital.", "blocked")
    assert (kind, rule) == ("PROTEST", "events.protest.block-road.v1")


def test_jury_giving_ruling_is_no_event(nlp: Any) -> None:
    text = "A jury is expected to give a ruling in the trial."
    assert [e for e in named_events(text) if e[1] == "give"] == []
