"""Train the event-confidence model from the blind coders' verdicts (dateline.confidence).

Reads the judged events of ``docs/judged/roundNN/events-?.jsonl`` for the training rounds (41-62:
every round on a held-out set no rule writer had read when it was judged; 63 and later are kept
out to measure the model), labels each with the coder's verdict on all six fields, and fits an
L2-regularised logistic regression by Newton's method (deterministic: no sampling, fixed order).
Writes ``src/dateline/lexicon/confidence/model.json``.

usage: python scripts/train_confidence.py [--rounds 41-62] [--check] [--by-set]
  --check   retrain and exit 1 if the weights differ from the committed model (beyond 1e-3)
  --by-set  also print the area under the ROC curve with each held-out set left out in turn, and
            what each threshold keeps of those left-out events (how DEFAULT_MIN_CONFIDENCE,
            0.30, was chosen: the lowest threshold of 0.20, 0.25, ... whose kept events are over
            half all right, pooled, 0.527)
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from dateline.confidence import EventView, features

REPO = Path(__file__).resolve().parents[1]
JUDGED = REPO / "docs" / "judged"
MODEL = REPO / "src" / "dateline" / "lexicon" / "confidence" / "model.json"
L2 = 10.0  # chosen by leaving one held-out set out at a time (1, 3, 10, 30: 10 ranked best)
MIN_COUNT = 3  # a feature seen in fewer training events gets no weight
NEWTON_STEPS = 10  # converged: 8 steps already agree with 25 to 1e-4
DECIMALS = 4
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def judged_rows(first: int, last: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number in range(first, last + 1):
        for path in sorted(glob.glob(str(JUDGED / f"round{number}" / "events-[a-z].jsonl"))):
            with open(path, encoding="utf-8") as handle:
                rows += [dict(json.loads(line), round=number) for line in handle]
    return rows


def round_spans(text: str) -> list[tuple[int, int]]:
    """"41-62,65-156" -> [(41, 62), (65, 156)]."""
    spans = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        spans.append((int(first), int(last or first)))
    return spans


def design(rows: list[dict[str, Any]], vocab: dict[str, int] | None = None
           ) -> tuple[np.ndarray, dict[str, int]]:
    names = [features(EventView.of_judged(row)) for row in rows]
    if vocab is None:
        counts = collections.Counter(n for event in names for n in event)
        vocab = {n: i for i, n in enumerate(sorted(n for n, c in counts.items()
                                                   if c >= MIN_COUNT))}
    matrix = np.zeros((len(rows), len(vocab)))
    for i, event in enumerate(names):
        for name in event:
            if name in vocab:
                matrix[i, vocab[name]] = 1.0
    return matrix, vocab


def fit(matrix: np.ndarray, labels: np.ndarray, bias: int) -> np.ndarray:
    weights = np.zeros(matrix.shape[1])
    penalty = np.full(matrix.shape[1], L2)
    penalty[bias] = 0.0  # the base rate is not shrunk
    pairs = _active_pairs(matrix)
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-matrix @ weights))
        gradient = matrix.T @ (p - labels) + penalty * weights
        hessian = _hessian(pairs, p * (1 - p), matrix.shape[1]) + np.diag(penalty)
        weights -= np.linalg.solve(hessian, gradient)
    return weights


def _active_pairs(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every event, each (row-major) cell of the Hessian its active features add to, and
    the event each cell comes from: an event has some 30 of the thousands of features, so the
    Hessian is summed over these cells rather than multiplied out densely (the same matrix, in
    seconds instead of minutes on 25,000 events)."""
    width = matrix.shape[1]
    cells, owners = [], []
    for row, values in enumerate(matrix):
        active = np.flatnonzero(values)
        cells.append((active[:, None] * width + active[None, :]).ravel())
        owners.append(np.full(len(active) ** 2, row))
    return np.concatenate(cells), np.concatenate(owners)


def _hessian(pairs: tuple[np.ndarray, np.ndarray], weights: np.ndarray,
             width: int) -> np.ndarray:
    cells, owners = pairs
    summed = np.bincount(cells, weights=weights[owners], minlength=width * width)
    return summed.reshape(width, width)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The chance that a right event outranks a wrong one (ties count half)."""
    right, wrong = scores[labels == 1], scores[labels == 0]
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def train(rows: list[dict[str, Any]]) -> dict[str, float]:
    matrix, vocab = design(rows)
    labels = np.array([float(row["verdict"]["all"]) for row in rows])
    weights = fit(matrix, labels, vocab["bias"])
    return {name: round(float(weights[i]), DECIMALS) for name, i in vocab.items()
            if round(float(weights[i]), DECIMALS) != 0.0}


def by_set(rows: list[dict[str, Any]]) -> None:
    """Leave each held-out set out in turn: train on the others, rank its events."""
    scores = np.zeros(len(rows))
    labels = np.array([float(row["verdict"]["all"]) for row in rows])
    for name in sorted({row["corpus"] for row in rows}):
        inside = [i for i, row in enumerate(rows) if row["corpus"] != name]
        out = [i for i, row in enumerate(rows) if row["corpus"] == name]
        matrix, vocab = design([rows[i] for i in inside])
        weights = fit(matrix, labels[inside], vocab["bias"])
        held, _ = design([rows[i] for i in out], vocab)
        scores[out] = held @ weights
        print(f"{name:14} {len(out):5} events  all right {labels[out].mean():.3f}  "
              f"AUC {auc(scores[out], labels[out]):.3f}")
    print(f"{'pooled':14} {len(rows):5} events  all right {labels.mean():.3f}  "
          f"AUC {auc(scores, labels):.3f}")
    probabilities = 1.0 / (1.0 + np.exp(-scores))
    for threshold in THRESHOLDS:
        kept = probabilities >= threshold
        print(f"left out, confidence >= {threshold:.2f}: kept {kept.mean():.3f}  all right "
              f"{labels[kept].mean():.3f}  right events withheld {int(labels[~kept].sum())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", default="41-62")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--by-set", action="store_true")
    args = parser.parse_args()
    rows = [row for first, last in round_spans(args.rounds) for row in judged_rows(first, last)]
    if args.by_set:
        by_set(rows)
    weights = train(rows)
    model = {"about": "dateline.confidence: the chance a coder accepts all six fields of an event",
             "trained_by": "scripts/train_confidence.py", "rounds": args.rounds,
             "events": len(rows), "all_right": sum(r["verdict"]["all"] for r in rows),
             "l2": L2, "min_count": MIN_COUNT, "weights": dict(sorted(weights.items()))}
    if args.check:
        return _differs(model)
    MODEL.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(REPO)}: {len(weights)} weights from {len(rows)} events")
    return 0


def _differs(model: dict[str, Any]) -> int:
    committed = json.loads(MODEL.read_text(encoding="utf-8"))
    names = set(committed["weights"]) | set(model["weights"])
    gaps = {n: (committed["weights"].get(n, 0.0), model["weights"].get(n, 0.0)) for n in names}
    off = {n: pair for n, pair in gaps.items() if abs(pair[0] - pair[1]) > 1e-3}
    print(f"{len(off)} of {len(names)} weights differ from the committed model by more than 1e-3")
    return 1 if off else 0


if __name__ == "__main__":
    sys.exit(main())
