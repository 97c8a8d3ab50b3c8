"""Wave 53, ev53b: the side of the people a passive acts on is not who acted.

- events.args.party-patient-modifier.v1: a passive with no "by" phrase whose subject names
  people ("a Chilean student was jailed", "Kenya's two envoys were expelled") takes no source
  from the country or body that qualifies or owns them, and that country is no target either;
  the people are. Forces that move, things and acts as the subject keep their owner as source.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.party-patient-modifier.v1"


def _events(text: str, trigger: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    return found, {a["id"]: a for a in record["actors"]}


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    found, actors = _events(text, trigger)
    assert len(found) == 1, found
    return found[0], actors


def _names(event: dict[str, Any], actors: dict[str, Any], slot: str) -> list[str]:
    return [actors[a]["name"] for a in event[slot]]


def test_country_of_killed_people_is_no_killer(nlp: Any) -> None:
    event, actors = _event("Three Peruvian men were killed near the border on Monday.", "killed")
    assert event["type"] == "ASSAULT"
    assert event["source"] == []
    assert "Peru" not in _names(event, actors, "target")
    assert RULE in event["rule"]


def test_country_of_a_sentenced_teen_is_no_court(nlp: Any) -> None:
    found, actors = _events("A Chilean teenager was sentenced to ten years on Tuesday.",
                            "sentenced")
    assert all(e["source"] == [] for e in found)
    assert all("Chile" not in _names(e, actors, "target") for e in found)


def test_owner_of_an_accused_mayor_is_no_accuser(nlp: Any) -> None:
    found, actors = _events("Valparaiso's mayor was accused of hiding the ledgers.", "accused")
    assert all("Valparaiso" not in _names(e, actors, "source") for e in found)


def test_near_miss_by_phrase_keeps_the_doer(nlp: Any) -> None:
    event, actors = _event("Three Peruvian men were killed by Bolivian soldiers on Monday.",
                           "killed")
    assert "Peru" not in _names(event, actors, "source")
    assert event["source"]
    assert RULE not in event["rule"]


def test_near_miss_moved_troops_keep_their_country(nlp: Any) -> None:
    event, _ = _event("Peruvian troops were deployed to the border on Monday.", "deployed")
    assert event["type"] == "MOBILIZE"
    assert event["source"]
    assert RULE not in event["rule"]


def test_near_miss_sanctions_keep_their_owner(nlp: Any) -> None:
    event, actors = _event("The EU sanctions were approved on Monday.", "approved")
    assert _names(event, actors, "source") == ["European Union"]
    assert RULE not in event["rule"]


def test_near_miss_active_voice_unchanged(nlp: Any) -> None:
    event, actors = _event("Peru arrested three Bolivian smugglers on Monday.", "arrested")
    assert _names(event, actors, "source") == ["Peru"]
    assert RULE not in event["rule"]
