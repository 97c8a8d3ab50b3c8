"""Print the event stage's figures on every case set, dev and test side by side (issue 11).

    python scripts/score_events.py [--sets news_events,news_events_b,event_cases] [--stories]
                                   [--part dev] [--min-confidence 0]

By default it scores dateline's default output (events under confidence 0.3 withheld);
``--min-confidence 0`` scores every event the rules found.

Only aggregate figures are printed: test cases and their errors are never shown.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from dateline.event_scores import load_cases, load_stories, score_cases, score_stories

REPO = Path(__file__).resolve().parents[1]
CASE_SETS = ("news_events", "news_events_b", "event_cases")


def print_cases(name: str, parts: list[str], min_confidence: float | None) -> None:
    for part in parts:
        score = score_cases(load_cases(REPO / "tests" / "data" / name / f"{part}.yaml"),
                            min_confidence)
        figures = "  ".join(f"{k} {v:.3f}" for k, v in score.figures().items())
        print(f"{name:13} {part:4} gold {score.gold:3} predicted {score.predicted:3}  {figures}")


def print_stories(parts: list[str], min_confidence: float | None) -> None:
    results = {}
    for part in parts:
        stories = load_stories(REPO / "data" / "synthetic_stories" / f"{part}.jsonl")
        score = score_stories(stories, min_confidence)
        results[part] = score.recall()
        print(f"stories {part}: {sum(score.total.values())} first paragraphs, "
              f"{score.predicted} events predicted")
    print("story recall by type  " + "  ".join(f"{p:>5}" for p in parts))
    for label in results[parts[0]]:
        print(f"  {label:10}          " + "  ".join(f"{results[p][label]:.3f}" for p in parts))


def main() -> None:
    # A measurement must not depend on how loaded the machine is: no per-article time budget.
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(CASE_SETS))
    parser.add_argument("--stories", action="store_true", help="also score the synthetic stories")
    parser.add_argument("--part", choices=["dev", "test"], help="one part only")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="withhold events under this (default: dateline's default)")
    args = parser.parse_args()
    parts = [args.part] if args.part else ["dev", "test"]
    for name in filter(None, args.sets.split(",")):
        print_cases(name, parts, args.min_confidence)
    if args.stories:
        print_stories(parts, args.min_confidence)


if __name__ == "__main__":
    main()
