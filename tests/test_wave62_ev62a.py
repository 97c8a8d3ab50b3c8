"""Wave 62, ev62a: a country named only by its adjective on a place it once held or on a topic
is no party to the act.

- events.args.former-holder.v1: "the former Dutch colony", "a former Soviet republic": the
  country that once held the place is dropped from the source and the target.
- events.args.topic-modifier-state.v1: "talks on the Cypriot question": the country that is
  only the topic is dropped.
- Near misses keep it: an adjective on a party's act ("a Chinese demand"), a place the country
  still holds ("over Japanese territory"), a colony without "former", a country also named.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
FORMER = "events.args.former-holder.v1"
TOPIC = "events.args.topic-modifier-state.v1"


def _parties(text: str, trigger: str) -> tuple[dict[str, Any], list[str]]:
    record = extract(text, date=DATE).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return event, [names[i] for i in event["source"] + event["target"]]


@pytest.mark.parametrize(("text", "trigger", "rule", "gone"), [
    ("Ecuador resumed diplomatic ties with the former Dutch colony last week.", "resumed",
     FORMER, "Netherlands"),
    ("Armenia accused the former Soviet republic of massing troops near the frontier.",
     "accused", FORMER, "Soviet"),
    ("Kenya is seeking a summit with Tanzania's leader on the Somali issue.", "seeking",
     TOPIC, "Somalia"),
])
def test_modifier_state_is_no_party(text: str, trigger: str, rule: str, gone: str) -> None:
    event, names = _parties(text, trigger)
    assert rule in event["rule"]
    assert not any(gone in n for n in names)


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Canada rejected a Chinese demand on Monday.", "rejected", "China"),
    ("Pyongyang fired a missile over Japanese territory on Friday.", "fired", "Japan"),
    ("Ecuador resumed diplomatic ties with the Netherlands last week.", "resumed",
     "Netherlands"),
    ("Kenya is seeking a summit with Somalia on the border issue.", "seeking", "Somalia"),
    ("Ghana demanded that Togo issue a formal apology.", "demanded", "Togo"),
])
def test_party_kept(text: str, trigger: str, kept: str) -> None:
    event, names = _parties(text, trigger)
    assert FORMER not in event["rule"] and TOPIC not in event["rule"]
    assert any(kept in n for n in names)


def test_former_place_by_name_kept() -> None:
    event, names = _parties("Belgrade urged talks on its former Kosovo province.", "urged")
    assert FORMER not in event["rule"]
    assert "Kosovo" in names
