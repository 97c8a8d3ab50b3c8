"""``Store``: records in SQLite (default) or PostgreSQL, through one SQLAlchemy Core code path.

The store is the database and nothing else: it never imports the pipeline. Extraction for
ingest is orchestrated by ``dateline.batch``, which hands records to ``Store.ingest``.
Opening (``connect.py``), writing (``writer.py``) and queries (``read.py``) live in their own
modules; this class is the narrow interface the CLI, the web app and ``dateline.frames`` use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, or_, select
from sqlalchemy.exc import SQLAlchemyError

from dateline.ingest.readers import Article
from dateline.record import Record, Source
from dateline.store import read, schema
from dateline.store.bulk import write_pairs
from dateline.store.connect import (
    ForeignStore,
    Mode,
    OutdatedStore,
    StoreError,
    check_postgresql,
    check_sqlite,
    create_store_engine,
    location,
    resolve_url,
)
from dateline.store.filters import event_filter
from dateline.store.migrations import migrate, pending
from dateline.store.read import QuoteFilter
from dateline.store.record_rows import Maker
from dateline.store.writer import IngestReport, Result

if TYPE_CHECKING:
    import pandas as pd

    from dateline.exchanges import CorpusThread

Progress = Callable[[int], None]

__all__ = ["IngestReport", "Progress", "Store", "StoreError", "resolve_url"]


class Store:
    """The database of records: ingest, query, merge, and frames for analysis."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only

    @classmethod
    def open(cls, url: str | None = None, *, mode: Mode = "write",
             migrate_schema: bool = True) -> Store:
        """Open the store at ``url`` (see ``resolve_url``).

        ``mode="write"`` (the default, for ingest) creates the store where nothing exists and
        migrates a dateline store; ``"read"`` opens an existing store read-only and changes
        nothing; ``"create"`` is ``"write"`` for read commands given ``--create``. A foreign,
        damaged or (read mode) missing database is refused with its location."""
        resolved = resolve_url(url)
        where = location(resolved)
        check_sqlite(resolved, mode)
        read_only = mode == "read"
        try:
            engine = create_store_engine(resolved, read_only=read_only)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"cannot open the store at {where}: {_reason(exc)}") from exc
        try:
            _prepare(engine, mode, migrate_schema, where)
        except BaseException as exc:
            engine.dispose()
            if isinstance(exc, SQLAlchemyError | OSError):
                raise StoreError(f"cannot open the store at {where}: {_reason(exc)}") from exc
            raise
        return cls(engine, read_only=read_only)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def location(self) -> str:
        """The file path or the URL without its password, for messages."""
        return location(self.engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading; database errors become a StoreError with the location."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            damaged = "malformed" in str(exc) or "not a database" in str(exc)
            kind = ForeignStore if damaged else StoreError
            raise kind(f"cannot read the store at {self.location}: {_reason(exc)}") from exc

    # -- writing -------------------------------------------------------------------------------

    def ingest(
        self,
        results: Iterable[Result],
        *,
        reprocess: bool = False,
        batch_size: int = 50,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Store records (and error records as failures), one transaction per batch."""
        return self.ingest_pairs(((r, None) for r in results), reprocess=reprocess,
                                 batch_size=batch_size, progress=progress)

    def ingest_pairs(
        self,
        pairs: Iterable[tuple[Result, int | None]],
        *,
        reprocess: bool,
        batch_size: int = 50,
        progress: Progress | None = None,
        report: IngestReport | None = None,
    ) -> IngestReport:
        """Store (result, stored article pk it replaces) pairs; see ``dateline.batch``."""
        if self.read_only:
            raise StoreError(f"the store at {self.location} was opened read-only")
        report = report or IngestReport()
        for outcomes in write_pairs(self.engine, pairs, reprocess, batch_size):
            for outcome in outcomes:
                report.count(outcome)
            if progress:
                progress(len(outcomes))
        return report

    def stored_rules(self, ids: Sequence[str]) -> dict[str, str | None]:
        """The rules version each of ``ids`` was stored with (absent ids are left out)."""
        return {key: rules for key, (rules, _) in self.stored_makers(ids).items()}

    def stored_makers(self, ids: Sequence[str]) -> dict[str, Maker]:
        """What made the stored record of each of ``ids``: its rules version and its
        ``min_confidence`` (absent ids are left out)."""
        table = schema.articles
        found: dict[str, Maker] = {}
        with self.connect() as conn:
            for chunk in read.chunks(list(ids)):
                stmt = select(table.c.id, table.c.pipeline_rules,
                              table.c.pipeline_min_confidence).where(table.c.id.in_(chunk))
                found.update({row.id: (row.pipeline_rules, row.pipeline_min_confidence)
                              for row in conn.execute(stmt)})
        return found

    def outdated(self, rules: str, min_confidence: float | None = None
                 ) -> Iterator[tuple[int, Article]]:
        """Stored articles made otherwise than by ``rules`` withholding events under
        ``min_confidence``: (pk, article to re-extract)."""
        table = schema.articles
        stmt = select(table).where(or_(
            table.c.pipeline_rules.is_distinct_from(rules),
            table.c.pipeline_min_confidence.is_distinct_from(min_confidence)))
        with self.connect() as conn:
            rows = conn.execute(stmt.order_by(table.c.pk)).all()
        for row in rows:
            source = Source(row.source_id, row.path, row.url, row.title, row.publisher)
            yield row.pk, Article(row.text, source, row.published or row.document_date)

    # -- reading -------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of every table (bookkeeping tables aside)."""
        with self.connect() as conn:
            return read.counts(conn)

    def failures(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            return read.failures(conn)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events, one per article mention, with lists of source and target actors. Filters
        (see ``filters.EventFilter``): actor, source, target, type, modality, mode, cameo,
        since, until, precision, within, near, km, country, min_confidence, limit, offset."""
        spec = event_filter(filters)
        with self.connect() as conn:
            return read.events(conn, spec)

    def dyads(self, **filters: Any) -> list[dict[str, Any]]:
        """``events(...)`` with one row per dyad (source actor x target actor), with the
        event id to regroup, dates as intervals and CAMEO-derived scales."""
        from dateline.frames import dyad_rows

        return dyad_rows(self.events(**filters))

    def merged_events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events merged across articles, with counts and the ids of every member mention."""
        spec = event_filter(filters)
        with self.connect() as conn:
            return read.merged_events(conn, spec)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes; filters: speaker, contains, cue_class (speech and document unless given:
        "speech,thought", a tuple, or "all"), since, until, precision, within, limit, offset."""
        spec = _quote_filter(filters)
        with self.connect() as conn:
            return read.quotes(conn, spec)

    def actors(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            return read.actors(conn)

    def times(self) -> list[dict[str, Any]]:
        """Stored time expressions: TIMEX3 value, date_start, date_end, date_precision."""
        with self.connect() as conn:
            return read.times(conn)

    def timeline(self, actor: str) -> list[dict[str, Any]]:
        """Events and quotes involving ``actor`` (a name or a code), in date order."""
        with self.connect() as conn:
            return read.timeline(conn, actor)

    def threads(self, *, actor: str | None = None, since: str | None = None,
                until: str | None = None) -> list[dict[str, Any]]:
        """Stored exchange threads (see ``store/threads.py``), latest activity first: id,
        object, parties, steps, articles, first, last and state."""
        from dateline.store.threads import thread_list

        with self.connect() as conn:
            return thread_list(conn, actor=actor, since=since, until=until)

    def thread(self, thread_id: str) -> CorpusThread | None:
        """One stored thread with its steps, or None."""
        from dateline.store.threads import stored_thread

        with self.connect() as conn:
            return stored_thread(conn, thread_id)

    def all_threads(self) -> list[CorpusThread]:
        """Every stored thread with its steps, in the order they were started."""
        from dateline.store.threads import stored_threads

        with self.connect() as conn:
            return stored_threads(conn)

    def search(self, words: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Articles matching ``words`` (full text), best first."""
        with self.connect() as conn:
            return read.search(conn, words, limit=limit)

    def record(self, article_id: str) -> Record | None:
        """The stored record of one article, rebuilt from the tables."""
        with self.connect() as conn:
            return read.record(conn, article_id)

    def records(self) -> Iterator[Record]:
        with self.connect() as conn:
            ids = list(conn.scalars(select(schema.articles.c.id).order_by(schema.articles.c.pk)))
        for article_id in ids:
            found = self.record(article_id)
            if found is not None:
                yield found

    # -- frames (pandas; see dateline.frames) --------------------------------------------------

    def events_frame(self, **filters: Any) -> pd.DataFrame:
        """One row per dyad with names, codes, interval dates and scales, typed columns."""
        from dateline.frames import events_frame

        return events_frame(self, **filters)

    def dyads_frame(self, period: str = "month", **filters: Any) -> pd.DataFrame:
        """Counts of events per source x target dyad and period (day/week/month/quarter/year)."""
        from dateline.frames import dyads_frame

        return dyads_frame(self, period=period, **filters)

    def merged_events_frame(self, **filters: Any) -> pd.DataFrame:
        from dateline.frames import frame

        return frame(self.merged_events(**filters))

    def quotes_frame(self, **filters: Any) -> pd.DataFrame:
        from dateline.frames import quotes_frame

        return quotes_frame(self, **filters)

    def actors_frame(self) -> pd.DataFrame:
        from dateline.frames import frame

        return frame(self.actors())

    def failures_frame(self) -> pd.DataFrame:
        from dateline.frames import frame

        return frame(self.failures())


def _quote_filter(filters: dict[str, Any]) -> QuoteFilter:
    from dateline.errors import UsageError

    known = set(QuoteFilter.__dataclass_fields__)
    unknown = sorted(set(filters) - known)
    if unknown:
        raise UsageError(f"unknown quote filter {', '.join(unknown)}; choose from "
                         f"{', '.join(sorted(known))}")
    return QuoteFilter(**filters)


def _prepare(engine: Engine, mode: Mode, migrate_schema: bool, where: str) -> None:
    """Check what the database holds, then migrate it (write modes) or check it is current."""
    if engine.dialect.name == "postgresql":
        check_postgresql(engine, mode)
    if mode == "read":
        _check_current(engine, where)
    elif migrate_schema:
        migrate(engine)


def _check_current(engine: Engine, where: str) -> None:
    """A read-only store must already be at this dateline's schema (reads never migrate)."""
    todo = pending(engine)
    if todo:
        raise OutdatedStore(
            f"the store at {where} was written by an older dateline (missing migrations: "
            f"{', '.join(todo)}): upgrade it with `dateline migrate --db ...`")


def _reason(exc: BaseException) -> str:
    """A short reason: the driver's message without SQLAlchemy's SQL dump and links."""
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc)
    return text.splitlines()[0] if text else type(exc).__name__
