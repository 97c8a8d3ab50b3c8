"""Score extraction against gold files.

Two gold formats: ``dateline-gold/1`` (one JSON object per article, see the shared eval README)
and MEANTIME-style JSONL (time expressions with TIMEX3 values, entity mentions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.ingest.clean import clean
from dateline.pipeline import DEFAULT_MODEL, extract_many
from dateline.record import Actor, Event, Quote, Record

#: Sector codes that name the same thing in different codebooks.
SECTOR_ALIASES = {"MED": "JRN"}


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


# --- MEANTIME -----------------------------------------------------------------------------------


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


# --- attribution case sets (issue 13: tests/data/news_quotes, tests/data/quote_cases) ----------

ATTRIBUTION_FIELDS = ("source", "cue", "content")
_Range = tuple[int, int]


@dataclass
class AttributionReport:
    """Span scores of attributions against cases annotated with surface strings.

    Gold and predicted attributions are paired one to one by overlapping content (then by
    overlapping cue). ``exact`` counts a paired field whose text is the gold text, ``overlap`` one
    whose characters overlap the gold span; precision is over every predicted field, recall over
    every gold field. ``kind`` and ``cue_class`` are accuracies over the pairs; ``all_right``
    counts gold attributions whose source, cue, content, kind and cue_class are all exact."""

    exact: dict[str, Score] = field(default_factory=dict)
    overlap: dict[str, Score] = field(default_factory=dict)
    kind: Score = field(default_factory=Score)
    cue_class: Score = field(default_factory=Score)
    all_right: Score = field(default_factory=Score)
    resolved: Score = field(default_factory=Score)  # pronoun sources resolved to the antecedent
    cases: int = 0
    errors: int = 0  # cases whose extraction failed (their attributions count as missed)

    def figures(self) -> dict[str, float]:
        out = {f"exact {f}": self.exact[f].f1 for f in self.exact}
        out |= {f"overlap {f}": self.overlap[f].f1 for f in self.overlap}
        return out | {"kind": self.kind.precision, "cue_class": self.cue_class.precision,
                      "all right": self.all_right.recall,
                      "pronoun resolved": self.resolved.precision}

    def table(self) -> str:
        lines = [f"{'field':<10} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} "
                 f"{'F1':>6}"]
        for name in self.exact:
            e, o = self.exact[name], self.overlap[name]
            lines.append(f"{name:<10} {e.precision:8.3f} {e.recall:6.3f} {e.f1:6.3f}   "
                         f"{o.precision:9.3f} {o.recall:6.3f} {o.f1:6.3f}")
        lines.append(f"kind accuracy {self.kind.precision:.3f} ({self.kind.predicted} pairs), "
                     f"cue_class accuracy {self.cue_class.precision:.3f}, all fields right "
                     f"{self.all_right.recall:.3f} of {self.all_right.gold} gold, "
                     f"{self.cases} cases, {self.errors} failed; pronoun sources resolved "
                     f"{self.resolved.precision:.3f} of {self.resolved.predicted}")
        return "\n".join(lines)


@dataclass
class _Attribution:
    fields: dict[str, tuple[str, _Range] | None]
    kind: str
    cue_class: str


def score_attribution_cases(cases: list[dict[str, Any]],
                            model: str = DEFAULT_MODEL) -> AttributionReport:
    """Score the records of annotated cases (``text``, ``quotes``) in one pipeline pass."""
    report = AttributionReport({f: Score() for f in ATTRIBUTION_FIELDS},
                               {f: Score() for f in ATTRIBUTION_FIELDS})
    for case, record in zip(cases, extract_many(_case_articles(cases), model=model), strict=True):
        report.cases += 1
        if isinstance(record, Record):
            add_attribution_case(report, record, case["quotes"])
        else:  # a case that fails to extract misses all its attributions
            report.errors += 1
            add_attribution_case(report, _empty_record(case["text"]), case["quotes"])
    return report


def _empty_record(text: str) -> Record:
    from dateline.record import Source

    return Record(id="", source=Source(), published=None, document_date=None,
                  document_date_source="none", text=text)


def _case_articles(cases: list[dict[str, Any]]) -> list[Any]:
    from dateline.ingest.readers import Article
    from dateline.record import Source

    return [Article(text=c["text"], source=Source(id=c["id"]),
                    published=str(c.get("document_date") or "2024-01-10")) for c in cases]


def add_attribution_case(report: AttributionReport, record: Record,
                         gold_quotes: list[dict[str, Any]]) -> list[str]:
    """Add one case to the report; return what went wrong, one line per miss."""
    golds = [_gold_attribution(record.text, g) for g in gold_quotes]
    preds = [_predicted_attribution(q) for q in record.quotes]
    pairs = _align(golds, preds)
    problems = []
    for name in ATTRIBUTION_FIELDS:
        for score, same in ((report.exact[name], _same_text), (report.overlap[name], _overlap)):
            hits = sum(same(golds[g].fields[name], preds[p].fields[name]) for g, p in pairs)
            score.add(Score(hits, sum(p.fields[name] is not None for p in preds), hits,
                            sum(g.fields[name] is not None for g in golds)))
    for g, p in pairs:
        if gold_quotes[g].get("resolves_to"):
            report.resolved.add(_agreement(_resolved(record, record.quotes[p],
                                                     gold_quotes[g]["resolves_to"])))
        report.kind.add(_agreement(golds[g].kind == preds[p].kind))
        report.cue_class.add(_agreement(golds[g].cue_class == preds[p].cue_class))
        wrong = _wrong_fields(golds[g], preds[p])
        report.all_right.add(Score(0, 0, not wrong, 0))
        problems += [f"{name}: gold {_text(golds[g], name)!r} got {_text(preds[p], name)!r}"
                     for name in wrong]
    paired_golds, paired_preds = {g for g, _ in pairs}, {p for _, p in pairs}
    report.all_right.add(Score(0, 0, 0, len(golds)))
    problems += [f"missed: {_text(g, 'content')!r}" for i, g in enumerate(golds)
                 if i not in paired_golds]
    problems += [f"spurious: {_text(p, 'source')!r} / {_text(p, 'content')!r}"
                 for i, p in enumerate(preds) if i not in paired_preds]
    return problems


def _resolved(record: Record, quote: Quote, antecedent: str) -> bool:
    """A pronoun source resolved to the actor the gold antecedent names."""
    actor = record.actor(quote.speaker.actor) if quote.speaker else None
    if actor is None:
        return False
    return names_match(actor.name, antecedent) or (
        len(actor.name) > 3 and _words(actor.name) in _words(antecedent))


def _words(text: str) -> str:
    """Lower-cased words between spaces ("Eriki Oerino, president ..." holds "Eriki Oerino")."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _agreement(same: bool) -> Score:
    return Score(int(same), 1, int(same), 1)


