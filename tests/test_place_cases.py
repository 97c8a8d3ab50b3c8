"""The place case set (issue 16) scored on its test part against pinned floors.

One ``nlp.pipe`` pass over the test cases; individual test cases are never printed. The dev
part is scored by ``scripts/score_places.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from dateline.place_cases import PlaceScores, occurrence, score

FOLDER = Path(__file__).parent / "data" / "places"
FLOORS = json.loads((FOLDER / "floors.json").read_text("utf-8"))["floors"]


@pytest.fixture(scope="module")
def test_scores(nlp: Any) -> PlaceScores:
    return score(nlp, yaml.safe_load((FOLDER / "test.yaml").read_text("utf-8")))


@pytest.mark.model
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_place_case_floor(test_scores: PlaceScores, figure: str) -> None:
    value = test_scores.summary()[figure]
    assert value >= FLOORS[figure], f"{figure}: {value} < floor {FLOORS[figure]}"


@pytest.mark.model
def test_event_location_target_is_met(test_scores: PlaceScores) -> None:
    """Issue 16: where the annotation gives a location, it is right for at least 80%."""
    assert test_scores.locations.share >= 0.80


def test_occurrence_counts_whole_words() -> None:
    text = "Georgian troops left Georgia; Georgia#2 is the second."
    assert occurrence(text, "Georgia") == (21, 28)
    assert occurrence(text, "Georgia#2") == (30, 37)
    assert occurrence(text, "Georgia#3") is None
