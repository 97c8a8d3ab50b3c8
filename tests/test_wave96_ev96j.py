"""Wave 96 (ev96j): a vow of resolve whose act the coders name is typed as that act
(events.frame.vow-retyped.v2) instead of being dropped (wave 94's events.frame.vow-resolve.v1)."""

from __future__ import annotations

import pytest

import dateline

RULE = "events.frame.vow-retyped.v2"


def _vows(text: str) -> list[tuple[str, str, str]]:
    rec = dateline.extract(text, date="2022-03-09", min_confidence=0)
    return [(e.type, e.modality, e.rule) for e in rec.events
            if rec.text[e.trigger.start:e.trigger.end].lower().startswith("vow")]


@pytest.mark.parametrize("text, kind, modality", [
    ("The farmers' union vowed to boycott the regional poll.", "PROTEST", "future"),
    ("Nurses vowed to continue their demonstrations in the province.", "PROTEST", "future"),
    ("The insurgents vowed to push on to Mosul.", "THREATEN", "asserted"),
])
def test_vow_typed_as_its_act(text: str, kind: str, modality: str) -> None:
    vows = _vows(text)
    assert len(vows) == 1
    assert vows[0][0] == kind and vows[0][1] == modality and RULE in vows[0][2]


@pytest.mark.parametrize("text", [
    "The ousted leader vowed to return to power.",         # ambition: still no event
    "The strikers regrouped at the depot, vowing to continue.",  # no act named
    "The cabinet vowed to press on with its reforms.",      # no place advanced on
    "The coach vowed to take the matter up with the league.",  # no court
])
def test_near_misses_stay_dropped(text: str) -> None:
    assert _vows(text) == []
