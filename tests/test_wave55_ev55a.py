"""Wave 55, ev55a: attacks by computer are coercion, not force (module ``sense_cyber_acts``):
events.sense.cyber-means.v1, events.sense.hacker-attack.v1. Near misses (a blow by armed men,
storming by gunmen or by the police) stay ASSAULT: events.sense.police-storm.v1 was dropped after
the paired judging of wave 55.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_in


def _events(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(e.type, e.mode, e.trigger.text, e.rule.split("+")[0]) for e in events_in(text)]


def test_blow_by_ransomware_in_free_relative_is_cyber(nlp: Any) -> None:
    text = "Hospitals in Oslo were hit by what looked like a ransomware attack on Tuesday."
    assert ("COERCE", "cyber", "hit", "events.sense.cyber-means.v1") in _events(text)


def test_conjoined_electronic_means_is_cyber(nlp: Any) -> None:
    text = "Banks in Peru have been targeted with electronic and digital attacks."
    assert next(e for e in _events(text) if e[2] == "targeted")[:2] == ("COERCE", "cyber")


def test_denial_of_service_means_is_cyber(nlp: Any) -> None:
    text = "The portal of the Latvian tax office was struck with a denial-of-service attack."
    found = [e for e in _events(text) if e[2] == "struck"]
    assert found and found[0][:2] == ("COERCE", "cyber")


def test_hackers_hitting_a_ministry_is_cyber(nlp: Any) -> None:
    text = "Hackers hit the Estonian finance ministry on Monday."
    assert ("COERCE", "cyber", "hit", "events.sense.hacker-attack.v1") in _events(text)


def test_security_forces_storming_a_home_stays_assault(nlp: Any) -> None:
    found = _events("Egyptian security forces stormed the home of a rights activist in Cairo.")
    assert next(e for e in found if e[2] == "stormed")[0] == "ASSAULT"


def test_gunmen_storming_stays_assault(nlp: Any) -> None:
    found = _events("Gunmen stormed a police station in Kandahar on Friday.")
    assert next(e for e in found if e[2] == "stormed")[0] == "ASSAULT"


def test_police_storming_a_protest_camp_stays_assault(nlp: Any) -> None:
    found = _events("Thai police stormed the protest camp in Bangkok on Friday.")
    assert next(e for e in found if e[2] == "stormed")[0] == "ASSAULT"


def test_rocket_blow_stays_assault(nlp: Any) -> None:
    found = _events("Militants hit the army base in Gao with rockets on Monday.")
    assert next(e for e in found if e[2] == "hit")[0] == "ASSAULT"


def test_armed_attack_stays_assault(nlp: Any) -> None:
    found = _events("Rebels attacked the border post of Mali with heavy machine guns.")
    assert next(e for e in found if e[2] == "attacked")[0] == "ASSAULT"


def test_riot_police_storming_activists_stays_assault(nlp: Any) -> None:
    text = "Riot police stormed a group of left-wing activists in Lima, firing rubber bullets."
    found = _events(text)
    assert next(e for e in found if e[2] == "stormed")[0] == "ASSAULT"
