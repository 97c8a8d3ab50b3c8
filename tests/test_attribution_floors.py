"""Scored gate for quote attribution (issue 13): the test parts of the attribution case sets.

Floors live in tests/quote_floors.json and only go up (`python scripts/score_quotes.py --raise`).
The whole set is scored in one pipeline pass per part.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from dateline.evaluate_attribution import AttributionReport, score_attribution_cases

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((Path(__file__).parent / "quote_floors.json").read_text("utf-8"))["floors"]


def _test_part(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load((DATA / name / "test.yaml").read_text("utf-8"))
    return cases


@pytest.fixture(scope="module")
def reports(nlp) -> dict[str, AttributionReport]:  # type: ignore[no-untyped-def]
    return {name: score_attribution_cases(_test_part(name)) for name in FLOORS}


@pytest.mark.parametrize(("name", "figure"),
                         [(n, f) for n, figures in FLOORS.items() for f in figures])
def test_attribution_floor(reports: dict[str, AttributionReport], name: str,
                           figure: str) -> None:
    score = reports[name].figures()[figure]
    assert score >= FLOORS[name][figure], reports[name].table()
    assert reports[name].errors == 0, reports[name].table()


def test_issue_13_targets_are_pinned() -> None:
    floors = FLOORS["news_quotes"]
    assert {"exact source", "exact cue", "overlap content"} <= set(floors)
