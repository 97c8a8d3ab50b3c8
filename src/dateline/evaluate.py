"""Score extraction against gold files.

Two gold formats: ``dateline-gold/1`` (one JSON object per article, see the shared eval README),
scored here, and MEANTIME-style JSONL (time expressions with TIMEX3 values, entity mentions),
scored by ``evaluate_meantime.py``. Both add to the ``Report`` of ``evaluate_report.py``
(re-exported here with ``Score`` and ``format_table``). The attribution case sets are scored by
``evaluate_attribution.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.evaluate_meantime import score_meantime
from dateline.evaluate_report import Report as Report
from dateline.evaluate_report import Score as Score
from dateline.evaluate_report import format_table as format_table
from dateline.pipeline import DEFAULT_MODEL, extract_many
from dateline.record import Actor, Event, Quote, Record

#: Sector codes that name the same thing in different codebooks.
SECTOR_ALIASES = {"MED": "JRN"}


def evaluate_paths(paths: Iterable[str], model: str = DEFAULT_MODEL) -> Report:
    report = Report()
    for raw in paths:
        path = Path(raw)
        golds = load_golds(path)
        seed_golds = [g for g in golds if g.get("format") == "dateline-gold/1"]
        meantime = [g for g in golds if "dct" in g and "timexes" in g]
        if seed_golds:
            score_dateline_golds(seed_golds, path, report, model)
        if meantime:
            score_meantime(meantime, report, model)
    return report


def load_golds(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]


# --- dateline-gold/1 ----------------------------------------------------------------------------


def score_dateline_golds(golds: list[dict[str, Any]], path: Path, report: Report,
                         model: str) -> None:
    texts = [_gold_text(g, path) for g in golds]
    records = extract_many(
        [_article(t, g) for t, g in zip(texts, golds, strict=True)], model=model
    )
    for gold, record in zip(golds, records, strict=True):
        report.articles += 1
        if not isinstance(record, Record):
            report.checks[str(gold["doc"].get("id"))] = f"error: {record.message}"
            continue
        score_record(record, gold, report)


def _gold_text(gold: dict[str, Any], path: Path) -> str:
    doc = gold["doc"]
    if "text" in doc:
        return str(doc["text"])
    return (path.parent / str(doc["file"])).read_text(encoding="utf-8")


def _article(text: str, gold: dict[str, Any]) -> Any:
    from dateline.ingest.readers import Article
    from dateline.record import Source

    return Article(text=text, source=Source(id=gold["doc"].get("id")),
                   published=gold["doc"].get("published"))


def score_record(record: Record, gold: dict[str, Any], report: Report) -> None:
    doc_id = str(gold["doc"].get("id"))
    expected = gold.get("document_date")
    report.checks[f"{doc_id} document_date"] = (
        f"{record.document_date} ({record.document_date_source}); gold {expected}: "
        + ("ok" if record.document_date == expected else "WRONG")
    )
    report.score("removed").add(_score_removed(record, gold))
    report.score("actors").add(_score_actors(record, gold))
    report.score("times").add(_score_times(record, gold))
    report.score("quotes").add(_score_quotes(record, gold))
    report.score("events").add(_score_events(record, gold))
    report.score("not-events").add(_score_not_events(record, gold))


def _score_removed(record: Record, gold: dict[str, Any]) -> Score:
    wanted = [("duplicate-paragraph", p) for p in gold.get("duplicate_paragraphs_removed", [])]
    wanted += [("timestamp-line", t) for t in gold.get("timestamp_lines", [])]
    found = [any(r.kind == kind and r.text.startswith(prefix) for r in record.removed)
             for kind, prefix in wanted]
    hits = sum(any(r.kind == k and r.text.startswith(p) for k, p in wanted) for r in record.removed)
    return Score(hits, len(record.removed), sum(found), len(wanted))


def names_match(predicted: str, gold: str) -> bool:
    a, b = predicted.lower().removeprefix("the "), gold.lower().removeprefix("the ")
    if a == b:
        return True
    a_last, b_last = a.split()[-1] if a else "", b.split()[-1] if b else ""
    return bool(a_last) and a_last == b_last and (len(a.split()) == 1 or len(b.split()) == 1)


def _sector_matches(predicted: str | None, gold: str | list[str] | None) -> bool:
    """A gold sector is a code or a list of the codes it accepts (``["MED", "JRN"]``)."""
    accepted = gold if isinstance(gold, list) else [gold] if gold else []
    if not accepted:
        return True
    canonical = {SECTOR_ALIASES.get(code, code) for code in accepted}
    return SECTOR_ALIASES.get(predicted or "", predicted) in canonical


def actor_matches(actor: Actor, gold: dict[str, Any]) -> bool:
    if not names_match(actor.name, gold["name"]):
        return False
    if actor.country != gold.get("country"):
        return False
    if not _sector_matches(actor.sector, gold.get("sector")):
        return False
    mention_texts = {m.text.lower() for m in actor.mentions}
    return all(form.lower() in mention_texts for form in gold.get("also", []))


def _names_optional(actor: Actor, gold: dict[str, Any]) -> bool:
    """A predicted actor named like an optional gold actor neither adds nor costs."""
    return any(names_match(actor.name, name) for name in [gold["name"], *gold.get("names_any", [])])


def _score_actors(record: Record, gold: dict[str, Any]) -> Score:
    required = [g for g in gold.get("actors", []) if not g.get("optional")]
    optional = [g for g in gold.get("actors", []) if g.get("optional")]
    found = sum(any(actor_matches(a, g) for a in record.actors) for g in required)
    counted = [a for a in record.actors
               if any(actor_matches(a, g) for g in required)
               or not any(_names_optional(a, g) for g in optional)]
    hits = sum(any(actor_matches(a, g) for g in required) for a in counted)
    return Score(hits, len(counted), found, len(required))


def _occurrence(text: str, needle: str, n: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(n):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start, start + len(needle)


def _score_times(record: Record, gold: dict[str, Any]) -> Score:
    golds = gold.get("timexes", [])

    def matches(time: Any, g: dict[str, Any]) -> bool:
        where = _occurrence(record.text, g["text"], g.get("occurrence", 1))
        if where is None or not (time.start < where[1] and where[0] < time.end):
            return False
        values = [g["value"], *g.get("value_any", [])]
        return time.value in values and ("mod" not in g or time.mod == g["mod"])

    found = sum(any(matches(t, g) for t in record.times) for g in golds)
    hits = sum(any(matches(t, g) for g in golds) for t in record.times)
    return Score(hits, len(record.times), found, len(golds))


def quote_matches(record: Record, quote: Quote, gold: dict[str, Any]) -> bool:
    if quote.kind != gold["kind"] or gold["contains"] not in quote.content.text:
        return False
    if quote.speaker is None:
        return False
    actor = record.actor(quote.speaker.actor)
    candidates = [quote.speaker.text] + ([actor.name] if actor else [])
    return any(names_match(name, gold["speaker"]) for name in candidates)


def _score_quotes(record: Record, gold: dict[str, Any]) -> Score:
    golds = gold.get("quotes", [])
    found = sum(any(quote_matches(record, q, g) for q in record.quotes) for g in golds)
    hits = sum(any(quote_matches(record, q, g) for g in golds) for q in record.quotes)
    return Score(hits, len(record.quotes), found, len(golds))


def _codes(record: Record, actor_ids: list[str]) -> set[str]:
    return {a.country for i in actor_ids if (a := record.actor(i)) and a.country}


def event_matches(record: Record, event: Event, gold: dict[str, Any]) -> bool:
    if event.type not in gold["type"] or event.modality != gold.get("modality", "asserted"):
        return False
    if gold.get("source") and not _codes(record, event.source) & set(gold["source"]):
        return False
    if gold.get("target") and not _codes(record, event.target) & set(gold["target"]):
        return False
    return _date_matches(event, gold.get("date"))


def _date_matches(event: Event, gold_date: str | None) -> bool:
    if gold_date is None:
        return event.date.value is None or event.date.basis in {"document_date", "unknown"}
    return event.date.value is not None and event.date.value.startswith(gold_date)


def _score_events(record: Record, gold: dict[str, Any]) -> Score:
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    optional = [g for g in gold.get("events", []) if g.get("optional")]
    found = sum(any(event_matches(record, e, g) for e in record.events) for g in required)
    counted = [e for e in record.events
               if not any(event_matches(record, e, g) for g in optional)
               or any(event_matches(record, e, g) for g in required)]
    hits = sum(any(event_matches(record, e, g) for g in required) for e in counted)
    return Score(hits, len(counted), found, len(required))


def _score_not_events(record: Record, gold: dict[str, Any]) -> Score:
    rules = gold.get("not_events", [])
    kept = sum(not _violates(record, rule) for rule in rules)
    return Score(kept, len(rules), kept, len(rules))


def _violates(record: Record, rule: dict[str, Any]) -> bool:
    if rule.get("from_paragraph_duplicate"):
        return not _no_duplicates(record)
    for event in record.events:
        if rule["type"] not in ("*", event.type) or event.modality != rule.get("modality"):
            continue
        if rule.get("source") and not _codes(record, event.source) & set(rule["source"]):
            continue
        if rule.get("target") and not _codes(record, event.target) & set(rule["target"]):
            continue
        return True
    return False


def _no_duplicates(record: Record) -> bool:
    event_keys = [(e.type, e.trigger.text, e.sentence.text) for e in record.events]
    quote_keys = [(q.kind, q.content.text) for q in record.quotes]
    return len(set(event_keys)) == len(event_keys) and len(set(quote_keys)) == len(quote_keys)
