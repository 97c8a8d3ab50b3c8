"""Wave 61, ev61b: a death or an injury whose cause is an accident is no ASSAULT.

- events.sense.accident-death.v1: the harm verb (kill, injure, wound, hurt, die, burn) takes a
  cause noun that is mostly an accident ("in a fire", "in a mishap", "during a drill") and has
  no agent and no active subject; fire that is shot or set ("rocket fire", "a fire set by
  rebels", "fire between the army and rebels") keeps its ASSAULT.
- events.sense.killed-when-fire.v1: "killed when a fire broke out": the fire is the cause.
- Near misses keep their ASSAULT: an agent, an active subject, an attack noun, a shoot-down.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"


def _events(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date=DATE, min_confidence=0).to_dict()["events"])


def _assaults(text: str) -> list[dict[str, Any]]:
    return [e for e in _events(text) if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Two dockworkers were killed in a fire at a grain store in Mombasa on Friday.",
    "Four sailors were injured in a mishap on board a frigate, the navy said.",
    "Two cadets died during a parachute drill near Tbilisi.",
    "Six traders were killed when a fire broke out at a market in Kumasi.",
    "Eleven miners were hurt when flames swept through the tunnel.",
    "Five workers were killed and dozens wounded on Monday when a fire broke out in Durres.",
])
def test_accident_death_is_no_assault(text: str) -> None:
    assert _assaults(text) == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two border guards were killed in mortar fire from across the frontier.", "killed"),
    ("Nine villagers were killed in a fire set by insurgents.", "killed"),
    ("Three farmers were killed in fire between the army and the rebels.", "killed"),
    ("Insurgents killed five villagers in a fire at the mosque.", "killed"),
    ("Militiamen killed three guards in an ambush near Goma.", "killed"),
    ("Rebels shot down an army helicopter, killing its two pilots.", "shot"),
])
def test_attacks_keep_assault(text: str, trigger: str) -> None:
    assert any(e["trigger"]["text"] == trigger for e in _assaults(text))
