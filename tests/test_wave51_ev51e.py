"""Wave 51, ev51e: parties hurt by a violent act named outside the act's own slots.

- events.args.result-party.v1: "leaving four civilians injured", "those attacks left four
  Americans dead": the harmed object of a result clause of the act.
- events.args.raised-patient.v1: "two dozen people are reported to have been killed": the
  raising verb's subject is the passive infinitive's patient.
- events.args.modified-party.v1: "the man attacked by unidentified gunmen": the noun a passive
  participle with a "by" phrase modifies.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"


def _events(text: str, trigger: str) -> list[dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    for event in found:
        event["source_names"] = [names[i] for i in event["source"]]
        event["target_names"] = [names[i] for i in event["target"]]
    return found


def _event(text: str, trigger: str) -> dict[str, Any]:
    found = _events(text, trigger)
    assert len(found) == 1, found
    return found[0]


def test_result_participle_object_hurt_is_the_target(nlp: Any) -> None:
    event = _event("The Taliban bombed four houses on Tuesday, leaving four civilians injured.",
                   "bombed")
    assert event["target_names"] == ["four civilians"]
    assert event["source_names"] == ["Taliban"]
    assert "events.args.result-party.v1" in event["rule"]


def test_nominal_act_that_left_people_dead(nlp: Any) -> None:
    event = _event("Those attacks left four Americans dead.", "attacks")
    assert event["target_names"] == ["Americans"]
    assert "events.args.result-party.v1" in event["rule"]


def test_relative_result_clause_on_an_attack(nlp: Any) -> None:
    event = _event("An attack that left 20 soldiers dead was blamed on rebels.", "attack")
    assert event["target_names"] == ["20 soldiers"]


def test_leaving_a_place_is_no_victim(nlp: Any) -> None:
    event = _event("Rebels attacked the town on Monday, leaving the city in ruins.", "attacked")
    assert event["target"] == []
    assert "events.args.result-party.v1" not in event["rule"]


def test_clash_toll_is_no_side(nlp: Any) -> None:
    event = _event("Violent clashes between supporters and opponents left more than 50 people "
                   "dead.", "clashes")
    assert (event["source_names"], event["target_names"]) == (["supporters"], ["opponents"])


def test_raised_passive_subject_is_the_patient(nlp: Any) -> None:
    event = _event("Some two dozen people are reported to have been killed in the unrest.",
                   "killed")
    assert event["target_names"] == ["two dozen people"]
    assert event["source"] == []
    assert "events.args.raised-patient.v1" in event["rule"]


def test_raised_active_keeps_its_source(nlp: Any) -> None:
    event = _event("Militants are believed to have attacked the base.", "attacked")
    assert event["source_names"] == ["Militants"]
    assert event["target"] == []
    assert "events.args.raised-patient.v1" not in event["rule"]


def test_participle_on_a_person_noun_is_the_patient(nlp: Any) -> None:
    event = _event("The man attacked by unidentified gunmen was a cleric.", "attacked")
    assert (event["source_names"], event["target_names"]) == (["unidentified gunmen"], ["man"])
    assert "events.args.modified-party.v1" in event["rule"]


def test_participle_on_a_thing_is_no_party(nlp: Any) -> None:
    event = _event("At least a dozen mortar shells fired by militants hit the suburbs.", "fired")
    assert event["target"] == []
    assert "events.args.modified-party.v1" not in event["rule"]
