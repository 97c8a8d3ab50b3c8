"""The counts every gold scorer adds to: ``Score`` (precision and recall counts), ``Report``
(scores by kind, and checks), and the table ``dateline eval`` prints.

Kept apart from the scorers (``evaluate.py`` for ``dateline-gold/1``, ``evaluate_meantime.py``,
``evaluate_attribution.py``) so that ``evaluate_meantime.py``, which ``evaluate.py`` calls, can
add to them without importing ``evaluate.py`` back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Score:
    """Precision counts predicted items that match; recall counts gold items that are found."""

    matched_predicted: int = 0
    predicted: int = 0
    matched_gold: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.matched_predicted += other.matched_predicted
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.predicted, "gold": self.gold,
                "matched_predicted": self.matched_predicted, "matched_gold": self.matched_gold}


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    checks: dict[str, str] = field(default_factory=dict)
    articles: int = 0

    def score(self, kind: str) -> Score:
        return self.scores.setdefault(kind, Score())

    def to_dict(self) -> dict[str, Any]:
        return {"articles": self.articles,
                "scores": {k: v.to_dict() for k, v in sorted(self.scores.items())},
                "checks": self.checks}


def format_table(report: Report) -> str:
    lines = [f"{'kind':<28} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}"]
    for kind, s in sorted(report.scores.items()):
        lines.append(f"{kind:<28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.predicted:6d} {s.gold:6d}")
    for name, value in sorted(report.checks.items()):
        lines.append(f"check {name}: {value}")
    lines.append(f"articles: {report.articles}")
    return "\n".join(lines)
