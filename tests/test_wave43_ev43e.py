"""Wave 43, ev43e: triggers in a non-event sense (senses.yaml, sense_partners.py; issue 11).

- events.sense.begin-talks.v1: "began negotiations" is CONSULT, not the imported AGREE.
- events.sense.hold-elections.v1: "holds elections" is routine, no AGREE.
- events.sense.launch-campaign.v1: "launched his reelection campaign", no REQUEST.
- events.sense.announce-plan-no-party.v1: "announced an economic plan", no AGREE.
- events.sense.fight-evil.v1: "efforts to fight organised crime", no ASSAULT.
- events.sense.campaign-rally.v1: "his campaign rally", no PROTEST.
- events.sense.provide-name.v1: "did not provide the name", no AID.
- events.sense.comply-with-rules.v1: "comply with the rulings", no CONCEDE.
- events.sense.met-by-police.v1: "were met by police officers", no CONSULT.
- events.sense.allowed-to-protest.v1: "were allowed to demonstrate", no PROTEST.
- events.sense.hold-exercise.v1: "held a live-fire exercise" is MOBILIZE, not a ceasefire.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.stages.senses import sense_rules

DATE = "2023-06-15"
OURS = {"events.sense.begin-talks.v1", "events.sense.hold-elections.v1",
        "events.sense.launch-campaign.v1", "events.sense.announce-plan-no-party.v1",
        "events.sense.fight-evil.v1", "events.sense.campaign-rally.v1",
        "events.sense.provide-name.v1", "events.sense.comply-with-rules.v1",
        "events.sense.met-by-police.v1", "events.sense.allowed-to-protest.v1",
        "events.sense.hold-exercise.v1"}


def _events(text: str) -> list[tuple[str, str, str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return [(e["trigger"]["text"], e["type"], e["rule"].split("+")[0])
            for e in record["events"]]


def test_rules_are_registered() -> None:
    assert {r.rule for r in sense_rules()} >= OURS


@pytest.mark.parametrize("text", [
    "Venezuela holds elections for a new National Assembly this year.",
    "Ecuador's President Rafael Correa launched his reelection campaign on Wednesday.",
    "Massachusetts state troopers began their efforts after the demonstration.",
    "This week Montserrat's president announced an economic plan worth $2 billion.",
    "Uruguay has announced a plan to invade Fiji.",
    "The two countries are supporting Russia in their efforts to fight organised crime.",
    "Germany had spent years fighting terrorism, Gabriel said.",
    "The army has been fighting against terrorism in the north.",
    "Mitt Romney greets supporters during his campaign rally in Lakewood.",
    "The ministry did not provide the name of the officer.",
    "The government said it would comply with the rulings of the court.",
    "The protesters were met by police officers with dogs.",
    "The students were allowed to demonstrate outside the ministry.",
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_begin_talks_is_consult() -> None:
    assert _events("China and Israel began negotiations on Monday.") == [
        ("began", "CONSULT", "events.sense.begin-talks.v1")]


def test_live_fire_exercise_is_mobilize() -> None:
    assert _events("Russian and South Korean troops held a live-fire exercise this week.") == [
        ("held", "MOBILIZE", "events.sense.hold-exercise.v1")]


@pytest.mark.parametrize(("text", "expected"), [
    # a plan made with a partner stays the imported intent
    ("The government of the United Arab Emirates has announced plans for an extradition "
     "treaty with Morocco.", [("announced", "AGREE", "events.cameo.explain-verbal-4558.v1")]),
    # a plan for an accord stays
    ("Israeli military officials announced plans to lift the daily curfew imposed on Hebron.",
     [("announced", "AGREE", "events.cameo.explain-verbal-4558.v1")]),
    # a campaign for an appeal stays
    ("Activists have launched a social media campaign to call for the release of three "
     "protesters.", [("launched", "REQUEST", "events.cameo.start-3813.v1")]),
    # fighting a party is still fighting
    ("The rebels have been fighting the government since 1992.",
     [("fighting", "ASSAULT", "events.assault.fight.v1")]),
    # a protest held is a protest
    ("Hundreds of students demonstrated outside the ministry.",
     [("demonstrated", "PROTEST", "events.protest.demonstrate.v1")]),
    # meeting a leader is consulting
    ("The president was met by the prime minister at the airport.",
     [("met", "CONSULT", "events.consult.meet.v1")]),
    # complying with a party's demands is a concession
    ("The government complied with the rebels' demands.",
     [("complied", "CONCEDE", "events.concede.comply-with.v1")]),
    # aid provided is aid
    ("The ministry will provide food to the refugees.",
     [("provide", "AID", "events.aid.provide-aid.v1")]),
])
def test_near_misses_unchanged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(text) == expected
