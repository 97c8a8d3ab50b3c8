"""Scoring attributions against the attribution case sets (issue 13: ``tests/data/news_quotes``,
``tests/data/quote_cases``), for ``scripts/score_quotes.py`` and the attribution floors.

Cases are annotated with surface strings, not offsets: each gold string is placed at its
occurrence nearest its content, and gold and predicted attributions are paired by overlapping
content, then cue. Apart from ``evaluate.py`` because it scores spans field by field with its
own report, where ``dateline eval`` scores whole items of ``dateline-gold/1`` files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dateline.evaluate import names_match
from dateline.evaluate_report import Score
from dateline.pipeline import DEFAULT_MODEL, extract_many
from dateline.record import Quote, Record

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
