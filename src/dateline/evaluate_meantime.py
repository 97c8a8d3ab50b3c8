"""Scoring against MEANTIME-style JSONL gold (time expressions with TIMEX3 values, entity
mentions), as ``dateline eval`` does for such files.

Gold offsets are in the source text; the record's are in the cleaned text, so every predicted
span is mapped back through the cleaner's ``origin`` first. Apart from ``evaluate.py`` because
this format shares nothing with ``dateline-gold/1`` but the ``Report`` it adds to.
"""

from __future__ import annotations

from typing import Any

from dateline.evaluate_report import Report, Score
from dateline.ingest.clean import clean
from dateline.pipeline import extract_many
from dateline.record import Record


def score_meantime(docs: list[dict[str, Any]], report: Report, model: str) -> None:
    from dateline.ingest.readers import Article
    from dateline.record import Source

    articles = [Article(text=d["text"], source=Source(id=d["doc_id"]), published=d["dct"])
                for d in docs]
    for doc, record in zip(docs, extract_many(articles, model=model), strict=True):
        report.articles += 1
        if not isinstance(record, Record):
            report.checks[f"meantime {doc['doc_id']}"] = f"error: {record.message}"
            continue
        origin = clean(doc["text"]).origin
        _score_meantime_times(doc, record, origin, report)
        _score_meantime_entities(doc, record, origin, report)


def _to_source(origin: list[int], start: int, end: int) -> tuple[int, int]:
    return origin[start], origin[end - 1] + 1


def _score_meantime_times(doc: dict[str, Any], record: Record, origin: list[int],
                          report: Report) -> None:
    limit = doc["annotated_end"]
    creation = [t for t in doc["timexes"] if t.get("function") == "CREATION_TIME"]
    golds = [t for t in doc["timexes"]
             if t["end"] <= limit and t.get("function") != "CREATION_TIME"
             and not t.get("value_quirk")]
    predicted = []
    for time in record.times:
        start, end = _to_source(origin, time.start, time.end)
        overlaps_creation = any(start < c["end"] and c["start"] < end for c in creation)
        if end <= limit and not overlaps_creation:
            predicted.append((start, end, time))
    for kind in ("span", "value"):
        for type_ in ("ALL", "DATE", "TIME", "DURATION", "SET"):
            score = report.score(f"meantime time {kind} {type_}")
            score.add(_timex_score(golds, predicted, kind, type_))


def _timex_score(golds: list[dict[str, Any]], predicted: list[tuple[int, int, Any]], kind: str,
                 type_: str) -> Score:
    def ok(gold: dict[str, Any], pred: tuple[int, int, Any]) -> bool:
        if not (pred[0] < gold["end"] and gold["start"] < pred[1]):
            return False
        return kind == "span" or pred[2].value == gold["value"]

    gold_subset = [g for g in golds if type_ in ("ALL", g["type"])]
    pred_subset = [p for p in predicted if type_ in ("ALL", p[2].type)]
    found = sum(any(ok(g, p) for p in predicted) for g in gold_subset)
    hits = sum(any(ok(g, p) for g in golds) for p in pred_subset)
    return Score(hits, len(pred_subset), found, len(gold_subset))


def _score_meantime_entities(doc: dict[str, Any], record: Record, origin: list[int],
                             report: Report) -> None:
    limit = doc["annotated_end"]
    mentions = []
    named_items: list[tuple[str, list[Any]]] = [(a.id, a.mentions) for a in record.actors]
    named_items += [(p.id, p.mentions) for p in record.places]  # a place named is found too
    for item_id, item_mentions in named_items:
        for m in item_mentions:
            start, end = _to_source(origin, m.start, m.end)
            mentions.append((start, end, item_id))
    named = [e for e in doc["entities"]
             if e["end"] <= limit and e.get("type") in {"PER", "ORG", "LOC"}
             and any(w[:1].isupper() for w in e["text"].split())]
    found = sum(any(s < e["end"] and e["start"] < t for s, t, _ in mentions) for e in named)
    report.score("meantime named mentions").add(Score(0, 0, found, len(named)))
    _score_meantime_references(doc, named, mentions, report)


def _score_meantime_references(doc: dict[str, Any], named: list[dict[str, Any]],
                               mentions: list[tuple[int, int, str]], report: Report) -> None:
    """Pronoun and description mentions MEANTIME links to a named instance: resolved right?"""
    limit = doc["annotated_end"]
    by_instance: dict[str, list[dict[str, Any]]] = {}
    for e in named:
        by_instance.setdefault(e.get("instance") or "", []).append(e)
    refs = [e for e in doc["entities"] if e["end"] <= limit
            and e.get("syntactic_type") in {"PRO", "NOM"} and by_instance.get(e.get("instance"))]
    right = 0
    for ref in refs:
        actors = {a for s, t, a in mentions if s < ref["end"] and ref["start"] < t}
        named_actors = {a for e in by_instance[ref["instance"]]
                        for s, t, a in mentions if s < e["end"] and e["start"] < t}
        right += bool(actors & named_actors)
    report.score("meantime references resolved").add(Score(0, 0, right, len(refs)))