def _text(item: _Attribution, name: str) -> str | None:
    value = item.fields.get(name)
    return value[0] if value else getattr(item, name, None)


def _wrong_fields(gold: _Attribution, pred: _Attribution) -> list[str]:
    wrong = [f for f in ATTRIBUTION_FIELDS if (gold.fields[f] is None) != (pred.fields[f] is None)
             or (gold.fields[f] is not None and not _same_text(gold.fields[f], pred.fields[f]))]
    return wrong + [f for f in ("kind", "cue_class") if getattr(gold, f) != getattr(pred, f)]


def _same_text(gold: tuple[str, _Range] | None, pred: tuple[str, _Range] | None) -> bool:
    return gold is not None and pred is not None and gold[0] == pred[0]


def _overlap(gold: tuple[str, _Range] | None, pred: tuple[str, _Range] | None) -> bool:
    return _same_text(gold, pred) or (
        gold is not None and pred is not None and _ranges_overlap(gold[1], pred[1]))


def _ranges_overlap(a: _Range, b: _Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _predicted_attribution(quote: Quote) -> _Attribution:
    spans = {"source": quote.speaker, "cue": quote.cue, "content": quote.content}
    fields = {name: (s.text, (s.start, s.end)) if s is not None else None
              for name, s in spans.items()}
    return _Attribution(fields, quote.kind, quote.cue_class)


def _gold_attribution(text: str, gold: dict[str, Any]) -> _Attribution:
    start = text.find(gold["content"])
    content = (start, start + len(gold["content"])) if start >= 0 else (0, 0)
    fields: dict[str, tuple[str, _Range] | None] = {"content": (gold["content"], content)}
    for name, key in (("source", "speaker"), ("cue", "cue")):
        value = gold.get(key)
        where = _nearest(text, value, content) if value else None
        fields[name] = (value, where) if value and where else None
    return _Attribution(fields, gold["kind"], gold.get("cue_class", "speech"))


def _nearest(text: str, needle: str, content: _Range) -> _Range | None:
    """The occurrence of a source or cue nearest its content, preferring one outside it."""
    spots = []
    start = text.find(needle)
    while start >= 0:
        spots.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    if not spots:
        return None

    def distance(spot: _Range) -> tuple[bool, int]:
        inside = _ranges_overlap(spot, content)
        return inside, max(content[0] - spot[1], spot[0] - content[1], 0)

    return min(spots, key=distance)


def _align(golds: list[_Attribution], preds: list[_Attribution]) -> list[tuple[int, int]]:
    """Pair gold and predicted attributions: largest content overlap first, then by cue."""
    pairs: list[tuple[int, int]] = []
    for name in ("content", "cue"):
        scored = []
        for g, gold in enumerate(golds):
            for p, pred in enumerate(preds):
                a, b = gold.fields[name], pred.fields[name]
                if a and b and _ranges_overlap(a[1], b[1]):
                    scored.append((min(a[1][1], b[1][1]) - max(a[1][0], b[1][0]), g, p))
        for _, g, p in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            if all(g != pg and p != pp for pg, pp in pairs):
                pairs.append((g, p))
    return pairs
