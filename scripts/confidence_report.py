"""Measure the event-confidence model on judged rounds it was not trained on.

For the judged events of the given rounds (default 63: the first blind round on heldout_news9,
never trained on), prints how well ``confidence`` ranks events a coder accepts in all six fields
(AUC), how close it is to the share accepted (calibration by band), and for each threshold the
share of events kept and the share of kept events right per field.

usage: python scripts/confidence_report.py [--rounds 63-63] [--thresholds 0.3,0.4,0.5,0.6]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_confidence import auc, judged_rows

from dateline.confidence import EventView, event_confidence

FIELDS = ("event", "type", "source", "target", "date", "modality", "all")
BANDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", default="63-63")
    parser.add_argument("--thresholds", default="0.3,0.35,0.4,0.45,0.5,0.6")
    args = parser.parse_args()
    first, last = (int(n) for n in args.rounds.split("-"))
    rows = judged_rows(first, last)
    scores = np.array([event_confidence(EventView.of_judged(row)) for row in rows])
    right = {f: np.array([float(row["verdict"][f]) for row in rows]) for f in FIELDS}
    print(f"rounds {args.rounds}: {len(rows)} judged events, all six right "
          f"{right['all'].mean():.3f}, AUC of confidence for all six right "
          f"{auc(scores, right['all']):.3f}")
    print("\nband          events  mean confidence  all right")
    for low, high in itertools.pairwise(BANDS):
        inside = (scores >= low) & (scores < high)
        if inside.any():
            print(f"[{low:.2f}, {min(high, 1):.2f})  {inside.sum():6}  "
                  f"{scores[inside].mean():15.3f}  {right['all'][inside].mean():9.3f}")
    print("\nconfidence >=  kept  " + "  ".join(f"{f:>8}" for f in FIELDS))
    for threshold in [0.0, *map(float, args.thresholds.split(","))]:
        kept = scores >= threshold
        shares = "  ".join(f"{right[f][kept].mean():8.3f}" for f in FIELDS)
        print(f"{threshold:13.2f}  {kept.mean():4.2f}  {shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
