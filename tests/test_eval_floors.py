"""The scored gate: extraction against the shared evaluation data, with floors that only go up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate import Report, evaluate_paths

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))["floors"]


@pytest.fixture(scope="module")
def report(nlp, shared: Path) -> Report:  # type: ignore[no-untyped-def]
    eval_dir = shared / "eval"
    return evaluate_paths([str(eval_dir / "seed.gold.json"),
                           str(eval_dir / "meantime" / "docs.jsonl")])


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_floor(report: Report, kind: str) -> None:
    score = report.scores[kind]
    for metric, floor in FLOORS[kind].items():
        assert getattr(score, metric) >= floor, f"{kind} {metric} {getattr(score, metric):.3f}"


def test_seed_document_date(report: Report) -> None:
    assert report.checks["seed-000 document_date"].endswith("ok")
