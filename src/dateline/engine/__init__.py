"""Batch engines: run extraction over many articles, keeping input order.

``LocalEngine(workers=N)`` uses N local processes, each loading the spaCy pipeline once;
``DaskEngine`` (``dateline.engine.dask``, needs ``distributed``) runs on a Dask cluster, the
pipeline loaded once per worker. Both have ``extract_many(items)``, yielding a record or an
error record per item, in input order. ``make_engine`` picks one by name, for the shells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from dateline.engine.local import LocalEngine

__all__ = ["ENGINES", "Engine", "LocalEngine", "make_engine"]

ENGINES = ("local", "dask")


class Engine(Protocol):
    def extract_many(self, items: Iterable[Any]) -> Iterator[Any]: ...

    @property
    def min_confidence(self) -> float | None:
        """The threshold the engine's runs ask for (None: the pipeline's default)."""


def make_engine(kind: str = "local", *, workers: int = 1, scheduler: str | None = None,
                partitions: int | None = None, date: str | None = None,
                model: str | None = None, lexicons: Iterable[str] = (),
                progress: Callable[[int], None] | None = None,
                min_confidence: float | None = None) -> Engine:
    """The engine named ``kind``: ``local`` (``workers`` processes) or ``dask`` (the cluster at
    ``scheduler``, else a local cluster of ``workers`` processes, or one per core when
    ``workers`` is 1). ``min_confidence``: see ``dateline.extract_many``."""
    if kind == "local":
        return LocalEngine(workers, date=date, model=model, lexicons=lexicons,
                           min_confidence=min_confidence)
    if kind == "dask":
        from dateline.engine.dask import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers if workers > 1 else None,
                          partitions=partitions, date=date, model=model, lexicons=lexicons,
                          progress=progress, min_confidence=min_confidence)
    raise ValueError(f"unknown engine {kind!r}: choose one of {', '.join(ENGINES)}")
