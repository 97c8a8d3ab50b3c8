"""Score the event stage on annotated case sets and on the synthetic stories (issue 11).

Case sets are YAML lists in the format of ``tests/data/event_cases/dev.yaml``: per case ``id``,
``text``, ``document_date`` and gold ``events`` (type, source/target codes, modality, trigger,
date). Every set is run through the pipeline in one ``extract_many`` (``nlp.pipe``) pass.

Figures, over the gold events and the predicted events of a set:

* ``type_recall``: gold events with a predicted event of the same type in their case;
* ``type_precision``: predicted events whose type is one of their case's gold types;
* ``fully_correct``: gold events matched in type, actors' countries, modality and date;
* ``spurious``: predicted events whose type their case does not hold (1 - type precision);
* ``surplus``: predicted events of a type their case holds beyond the number of gold events of
  that type there: second copies of one act, which ``type_precision`` counts as right (so a rule
  that folds a copy lowers it) and a coder counts as no event;
* ``no_event``: predicted events in cases that hold no event at all;
* ``source``, ``target``, ``date``, ``modality``: per field, the share of gold events found with
  their type whose best same-type prediction (the one with most fields right) has that field
  right, judged as ``fully_correct`` judges it.

Synthetic stories (``data/synthetic_stories/*.jsonl``): the story's labelled type should be among
the events of its first paragraph; ``story_recall`` gives that share per label and overall.

``min_confidence`` is passed to ``extract_many``: None scores dateline's default output (events
below ``confidence.DEFAULT_MIN_CONFIDENCE`` withheld), 0 every event the rules found.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.evaluate import _codes as codes
from dateline.evaluate import _date_matches as date_matches
from dateline.evaluate import event_matches
from dateline.ingest.readers import Article
from dateline.record import Event, Record, Source
from dateline.yamlio import safe_load

__all__ = ["CaseScore", "StoryScore", "first_paragraph", "load_cases", "load_stories",
           "score_cases", "score_stories", "surplus"]

#: The anchor date of the synthetic stories, which carry none (as in tests/data/news_events).
STORY_DATE = "2023-06-15"


@dataclass
class CaseScore:
    gold: int = 0
    predicted: int = 0
    typed: int = 0
    correct: int = 0
    right_type: int = 0
    no_event: int = 0
    surplus: int = 0
    fields: Counter[str] = field(default_factory=Counter)

    def figures(self) -> dict[str, float]:
        return {
            "type_recall": _share(self.typed, self.gold),
            "type_precision": _share(self.right_type, self.predicted),
            "fully_correct": _share(self.correct, self.gold),
            "spurious": _share(self.predicted - self.right_type, self.predicted),
            "no_event": _share(self.no_event, self.predicted),
            "surplus": _share(self.surplus, self.predicted),
            **{name: _share(self.fields[name], self.typed) for name in FIELDS},
        }


@dataclass
class StoryScore:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    predicted: int = 0

    def recall(self) -> dict[str, float]:
        by_type = {t: _share(self.found[t], n) for t, n in sorted(self.total.items())}
        by_type["ALL"] = _share(sum(self.found.values()), sum(self.total.values()))
        return by_type


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(cases, list)
    return cases


def load_stories(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def first_paragraph(text: str) -> str:
    return next((p.strip() for p in text.split("\n\n") if p.strip()), "")


def _records(items: Iterable[tuple[str, str | None]],
             min_confidence: float | None) -> list[Record | None]:
    """One record per text, in order; ``None`` where the text was refused (no events)."""
    from dateline.pipeline import extract_many

    articles = [Article(text=text, source=Source(), published=date) for text, date in items]
    return [r if isinstance(r, Record) else None
            for r in extract_many(articles, min_confidence=min_confidence)]


def _strict(record: Record, event: Event, gold: dict[str, Any]) -> bool:
    """Type, actor countries, modality and date; a gold date of null accepts an event dated by
    the narrative or the document date, not one dated by an explicit expression of its own."""
    as_gold = {**gold, "type": [gold["type"]]}
    if gold.get("date") is None:
        as_gold["date"] = None
        if event.date.basis == "narrative":
            as_gold["date"] = event.date.value
    return event_matches(record, event, as_gold)


#: The fields judged apart for gold events found with their type.
FIELDS = ("source", "target", "date", "modality")


def field_hits(record: Record, event: Event, gold: dict[str, Any]) -> dict[str, bool]:
    """Which of an event's fields match a gold event of its type, as ``_strict`` judges them."""
    gold_date = gold.get("date")
    if gold_date is None and event.date.basis == "narrative":
        gold_date = event.date.value
    return {
        "source": not gold.get("source") or bool(codes(record, event.source) & set(gold["source"])),
        "target": not gold.get("target") or bool(codes(record, event.target) & set(gold["target"])),
        "date": date_matches(event, gold_date),
        "modality": event.modality == gold.get("modality", "asserted"),
    }


def _field_counts(record: Record, golds: list[dict[str, Any]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for gold in golds:
        hits = [field_hits(record, e, gold) for e in record.events if e.type == gold["type"]]
        if hits:
            best = max(hits, key=lambda h: sum(h.values()))
            counts.update(name for name, ok in best.items() if ok)
    return counts


def score_cases(cases: list[dict[str, Any]], min_confidence: float | None = None) -> CaseScore:
    records = _records(((c["text"], str(c.get("document_date"))) for c in cases), min_confidence)
    score = CaseScore()
    for case, record in zip(cases, records, strict=True):
        assert record is not None, f"case {case['id']} was refused"
        golds = case["events"]
        types = {g["type"] for g in golds}
        score.gold += len(golds)
        score.predicted += len(record.events)
        score.right_type += sum(e.type in types for e in record.events)
        score.no_event += len(record.events) if not golds else 0
        score.surplus += surplus(Counter(e.type for e in record.events),
                                 Counter(g["type"] for g in golds))
        score.typed += sum(any(e.type == g["type"] for e in record.events) for g in golds)
        score.correct += sum(any(_strict(record, e, g) for e in record.events) for g in golds)
        score.fields.update(_field_counts(record, golds))
    return score


def surplus(predicted: Counter[str], gold: Counter[str]) -> int:
    """Predicted events of a gold type beyond that type's gold count: copies of one act."""
    return sum(max(0, n - gold[kind]) for kind, n in predicted.items() if kind in gold)


def score_stories(stories: list[dict[str, Any]], min_confidence: float | None = None
                  ) -> StoryScore:
    records = _records(((first_paragraph(s["text"]), STORY_DATE) for s in stories),
                       min_confidence)
    score = StoryScore()
    for story, record in zip(stories, records, strict=True):
        label = story["label"]
        score.total[label] += 1
        events = record.events if record is not None else []
        score.predicted += len(events)
        score.found[label] += any(e.type == label for e in events)
    return score
