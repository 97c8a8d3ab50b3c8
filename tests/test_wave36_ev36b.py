"""Wave 36, ev36b: targets the sentence names but the events stage left empty. The institution
whose facility force lands on ("an army base", "the ruling party's headquarters", "a police
station in Kano") is the target (events.args.facility-owner.v1); the antecedent of a relative
"whose" owns the seized thing (events.args.relative-owner.v1). Civilian sites and pronoun
possessors stay as they were."""

from __future__ import annotations

from typing import Any

from dateline.record import Event, Record
from tests.event_records import record_of, trigger_event

FACILITY = "events.args.facility-owner.v1"
RELATIVE = "events.args.relative-owner.v1"


def _target(record: Record, event: Event) -> list[tuple[str, str | None]]:
    actors = {a.id: a for a in record.actors}
    return [(actors[i].name, actors[i].country) for i in event.target]


def _source(record: Record, event: Event) -> list[tuple[str, str | None]]:
    actors = {a.id: a for a in record.actors}
    return [(actors[i].name, actors[i].country) for i in event.source]


def test_army_base_owner_is_target(nlp: Any) -> None:
    record = record_of("Rebels attacked an army base on Friday.")
    event = trigger_event(record, "attacked")
    assert (event.type, _source(record, event)) == ("ASSAULT", [("Rebels", None)])
    assert _target(record, event) == [("army", None)]
    assert FACILITY in event.rule


def test_party_headquarters_owner_takes_place_country(nlp: Any) -> None:
    record = record_of("Militants bombed the ruling party's headquarters in Dhaka.")
    event = trigger_event(record, "bombed")
    assert _target(record, event) == [("ruling party", "BGD")]
    assert FACILITY in event.rule and "events.args.site-scene.v2" not in event.rule


def test_police_station_owner_takes_state_country(nlp: Any) -> None:
    record = record_of("Gunmen stormed a police station in Kano.")
    event = trigger_event(record, "stormed")
    assert _target(record, event) == [("police", "NGA")]


def test_passive_facility_owner(nlp: Any) -> None:
    record = record_of("An army base was attacked by rebels.")
    event = trigger_event(record, "attacked")
    assert (_source(record, event), _target(record, event)) == ([("rebels", None)],
                                                                [("army", None)])


def test_facility_owner_reuses_the_articles_institution(nlp: Any) -> None:
    record = record_of("Police in Lagos arrested the men. Later rioters attacked a police "
                       "station.")
    event = trigger_event(record, "attacked")
    assert _target(record, event) == [("Nigeria police", "NGA")]  # the article's one police
    assert FACILITY in event.rule and not [a for a in record.actors if a.rule == FACILITY]


def test_civilian_site_stays_empty(nlp: Any) -> None:
    record = record_of("Gunmen attacked a hotel in Kabul.")
    event = trigger_event(record, "attacked")
    assert event.target == [] and "events.args.site-scene.v2" in event.rule


def test_pronoun_owned_base_stays_empty(nlp: Any) -> None:
    record = record_of("Gunmen attacked their base.")
    event = trigger_event(record, "attacked")
    assert event.target == [] and FACILITY not in event.rule


def test_own_kind_facility_stays_empty(nlp: Any) -> None:
    record = record_of("Rebels attacked a rebel camp.")
    event = trigger_event(record, "attacked")
    assert FACILITY not in event.rule


def test_bus_station_is_no_institution(nlp: Any) -> None:
    record = record_of("Gunmen attacked a bus station in Kano.")
    event = trigger_event(record, "attacked")
    assert FACILITY not in event.rule


def test_whose_assets_are_the_antecedents(nlp: Any) -> None:
    record = record_of("NGOs whose assets may be seized must register.")
    event = trigger_event(record, "seized")
    assert (event.type, event.modality) == ("COERCE", "hypothetical")
    assert _target(record, event) == [("NGOs", None)]
    assert RELATIVE in event.rule and "events.args.owned-patient.v1" in event.rule


def test_whose_offices_raided(nlp: Any) -> None:
    record = record_of("Activists whose offices were raided by police protested.")
    event = trigger_event(record, "raided")
    assert _target(record, event) == [("Activists", None)]


def test_named_possessor_keeps_owned_patient_alone(nlp: Any) -> None:
    record = record_of("The ministry's offices were raided by police.")
    event = trigger_event(record, "raided")
    assert RELATIVE not in event.rule
