"""What the pages read: ``Store`` methods and ``store.browse`` queries, one connection each,
and what the write endpoint stores (through ``dateline.batch``).

The web handlers call this and nothing below it: no SQL lives in the web shell. Aggregates over
the whole store (overview, network, actor lists and counterparts) are cached until an article is
added, replaced or removed, as seen by a fingerprint looked up at most every ``FRESHNESS``
seconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection

from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record
from dateline.store import IngestReport, Store, StoreError, browse, maps
from dateline.store.filters import EventFilter
from dateline.store.read import Row, resolve_actor

if TYPE_CHECKING:
    from dateline.engine import LocalEngine

T = TypeVar("T")
CACHE_SIZE = 64
#: Seconds a cached aggregate may lag behind a change to the store.
FRESHNESS = 1.0


class Browser:
    """Read access to one store for the web pages."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._seen: tuple[float, tuple[int, ...]] | None = None

    def _read(self, query: Callable[[Connection], T]) -> T:
        with self.store.connect() as conn:
            return query(conn)

    def _fingerprint(self, conn: Connection) -> tuple[int, ...]:
        """The store's fingerprint, looked up at most once per FRESHNESS seconds."""
        now = time.monotonic()
        if self._seen is None or now - self._seen[0] > FRESHNESS:
            self._seen = (now, browse.fingerprint(conn))
        return self._seen[1]

    def _cached(self, key: tuple[Any, ...], query: Callable[[Connection], T]) -> T:
        with self.store.connect() as conn:
            full = (*key, self._fingerprint(conn))
            if full in self._cache:
                self._cache.move_to_end(full)
                value: T = self._cache[full]
                return value
            value = query(conn)
        self._cache[full] = value
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return value

    def warm(self) -> None:
        """Compute the overview and the default network ahead of the first visitor (they
        aggregate the whole store: seconds on a large one)."""
        self.overview()
        self.network(EventFilter(), 60)
        self.map(EventFilter())

    def overview(self) -> Row:
        def build(conn: Connection) -> Row:
            out = browse.overview(conn)
            out["publishers"] = browse.publishers(conn)
            out["top_actors"] = browse.top_actors(conn)
            out["top_dyads"] = browse.dyads(conn)
            out["types_by_month"] = browse.types_by_month(conn)
            return out

        return self._cached(("overview",), build)

    def map(self, spec: EventFilter, actor_ids: list[int] | None = None) -> Row:
        """Located events counted by place and by country (``store.maps``)."""
        key = tuple(actor_ids) if actor_ids is not None else None
        return self._cached(("map", spec, key),
                            lambda conn: maps.event_map(conn, spec, actor_ids))

    def events(self, query: browse.EventQuery, merged: bool) -> tuple[int, list[Row]]:
        page = browse.merged_page if merged else browse.event_page
        return self._read(lambda conn: page(conn, query))

    def merged_event(self, merged_id: int) -> Row | None:
        return self._read(lambda conn: browse.merged_event(conn, merged_id))

    def record(self, article_id: str) -> tuple[Row, Record] | None:
        summary = self._read(lambda conn: browse.article_summary(conn, article_id))
        found = self.store.record(article_id)
        return None if summary is None or found is None else (summary, found)

    def actor(self, actor_id: int) -> Row | None:
        return self._read(lambda conn: browse.actor(conn, actor_id))

    def counterparts(self, actor_id: int) -> list[Row]:
        return self._cached(("counterparts", actor_id),
                            lambda conn: browse.counterparts(conn, actor_id))

    def actors(self, name: str | None, limit: int, offset: int) -> tuple[int, list[Row]]:
        return self._cached(("actors", name, limit, offset), lambda conn: browse.actor_page(
            conn, name=name, limit=limit, offset=offset))

    def resolve(self, name: str) -> list[int]:
        return self._read(lambda conn: resolve_actor(conn, name))

    def items(self, ids: list[int], spec: EventFilter, counterpart: list[int] | None,
              limit: int) -> list[Row]:
        return self._read(lambda conn: browse.actor_items(
            conn, ids, spec=spec, counterpart=counterpart, limit=limit))

    def network(self, spec: EventFilter, limit: int) -> Row:
        return self._cached(("network", spec, limit),
                            lambda conn: browse.network(conn, spec, limit))

    def quotes(self, speaker: str | None, contains: str | None, limit: int,
               offset: int, cue_class: str | None = None) -> tuple[int, list[Row]]:
        return self._read(lambda conn: browse.quote_page(
            conn, speaker=speaker, contains=contains, cue_class=cue_class, limit=limit,
            offset=offset))

    def threads(self, actor: str | None, since: str | None, until: str | None, limit: int,
                offset: int) -> tuple[int, list[Row]]:
        return self._read(lambda conn: browse.thread_page(
            conn, actor=actor, since=since, until=until, limit=limit, offset=offset))

    def thread(self, thread_id: str, as_of: str | None) -> Row | None:
        return self._read(lambda conn: browse.thread(conn, thread_id, as_of))

    def search(self, words: str, limit: int, offset: int) -> list[Row]:
        return self._read(lambda conn: browse.search_page(conn, words, limit=limit,
                                                          offset=offset))


