"""Wave 61, ev61c: a capital that only says where an act happened is no party to it.

- events.args.venue-capital.v1: a capital read as its government, named in the event's sentence
  only as the object of a preposition of location under the trigger or a word of its phrase
  ("an attack in Cairo", "met the mayor in Minsk"), is dropped from the source and the target.
- Near misses keep it: a capital that acts or is acted on ("Moscow condemned", "sanctions on
  Moscow"), an arrival ("arrived in Buenos Aires": a visit to its government), a protest at
  home, a possessive, demonym-coded parties ("Kenyan police").
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.venue-capital.v1"


def _events(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date=DATE, min_confidence=0).to_dict()["events"])


def _parties(text: str, trigger: str) -> tuple[dict[str, Any], list[str]]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return event, [names[i] for i in event["source"] + event["target"]]


@pytest.mark.parametrize(("text", "trigger", "gone"), [
    ("A gunman was planning to carry out an attack in Cairo last week.", "carry", "Egypt"),
    ("Rebels seized a convoy of trucks in Kabul on Friday.", "seized", "Afghanistan"),
])
def test_venue_capital_is_no_party(text: str, trigger: str, gone: str) -> None:
    event, names = _parties(text, trigger)
    assert RULE in event["rule"]
    assert not any(gone in n for n in names)


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Moscow condemned the attack on Tuesday.", "condemned", "Russia"),
    ("The European Union said it would impose sanctions on Moscow.", "impose", "Russia"),
    ("The Chilean ambassador arrived in Buenos Aires on Monday.", "arrived", "Argentina"),
    ("Protesters marched in London on Sunday against the new law.", "marched", "United Kingdom"),
])
def test_acting_capital_kept(text: str, trigger: str, kept: str) -> None:
    event, names = _parties(text, trigger)
    assert RULE not in event["rule"]
    assert any(kept in n for n in names)


def test_demonym_party_unchanged() -> None:
    event, names = _parties("Kenyan police arrested two students in Nairobi on Monday.",
                            "arrested")
    assert RULE not in event["rule"]
    assert "Kenyan police" in names


def test_party_seat_in_capital_kept() -> None:
    event, names = _parties(
        "Militias attacked the offices of the General National Congress in Tripoli.", "attacked")
    assert RULE not in event["rule"]
    assert any("Libya" in n for n in names)


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Houthi rebels seized power in Sanaa in September.", "seized", "Yemen"),
    ("Police commandos deployed in Panama City seized an arms dealer on Tuesday.", "seized",
     "Panama"),
])
def test_seat_and_owner_places_kept(text: str, trigger: str, kept: str) -> None:
    event, names = _parties(text, trigger)
    assert RULE not in event["rule"]
    assert any(kept in n for n in names)
