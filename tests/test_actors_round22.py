"""Wave 22 (ev22b): sources named by a possessor of an act noun; "by" phrases that name no doer."""

from __future__ import annotations

from typing import Any

import pytest

import dateline


def _record(text: str) -> dict[str, Any]:
    record: dict[str, Any] = dateline.extract(text, date="2023-06-15", min_confidence=0).to_dict()
    return record


def _events(text: str) -> list[dict[str, Any]]:
    record = _record(text)
    names = {a["id"]: a["name"] for a in record["actors"]}
    found = []
    for event in record["events"]:
        trigger = record["text"][event["trigger"]["start"]:event["trigger"]["end"]]
        found.append({"trigger": trigger, "type": event["type"], "rule": event["rule"],
                      "source": [names[a] for a in event["source"]],
                      "target": [names[a] for a in event["target"]]})
    return found


def _event(text: str, trigger: str) -> dict[str, Any]:
    return next(e for e in _events(text) if e["trigger"] == trigger)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The rebels' attack on the village of Kiwanja killed six farmers.", "attack", "rebels"),
    ("The army's shelling of the border town lasted two days.", "shelling", "army"),
    ("The police's arrest of the blogger drew wide criticism.", "arrest", "police"),
    ("Security forces' raids on opposition offices continued on Friday.", "raids",
     "Security forces"),
])
def test_the_owner_of_an_act_noun_is_its_source(text: str, trigger: str, source: str) -> None:
    assert _event(text, trigger)["source"] == [source]


def test_the_owner_mention_names_its_rule() -> None:
    record = _record("The militants' ambush of the convoy left four drivers dead.")
    owner = next(a for a in record["actors"] if a["name"] == "militants")
    assert "actors.description.possessor.v1" in owner["rule"]


@pytest.mark.parametrize("text", [
    "The soldiers' families waited outside the barracks for news.",
    "The protesters' banners were torn down before noon.",
])
def test_the_owner_of_a_thing_is_no_actor(text: str) -> None:
    names = [a["name"] for a in _record(text)["actors"]]
    assert not any(n in {"soldiers", "protesters"} for n in names)


def test_a_speech_verb_lends_no_agent_to_a_coordinated_act() -> None:
    event = _event("The activist was seized at a checkpoint in May and accused by state "
                   "television of planning riots.", "seized")
    assert event["source"] == []


def test_a_harm_verb_still_lends_its_agent() -> None:
    event = _event("The reporter was detained and beaten by Ugandan police on Monday.",
                   "detained")
    assert event["source"] == ["Ugandan police"]
    assert "events.args.shared-passive-agent.v2" in event["rule"]


def test_a_possessive_pronoun_in_the_by_phrase_is_no_doer() -> None:
    text = ("Senator Alvaro Reyes said on Monday that the attacks on the rally were carried "
            "out by supporters of his rivals.")
    event = _event(text, "attacks")
    assert "Alvaro Reyes" not in event["source"]


@pytest.mark.parametrize("text", [
    "The imam's arrest by Kenyan police angered his followers.",
    "The activists' detention lasted three weeks.",
])
def test_the_owner_of_an_act_without_a_patient_phrase_is_not_its_doer(text: str) -> None:
    assert not any({"imam", "activists"} & set(e["source"]) for e in _events(text))
