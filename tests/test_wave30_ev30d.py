"""Wave 30 (ev30d; judged round 20: event types outside pledges). Sense rules:

- ``events.sense.occupy-territory.v1``: occupying (the verb) not by protesters is CAMEO 192, in
  the fight family (ASSAULT), not COERCE seize (police confiscating property);
- ``events.sense.take-ground.v2``: seizing, capturing or taking ground ("the town", "control
  of the province", a named place) is that occupation too; "seized weapons" stays COERCE;
- ``events.sense.fight-fire.v1`` / ``fight-fire-object.v1``: crews who fight a fire do no party
  an act.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import events_on as _events_on
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def test_rebels_seized_a_town(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("Rebel fighters seized the town of Kuma overnight."), "seized")
    assert event.type == "ASSAULT"
    assert event.rule.startswith("events.sense.take-ground.v2")


def test_army_took_control_of_province(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("The army took control of the northern province last week."), "took")
    assert event.type == "ASSAULT"
    assert event.rule.startswith("events.sense.take-ground.v2")


def test_forces_seized_land_and_river(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("Rebel forces have seized land and a river near the border."), "seized")
    assert event.type == "ASSAULT"


def test_occupation_of_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("Israel occupies the Golan Heights."), "occupies")
    assert event.type == "ASSAULT"
    assert event.rule.startswith("events.sense.occupy-territory.v1")


def test_police_seized_weapons_stays_coerce(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("Police seized weapons and drugs from a car in Lagos."), "seized")
    assert event.type == "COERCE"
    assert event.mode == "seize"


def test_protesters_occupy_stays_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("Students occupied the ministry building on Monday."), "occupied")
    assert event.type == "PROTEST"


def test_crews_fought_a_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In southern Chile, ambulances and fire department personnel fought to control a "
            "fire early Monday, officials said.")
    assert not _events_on(text, "fought")


def test_soldiers_battled_the_flames(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events_on("Soldiers battled the flames for hours.", "battled")


def test_militia_fought_the_army_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _on(_record("The militia fought the army near the border."), "fought")
    assert event.type == "ASSAULT"


def test_held_captive_by_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fighters said the men were being held captive by the Kenyan government."
    event = _on(_record(text), "held")
    assert event.type == "COERCE"
    assert event.mode == "arrest"
    assert event.rule.startswith("events.sense.held-by-state.v1")


def test_rally_in_support_of_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Thousands of farmers rallied in Accra in support of President Mahama's government "
            "on Sunday.")
    event = _on(_record(text), "rallied")
    assert event.type == "SUPPORT"
    assert event.rule.startswith("events.sense.rally-for-government.v1")


def test_march_in_support_of_strikers_stays_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of teachers marched in Quito in support of the striking nurses."
    event = _on(_record(text), "marched")
    assert event.type == "PROTEST"
