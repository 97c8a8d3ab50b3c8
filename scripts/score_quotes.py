"""Score quote attribution on the annotated case sets; print dev and test side by side.

    python scripts/score_quotes.py                 # figures for every set, dev and test
    python scripts/score_quotes.py --errors news_quotes   # dev cases that are not fully right
    python scripts/score_quotes.py --raise         # raise floors in tests/quote_floors.json
    python scripts/score_quotes.py --raise --allow-lower   # also lower: say why in the commit

Only aggregate figures are ever printed for a test part; errors are listed for dev parts only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
from pathlib import Path
from typing import Any

import yaml

from dateline.evaluate_attribution import (
    AttributionReport,
    add_attribution_case,
    score_attribution_cases,
)

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "quote_floors.json"
SETS = ("news_quotes", "quote_cases")


def load(name: str, part: str) -> list[dict[str, Any]]:
    path = ROOT / "tests" / "data" / name / f"{part}.yaml"
    cases: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


def print_errors(name: str) -> None:
    from dateline.evaluate_attribution import _case_articles
    from dateline.pipeline import extract_many
    from dateline.record import Record

    cases = load(name, "dev")
    scratch = score_attribution_cases([])
    for case, record in zip(cases, extract_many(_case_articles(cases)), strict=True):
        if not isinstance(record, Record):
            print(f"{case['id']}: error {record.message}")
            continue
        for problem in add_attribution_case(scratch, record, case["quotes"]):
            print(f"{case['id']}: {problem}")


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", choices=SETS)
    parser.add_argument("--raise", dest="raise_", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args()
    if args.errors:
        print_errors(args.errors)
        return
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for name in SETS:
        reports: dict[str, AttributionReport] = {
            part: score_attribution_cases(load(name, part)) for part in ("dev", "test")}
        for part, report in reports.items():
            print(f"== {name} {part}\n{report.table()}")
        set_floors = floors["floors"].setdefault(name, {})
        for figure, score in reports["test"].figures().items():
            dev = reports["dev"].figures()[figure]
            today = math.floor(score * 100) / 100
            floor = set_floors.get(figure, 0.0)
            mark = "ok" if today >= floor else "BELOW"
            print(f"{name:<12} {figure:<16} dev {dev:.3f} test {score:.3f} floor {floor:.2f} "
                  f"{mark}")
            if args.raise_ and (today > floor or args.allow_lower):
                set_floors[figure] = today
    if args.raise_:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
