"""Wave 100, ev100j: two triggers whose type depends on who does the act.

events.sense.band-seize.v1: a rebel movement (an actor of sector REB) that seizes anything uses
force (ASSAULT): people taken are abducted, a place is occupied. Near misses: a state's forces or
the police seizing people, ships or weapons stay COERCE.

events.sense.crowd-storm.v1: a crowd (protesters, supporters) that storms a seat of authority
(a parliament, a ministry, an airport, a broadcaster's headquarters) riots: PROTEST, not ASSAULT.
Near misses: a crowd that only tried to storm, one storming a home, soldiers or gunmen storming a
building, and a storming whose own doer the parse lost to the clause before ("demonstrators set
fire to ... and soldiers stormed") stay ASSAULT. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

SEIZE_RULE = "events.sense.band-seize.v1"
STORM_RULE = "events.sense.crowd-storm.v1"


@pytest.mark.parametrize(("text", "mode"), [
    ("The rebels seized the northern half of the province in 2015.", None),
    ("The Revolutionary United Front seized the aid workers near the border last month.",
     "abduct"),
    ("The Houthis seized the presidential compound last year.", None),
])
def test_band_seizing_is_assault(text: str, mode: str | None) -> None:
    event = trigger_event(record_of(text), "seized")
    assert event.type == "ASSAULT"
    assert SEIZE_RULE in event.rule
    if mode is not None:
        assert event.mode == mode


@pytest.mark.parametrize("text", [
    "Iranian naval forces seized twelve British sailors in the Gulf on Friday.",
    "Police seized a large cache of rifles and grenades at the port.",
    "Coast guard vessels seized three fishing boats off the coast.",
])
def test_state_seizing_stays_coerce(text: str) -> None:
    event = trigger_event(record_of(text), "seized")
    assert event.type == "COERCE"
    assert SEIZE_RULE not in event.rule


@pytest.mark.parametrize("text", [
    "Thousands of protesters stormed the parliament in Lusaka on Tuesday.",
    "Angry supporters of the cleric stormed the ministry of justice.",
    "Hundreds of demonstrators stormed the airport and sat on the runway.",
])
def test_crowd_storming_a_seat_is_a_riot(text: str) -> None:
    event = trigger_event(record_of(text), "stormed")
    assert event.type == "PROTEST"
    assert event.mode == "riot"
    assert STORM_RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister said protesters had tried to storm the ministry of justice.", "storm"),
    ("Protesters stormed the residence of a retired general in the port city.", "stormed"),
    ("Soldiers stormed the parliament building before dawn.", "stormed"),
    ("Gunmen stormed the airport on Sunday, killing two guards.", "stormed"),
])
def test_other_storming_stays_assault(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "ASSAULT"
    assert STORM_RULE not in event.rule


def test_storming_after_a_lost_doer_stays_assault() -> None:
    text = ("Demonstrators set fire to the assembly building and soldiers stormed the "
            "headquarters of the main opposition party.")
    event = trigger_event(record_of(text), "stormed")
    assert STORM_RULE not in event.rule
