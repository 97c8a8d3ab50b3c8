"""The local engine: extraction in a pool of processes, each loading the pipeline once.

Workers are started with ``spawn`` (a fresh interpreter: no inherited spaCy or database
state). A worker loads the pipeline in its initializer and keeps it in ``_PIPELINES``, a
module-level cache, then runs ``dateline.pipeline.extract_many`` on chunks of articles. Results
come back in input order; at most ``2 * workers`` chunks are in flight, so memory stays bounded
however long the input is.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import Any

from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record

Item = Article | ReadFailure | str
Result = Record | ErrorRecord

#: Loaded pipelines of this process, by model name (filled once per worker).
_PIPELINES: dict[str, Any] = {}


def load_once(model: str) -> Any:
    """The pipeline for ``model``, loaded on the first call in this process."""
    if model not in _PIPELINES:
        from dateline.pipeline import PipelineConfig, load_pipeline

        _PIPELINES[model] = load_pipeline(PipelineConfig(model=model))
    return _PIPELINES[model]


def extract_chunk(chunk: list[Item], date: str | None, model: str) -> list[Result]:
    """Run in a worker: records for one chunk of articles, in order."""
    from dateline.pipeline import extract_many

    load_once(model)
    return list(extract_many(chunk, date=date, model=model))


class LocalEngine:
    """Extract with ``workers`` local processes (1: in this process, no pool)."""

    def __init__(self, workers: int = 1, *, date: str | None = None, model: str | None = None,
                 chunk_size: int = 16) -> None:
        from dateline.pipeline import DEFAULT_MODEL

        self.workers = max(1, workers)
        self.date = date
        self.model = model or DEFAULT_MODEL
        self.chunk_size = max(1, chunk_size)

    def extract_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Records or error records for ``items``, in input order."""
        if self.workers == 1:
            from dateline.pipeline import extract_many

            yield from extract_many(items, date=self.date, model=self.model)
            return
        yield from self._pooled(items)

    def _pooled(self, items: Iterable[Item]) -> Iterator[Result]:
        context = multiprocessing.get_context("spawn")
        with context.Pool(self.workers, initializer=load_once, initargs=(self.model,)) as pool:
            pending: deque[AsyncResult[list[Result]]] = deque()
            for chunk in _chunks(items, self.chunk_size):
                pending.append(pool.apply_async(extract_chunk, (chunk, self.date, self.model)))
                if len(pending) >= 2 * self.workers:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
