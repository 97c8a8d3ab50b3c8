"""Score exchange threads against the thread test set (``tests/data/threads``, issue 18).

Each exchange file holds 3-4 articles and one gold thread of ordered steps. All exchanges of a
part and its negative articles are extracted and linked as one corpus (so that threads of
different exchanges, and negatives, can wrongly join). Per gold thread, the predicted corpus
thread with the most matching steps is its counterpart:
- a predicted step matches a gold step when it comes from the same article, has the same role,
  and one of its evidence spans overlaps an occurrence of the gold trigger (alternatives `a|b`);
- step recall = matched gold steps / gold steps; step precision = matched predicted steps /
  predicted steps of the counterpart threads;
- order = share of consecutive matched gold steps whose predicted steps come in the same order;
- leaks = steps from negative articles inside any counterpart thread (must be 0).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.exchanges import CorpusStep, CorpusThread, link_threads
from dateline.record import Record
from dateline.yamlio import safe_load


@dataclass
class ThreadScore:
    gold_steps: int = 0
    found_steps: int = 0
    predicted_steps: int = 0
    matched_predicted: int = 0
    ordered_pairs: int = 0
    pairs: int = 0
    leaks: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found_steps / self.gold_steps if self.gold_steps else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted_steps if self.predicted_steps else 1.0

    @property
    def order(self) -> float:
        return self.ordered_pairs / self.pairs if self.pairs else 1.0


def load_part(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The exchanges and the negative articles of one part (``dev`` or ``test``)."""
    exchanges = [safe_load(p.read_text(encoding="utf-8"))
                 for p in sorted(folder.glob("exchange_*.yaml"))]
    negatives_file = folder / "negatives.yaml"
    negatives = (safe_load(negatives_file.read_text(encoding="utf-8"))["articles"]
                 if negatives_file.exists() else [])
    return exchanges, negatives


def articles_of(exchanges: list[dict[str, Any]],
                negatives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for x in exchanges for a in x["articles"]] + negatives


def score_part(exchanges: list[dict[str, Any]], negatives: list[dict[str, Any]],
               records: Iterable[Record]) -> ThreadScore:
    """Score one part, given the records of all its articles (``source.id`` = article id)."""
    records = list(records)
    by_record = {r.id: r for r in records}
    article_of = {r.id: r.source.id or "" for r in records}
    negative_ids = {a["id"] for a in negatives}
    threads = link_threads(records)
    score = ThreadScore()
    for exchange in exchanges:
        for gold in exchange["threads"]:
            _score_thread(gold, threads, by_record, article_of, negative_ids, score)
    return score


def _score_thread(gold: dict[str, Any], threads: list[CorpusThread], records: dict[str, Record],
                  article_of: dict[str, str], negatives: set[str], score: ThreadScore) -> None:
    def matches(step: CorpusStep, wanted: dict[str, Any]) -> bool:
        return (article_of.get(step.article) == wanted["article"]
                and step.step.role == wanted["role"]
                and _trigger_overlaps(step, wanted["trigger"], records[step.article]))

    best = max(threads, key=lambda t: sum(any(matches(s, g) for s in t.steps)
                                          for g in gold["steps"]), default=None)
    score.gold_steps += len(gold["steps"])
    if best is None:
        score.misses += [f"{g['article']} {g['role']} {g['trigger']}" for g in gold["steps"]]
        return
    ordered = best.ordered()
    positions: list[int | None] = []
    for wanted in gold["steps"]:
        hit = next((i for i, s in enumerate(ordered) if matches(s, wanted)), None)
        positions.append(hit)
        if hit is None:
            score.misses.append(f"{wanted['article']} {wanted['role']} {wanted['trigger']}")
    score.found_steps += sum(p is not None for p in positions)
    score.predicted_steps += len(best.steps)
    score.matched_predicted += sum(any(matches(s, g) for g in gold["steps"]) for s in best.steps)
    found = [p for p in positions if p is not None]
    score.pairs += max(0, len(found) - 1)
    score.ordered_pairs += sum(a <= b for a, b in itertools.pairwise(found))
    score.leaks += sum(article_of.get(s.article) in negatives for s in best.steps)


def _trigger_overlaps(step: CorpusStep, trigger: str, record: Record) -> bool:
    for alternative in trigger.split("|"):
        start = record.text.find(alternative)
        while start >= 0:
            end = start + len(alternative)
            if any(span.start < end and start < span.end for span in step.step.evidence):
                return True
            start = record.text.find(alternative, start + 1)
    return False
