"""The local engine: extraction over N local processes, a thin layer over ``nlp.pipe``.

``dateline.pipeline.extract_many(..., n_process=N)`` streams the articles through spaCy's
``nlp.pipe(n_process=N)``: the pipeline (with its users' lexicon entries in its stages' config)
goes to the worker processes, docs come back in input order with their output in
``doc.user_data`` and ``doc.spans``, and failures become error records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record

Item = Article | ReadFailure | str
Result = Record | ErrorRecord


class LocalEngine:
    """Extract with ``workers`` local processes (1: in this process)."""

    def __init__(self, workers: int = 1, *, date: str | None = None, model: str | None = None,
                 chunk_size: int = 16, lexicons: Iterable[str] = ()) -> None:
        from dateline.pipeline import DEFAULT_MODEL

        self.workers = max(1, workers)
        self.date = date
        self.model = model or DEFAULT_MODEL
        self.chunk_size = max(1, chunk_size)
        self.lexicons = tuple(str(path) for path in lexicons)

    def extract_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Records or error records for ``items``, in input order."""
        from dateline.pipeline import extract_many

        yield from extract_many(items, date=self.date, model=self.model, lexicons=self.lexicons,
                                batch_size=self.chunk_size, n_process=self.workers)
