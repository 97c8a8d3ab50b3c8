"""Print how the actor stage scores on the actor case sets, dev and test side by side.

    python scripts/score_actors.py [--misses]

``--misses`` lists the dev cases it gets wrong (never the test cases: rules are written
against dev only; test figures are printed as aggregates).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from dateline.actor_cases import load_cases, score_descriptions, score_identity

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = {"actor_descriptions": score_descriptions, "news_descriptions": score_descriptions,
        "news_identity": score_identity}


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list dev misses")
    parser.add_argument("--only", choices=sorted(SETS), help="one case set")
    args = parser.parse_args()
    for name, scorer in SETS.items():
        if args.only and name != args.only:
            continue
        for part in ("dev", "test"):
            cases = load_cases(DATA / name / f"{part}.yaml")
            score = scorer(cases)
            rates = {k: round(v, 3) for k, v in score.rates().items()}
            print(f"{name} {part} ({len(cases)} cases): {json.dumps(rates)}")
            if args.misses and part == "dev":
                for miss in score.misses:
                    print("   ", json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main()
