"""Wave 21 (ev21b): sources named in a "by" phrase the argument finders did not reach."""

from __future__ import annotations

from typing import Any

import pytest

import dateline


def _events(text: str) -> list[dict[str, Any]]:
    record = dateline.extract(text, date="2023-06-15", min_confidence=0).to_dict()
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
    ("Two activists were arrested and charged by Turkish police on Tuesday.",
     "arrested", "Turkish police"),
    ("The journalist said he was harassed and beaten by Kenyan police on Monday.",
     "harassed", "Kenyan police"),
    ("Dozens of villagers were detained, tortured or killed by Ethiopian soldiers last year.",
     "detained", "Ethiopian soldiers"),
])
def test_coordinated_passives_share_the_by_phrase(text: str, trigger: str, source: str) -> None:
    event = _event(text, trigger)
    assert event["source"] == [source]
    assert "events.args.shared-passive-agent.v2" in event["rule"]


def test_a_conjunct_with_its_own_subject_lends_no_agent() -> None:
    event = _event("Protesters were arrested, and journalists were beaten by Kenyan police.",
                   "arrested")
    assert event["source"] == []


def test_an_active_verb_takes_no_agent_from_a_passive_conjunct() -> None:
    event = _event("Rebels stormed the town and were repelled by the Malian army.", "stormed")
    assert "Malian army" not in event["source"]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The march was organized by the Liberal Party of Canada.", "march",
     "Liberal Party of Canada"),
    ("The attacks carried out by Boko Haram killed 30 people.", "attacks", "Boko Haram"),
])
def test_the_doer_of_an_act_noun(text: str, trigger: str, source: str) -> None:
    event = _event(text, trigger)
    assert event["source"] == [source]
    assert "events.args.act-doer-by.v3" in event["rule"]


def test_a_verb_of_reaction_names_no_doer() -> None:
    event = _event("The strike was condemned by the Kenyan government.", "strike")
    assert event["source"] == []
