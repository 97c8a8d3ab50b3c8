"""Score the place case set (issue 16) and pin its floors on the test part.

    python scripts/score_places.py              # dev and test figures side by side
    python scripts/score_places.py --errors     # and what went wrong on dev (never on test)
    python scripts/score_places.py --raise      # raise test floors that today's scores beat

Floors only go up: this script never lowers one. Rules are written against dev.yaml only.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import yaml

from dateline.pipeline import PipelineConfig, load_pipeline
from dateline.place_cases import score

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "places"
FLOORS = CASES / "floors.json"


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="print dev errors")
    parser.add_argument("--raise", dest="raise_", action="store_true")
    args = parser.parse_args()
    nlp = load_pipeline(PipelineConfig())
    results = {part: score(nlp, yaml.safe_load((CASES / f"{part}.yaml").read_text("utf-8")))
               for part in ("dev", "test")}
    summaries = {part: r.summary() for part, r in results.items()}
    counts = {part: r.counts() for part, r in results.items()}
    print(f"{'figure':16} {'dev':>16} {'test':>16}")
    for name, value in summaries["dev"].items():
        print(f"{name:16} {value:6.3f} {counts['dev'][name]:>9} "
              f"{summaries['test'][name]:6.3f} {counts['test'][name]:>9}")
    if args.errors:
        for case_id, errors in results["dev"].errors.items():
            print(case_id, *errors, sep="\n    ")
    if args.raise_:
        data = json.loads(FLOORS.read_text("utf-8"))
        for name, floor in data["floors"].items():
            data["floors"][name] = max(floor, int(summaries["test"][name] * 1000) / 1000)
        FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print("floors:", data["floors"])


if __name__ == "__main__":
    main()
