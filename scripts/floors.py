"""Show the scored gate against ../shared/eval (or $DATELINE_SHARED/eval), and raise the pinned
floors to today's scores.

    python scripts/floors.py            # compare scores with floors
    python scripts/floors.py --raise    # raise floors that today's scores beat (never lowers)
    python scripts/floors.py --raise --allow-lower   # also lower: say why in the commit
"""

from __future__ import annotations

import argparse
import json
import math
import os
from pathlib import Path

from dateline.evaluate import evaluate_paths

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "floors.json"
#: ../shared/eval beside the checkout, or $DATELINE_SHARED/eval (as the tests read it): a git
#: worktree elsewhere has no ../shared.
EVAL = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared")) / "eval"


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raise", dest="raise_", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args()
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    report = evaluate_paths([str(EVAL / "seed.gold.json"), str(EVAL / "meantime" / "docs.jsonl")])
    for kind, metrics in data["floors"].items():
        for metric, floor in metrics.items():
            score = math.floor(getattr(report.scores[kind], metric) * 100) / 100
            mark = "ok" if score >= floor else "BELOW"
            print(f"{kind:<32} {metric:<10} floor {floor:.2f} score {score:.2f} {mark}")
            if args.raise_ and (score > floor or args.allow_lower):
                metrics[metric] = score
    if args.raise_:
        FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
