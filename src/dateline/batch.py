"""Extraction for ingest: articles -> records -> the store (the store never imports the pipeline).

``ingest_articles(store, items)`` skips articles already stored (by content hash, computed
without spaCy), extracts the rest with the local engine and stores them batch by batch;
``reprocess(store, outdated(store))`` re-extracts stored articles whose rules version differs
from the current pipeline's. Inputs may be ``Article``/``ReadFailure`` items, strings, or dicts
shaped like a JSONL corpus line (``text`` and optional ``id``, ``title``, ``url``,
``publisher``, ``date``/``published``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import tee
from typing import TYPE_CHECKING, Any

from dateline.errors import DatelineError
from dateline.ingest.readers import Article, ReadFailure, as_item, metadata_date_warnings
from dateline.record import ErrorRecord, Record, text_id
from dateline.store import IngestReport, Store
from dateline.store.read import chunked
from dateline.store.record_rows import Maker
from dateline.store.store import Progress

if TYPE_CHECKING:
    from dateline.engine import Engine

Item = Article | ReadFailure
Input = Article | ReadFailure | str | dict[str, Any]

__all__ = ["article_id", "as_item", "ingest_articles", "outdated", "reprocess"]


def article_id(item: Item) -> str | None:
    """The id an article's record will have, computed without spaCy (None when unknown)."""
    if not isinstance(item, Article):
        return None
    from dateline.ingest.clean import clean

    try:
        return text_id(clean(item.text).text)
    except DatelineError:
        return None


def ingest_articles(
    store: Store,
    items: Iterable[Input],
    *,
    workers: int = 1,
    reprocess: bool = False,
    date: str | None = None,
    model: str | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
    lexicons: Iterable[str] = (),
    engine: Engine | None = None,
    min_confidence: float | None = None,
) -> IngestReport:
    """Extract and store articles; articles already stored are skipped before extraction.
    ``lexicons`` are users' lexicon files, applied in every worker; ``min_confidence`` as for
    ``dateline.extract_many``; ``engine`` (``make_engine("dask", ...)``, ...) replaces
    ``LocalEngine(workers, ...)`` (and then carries its own settings). With ``reprocess``, an
    article stored by other rules or another threshold is extracted again and replaced."""
    from dateline.engine import LocalEngine

    engine = engine or LocalEngine(workers, date=date, model=model, lexicons=lexicons,
                                   min_confidence=min_confidence)
    report = IngestReport()
    current = current_maker(engine.min_confidence) if reprocess else None
    todo = _unstored(store, (as_item(i) for i in items), current, report, progress)
    for_engine, for_warnings = tee(todo)
    results = engine.extract_many(for_engine)
    pairs = ((with_warnings(result, item), None)
             for result, item in zip(results, for_warnings, strict=True))
    return store.ingest_pairs(pairs, reprocess=reprocess, batch_size=batch_size,
                              progress=progress, report=report)


def current_maker(min_confidence: float | None = None) -> tuple[str, float]:
    """What a run makes records with: the current rules, and ``min_confidence`` or, when None,
    the default threshold."""
    from dateline.confidence import DEFAULT_MIN_CONFIDENCE
    from dateline.pipeline import rules_version

    return rules_version(), DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence


def outdated(store: Store, min_confidence: float | None = None) -> list[tuple[int, Article]]:
    """Stored articles extracted by other rules than the current pipeline's, or with another
    threshold than ``min_confidence`` (None: the default)."""
    return list(store.outdated(*current_maker(min_confidence)))


def reprocess(
    store: Store,
    old: list[tuple[int, Article]],
    *,
    workers: int = 1,
    model: str | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
    lexicons: Iterable[str] = (),
    engine: Engine | None = None,
    min_confidence: float | None = None,
) -> IngestReport:
    """Re-extract stored articles (``outdated(store)``) and replace their records."""
    from dateline.engine import LocalEngine

    articles = [article for _, article in old]
    engine = engine or LocalEngine(workers, model=model, lexicons=lexicons,
                                   min_confidence=min_confidence)
    results = engine.extract_many(articles)
    pairs = ((with_warnings(result, article), pk)
             for result, (pk, article) in zip(results, old, strict=True))
    return store.ingest_pairs(pairs, reprocess=True, batch_size=batch_size, progress=progress)


def with_warnings(result: Record | ErrorRecord, item: Item) -> Record | ErrorRecord:
    """The record with the warnings its input raised (an unparseable metadata date...)."""
    if isinstance(result, Record) and isinstance(item, Article):
        for warning in metadata_date_warnings(item.published):
            if warning not in result.warnings:
                result.warnings.append(warning)
    return result


def _unstored(store: Store, items: Iterable[Item], current: Maker | None,
              report: IngestReport, progress: Progress | None) -> Iterator[Item]:
    """Items not stored yet (or, given the ``current`` maker, stored otherwise)."""
    for window in chunked(items, 200):
        ids = [article_id(item) for item in window]
        stored = store.stored_makers([i for i in ids if i])
        for key, item in zip(ids, window, strict=True):
            if key in stored and (current is None or stored[key] == current):
                report.unchanged += 1
                if progress:
                    progress(1)
                continue
            yield item
