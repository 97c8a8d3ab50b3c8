"""The local engine: extraction over N supervised local processes, each under a memory limit.

With ``workers`` above 1, or a memory limit asked for (``memory_limit=``, or
``DATELINE_WORKER_MEMORY`` set), the articles go in chunks to a pool of worker processes
(``dateline.engine.pool``): each loads the pipeline once, with the engine's model and users'
lexicon files (and withholds events below ``min_confidence``, as ``extract_many``); records come
back in input order. A worker over the memory limit (default
2 GiB, ``DATELINE_WORKER_MEMORY``) or dying otherwise is replaced: the article it was on
becomes an error record (``memory`` / ``worker-lost``) and every other article is extracted.

With one worker and no limit asked for, extraction runs in this process (no process start,
as fast as ``extract_many``), and memory is bounded only by the article size limit.

Use the engine as a context manager to keep its workers for several runs (the web app does);
``extract_many`` alone starts and stops them around the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.budget import worker_memory, worker_memory_requested
from dateline.engine.pool import Pool, WorkerSettings
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record

Item = Article | ReadFailure | str
Result = Record | ErrorRecord


class LocalEngine:
    """Extract with ``workers`` local processes (1 and no memory limit: in this process)."""

    def __init__(self, workers: int = 1, *, date: str | None = None, model: str | None = None,
                 chunk_size: int = 16, lexicons: Iterable[str] = (),
                 memory_limit: int | None = None, initializer: str | None = None,
                 min_confidence: float | None = None) -> None:
        from dateline.confidence import checked_min_confidence
        from dateline.pipeline import DEFAULT_MODEL

        self.workers = max(1, workers)
        self.date = date
        self.model = model or DEFAULT_MODEL
        self.chunk_size = max(1, chunk_size)
        self.lexicons = tuple(str(path) for path in lexicons)
        self.memory_limit = memory_limit or worker_memory()
        self.pooled = self.workers > 1 or memory_limit is not None or worker_memory_requested()
        self.initializer = initializer
        self.min_confidence = checked_min_confidence(min_confidence)
        self.pool: Pool | None = None

    def __enter__(self) -> LocalEngine:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> Pool | None:
        """Start the workers (when the engine uses processes)."""
        if self.pooled and self.pool is None:
            settings = WorkerSettings(self.model, self.lexicons, self.initializer)
            self.pool = Pool(self.workers, settings, chunk_size=self.chunk_size,
                             memory_limit=self.memory_limit)
            self.pool.start()
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def extract_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Records or error records for ``items``, in input order."""
        if not self.pooled:
            from dateline.pipeline import extract_many

            yield from extract_many(items, date=self.date, model=self.model,
                                    lexicons=self.lexicons, batch_size=self.chunk_size,
                                    min_confidence=self.min_confidence)
            return
        stream = iter(items)
        first = next(stream, None)
        if first is None:
            return  # no work: start no process
        owned = self.pool is None
        try:
            pool = self.open()
            assert pool is not None
            yield from pool.run(_chain(first, stream), self.date, self.min_confidence)
        finally:
            if owned:
                self.close()


def _chain(first: Item, rest: Iterator[Item]) -> Iterator[Item]:
    yield first
    yield from rest