class Extractor:
    """Extraction for the write endpoints, under the same limits as a batch: the time budget
    per article (``DATELINE_ARTICLE_TIMEOUT``) and the memory limit per worker
    (``DATELINE_WORKER_MEMORY``, default 2 GiB). The articles are extracted in one worker
    process, started on the first request and kept: a request whose article takes the worker
    over the limit gets its error, the worker is replaced, and the server goes on. With the
    limit set to 0 they are extracted in the server's process. One request at a time."""

    def __init__(self, *, memory_limit: int | None = None,
                 initializer: str | None = None) -> None:
        self._lock = threading.Lock()
        self._engine: LocalEngine | None = None
        self.memory_limit = memory_limit
        self.initializer = initializer

    def _opened(self, date: str | None, min_confidence: float | None = None) -> LocalEngine:
        """The engine, started once, set for one request: its anchor date and its threshold
        (None: the default), so that nothing of one request stays for the next."""
        from dateline.budget import worker_memory
        from dateline.engine import LocalEngine

        if self._engine is None:
            self._engine = LocalEngine(1, memory_limit=self.memory_limit or worker_memory(),
                                       initializer=self.initializer)
            self._engine.open()
        self._engine.date = date
        self._engine.min_confidence = min_confidence
        return self._engine

    def extract(self, article: Article, date: str | None,
                min_confidence: float | None = None) -> Record | ErrorRecord:
        with self._lock:
            return next(iter(self._opened(date, min_confidence).extract_many([article])))

    def ingest(self, store: Store, items: list[Article | ReadFailure],
               date: str | None, min_confidence: float | None = None) -> IngestReport:
        from dateline.batch import ingest_articles

        with self._lock:
            return ingest_articles(store, items, engine=self._opened(date, min_confidence))

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
                self._engine = None


def store_articles(store: Store, write_url: str | None, items: list[Article | ReadFailure],
                   date: str | None, extractor: Extractor | None = None,
                   min_confidence: float | None = None) -> IngestReport:
    """Extract (with ``extractor``, else in this process) and store ``items`` through
    ``dateline.batch``. A store opened read-only (as ``dateline serve`` opens it) is written
    through a second, writing opening of ``write_url`` for this upload only."""
    from dateline.batch import ingest_articles

    def ingest(target: Store) -> IngestReport:
        if extractor is None:
            return ingest_articles(target, items, date=date, min_confidence=min_confidence)
        return extractor.ingest(target, items, date, min_confidence)

    if not store.read_only:
        return ingest(store)
    if write_url is None:
        raise StoreError(f"the store at {store.location} is open read-only and the app was "
                         "given no URL to write to")
    with Store.open(write_url, mode="write") as writer:
        return ingest(writer)
