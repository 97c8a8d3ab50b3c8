"""Wave 83, ev83e: censure of an act names no party through the act's pronoun or the teller of
its name.

events.args.act-pronoun.v1: "Berlin condemned it" (it: the shelling told before) takes no target
from the pronoun, even where the actors stage resolves it to a party (here the speaker's own
ministry). events.args.naming-teller.v1: "condemned what her spokesman called a senseless raid":
the spokesman only names the act. Near misses: a party named as the object ("condemned Peru"), and
a teller of another country, who may be the doer naming its own act ("condemned what Peru called
a routine patrol"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

ACT_PRONOUN = "events.args.act-pronoun.v1"
NAMING_TELLER = "events.args.naming-teller.v1"


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("Rebels shelled the port on Monday. The German Foreign Office said Berlin condemned it in "
     "the strongest terms.", "condemned", ACT_PRONOUN),
    ("President Ana Reyes of Chile condemned what her spokesman called a senseless raid.",
     "condemned", NAMING_TELLER),
])
def test_censured_act_names_no_target(text: str, trigger: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "ACCUSE"
    assert event.target == []
    assert rule in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # the party censured, named as the object
    ("President Ana Reyes of Chile condemned Peru for the raid.", "condemned"),
    # a teller of another country: may be the doer naming its own act
    ("Chile condemned what Peru called a routine patrol.", "condemned"),
])
def test_named_party_keeps_its_target(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.target
    assert ACT_PRONOUN not in event.rule and NAMING_TELLER not in event.rule
