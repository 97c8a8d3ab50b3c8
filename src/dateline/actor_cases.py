"""Score the actor stage on annotated case sets (issue 12).

Two kinds of case, both YAML lists under ``tests/data/`` split into ``dev.yaml`` and ``test.yaml``:

- **descriptions** (``text``, ``country``, ``sector``, optional ``document_date``): each text is
  extracted alone, as an article; the actor covering most of it is compared with the gold
  country and sector (a gold ``sector`` may be a list of accepted codes). A case whose gold
  names a country or a sector and that yields no actor counts as *no actor*; a case whose gold
  names neither (a platform, a policy, a product) is right only when no actor carries a code.
- **identity** (``text``, ``same`` groups, ``different`` pairs of mention surfaces, ``surface#n``
  for the n-th whole-word occurrence): every pair of a ``same`` group must resolve to one actor,
  every ``different`` pair must not resolve to one actor (and at least one side must be found).

Both run every case through one ``extract_many`` pass (``nlp.pipe`` batches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from dateline.ingest.readers import Article
from dateline.pipeline import DEFAULT_MODEL, extract_many
from dateline.record import Actor, Record, Source
from dateline.yamlio import safe_load

__all__ = ["DescriptionScore", "IdentityScore", "load_cases", "score_descriptions",
           "score_identity"]

SECTOR_ALIASES: dict[str, str] = {}  # news_descriptions uses MED for health, not media


@dataclass
class DescriptionScore:
    cases: int = 0
    country: int = 0
    sector: int = 0
    coded: int = 0  # cases whose gold names a country or a sector
    no_actor: int = 0  # of those, cases that yield no actor
    misses: list[dict[str, Any]] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        return {"country": self.country / max(self.cases, 1),
                "sector": self.sector / max(self.cases, 1),
                "no_actor": self.no_actor / max(self.coded, 1)}


@dataclass
class IdentityScore:
    same: int = 0
    same_right: int = 0
    different: int = 0
    different_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        pairs = self.same + self.different
        return {"pairs": (self.same_right + self.different_right) / max(pairs, 1),
                "same": self.same_right / max(self.same, 1),
                "different": self.different_right / max(self.different, 1)}


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = safe_load(path.read_text(encoding="utf-8"))
    return cases


def _records(cases: list[dict[str, Any]], model: str) -> list[Record | None]:
    articles = [Article(text=str(c["text"]), source=Source(id=str(c.get("id"))),
                        published=c.get("document_date")) for c in cases]
    return [r if isinstance(r, Record) else None for r in extract_many(articles, model=model)]


# --- descriptions ------------------------------------------------------------------------------


def main_actor(record: Record) -> Actor | None:
    """The actor whose mentions cover most of the text (the first among equals)."""
    best: Actor | None = None
    best_cover = 0
    for actor in record.actors:
        cover = sum(m.end - m.start for m in actor.mentions)
        if cover > best_cover:
            best, best_cover = actor, cover
    return best


def sector_right(predicted: str | None, gold: str | list[str] | None) -> bool:
    accepted = gold if isinstance(gold, list) else [gold]
    canonical = {SECTOR_ALIASES.get(c, c) if c else None for c in accepted}
    return SECTOR_ALIASES.get(predicted or "", predicted) in canonical


def score_descriptions(cases: list[dict[str, Any]], model: str = DEFAULT_MODEL) -> DescriptionScore:
    score = DescriptionScore()
    for case, record in zip(cases, _records(cases, model), strict=True):
        actor = main_actor(record) if record is not None else None
        country = actor.country if actor else None
        sector = actor.sector if actor else None
        coded = case.get("country") is not None or case.get("sector") is not None
        score.cases += 1
        score.coded += coded
        score.no_actor += coded and actor is None
        country_ok = country == case.get("country")
        sector_ok = sector_right(sector, case.get("sector"))
        score.country += country_ok
        score.sector += sector_ok
        if not (country_ok and sector_ok):
            score.misses.append({"id": case.get("id"), "text": case["text"],
                                 "gold": [case.get("country"), case.get("sector")],
                                 "got": [country, sector, actor.name if actor else None]})
    return score


# --- identity ----------------------------------------------------------------------------------


def occurrence(text: str, surface: str) -> tuple[int, int] | None:
    """Character span of ``surface`` or ``surface#n`` (whole word, case-sensitive)."""
    word, _, nth = surface.rpartition("#") if re.search(r"#\d+$", surface) else (surface, "", "1")
    pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
    found = list(re.finditer(pattern, text))
    index = int(nth) - 1
    return (found[index].start(), found[index].end()) if index < len(found) else None


def actor_at(record: Record, span: tuple[int, int]) -> str | None:
    """The actor with the mention overlapping the span most, the tightest among equals ("White
    House" inside "White House spokesman Jay Carney" is the White House)."""
    best, rank = None, (0, 0)
    for actor in record.actors:
        for mention in actor.mentions:
            shared = min(span[1], mention.end) - max(span[0], mention.start)
            candidate = (shared, -(mention.end - mention.start))  # most overlap, then tightest
            if shared > 0 and candidate > rank:
                best, rank = actor.id, candidate
    return best


def _resolve(record: Record | None, surface: str) -> str | None:
    """The actor at a surface of the record's (cleaned) text."""
    if record is None:
        return None
    span = occurrence(record.text, surface)
    return actor_at(record, span) if span is not None else None


def score_identity(cases: list[dict[str, Any]], model: str = DEFAULT_MODEL) -> IdentityScore:
    score = IdentityScore()
    for case, record in zip(cases, _records(cases, model), strict=True):
        for group in case.get("same") or []:
            for a, b in combinations(group, 2):
                left, right = _resolve(record, a), _resolve(record, b)
                ok = left is not None and left == right
                score.same += 1
                score.same_right += ok
                if not ok:
                    score.misses.append({"id": case["id"], "same": [a, b], "got": [left, right]})
        for a, b in case.get("different") or []:
            left, right = _resolve(record, a), _resolve(record, b)
            ok = left != right
            score.different += 1
            score.different_right += ok
            if not ok:
                score.misses.append({"id": case["id"], "different": [a, b], "got": [left, right]})
    return score
