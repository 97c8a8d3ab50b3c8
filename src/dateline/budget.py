"""A time budget per article, enforced in whatever thread runs the pipeline.

``with article_budget(seconds): nlp(doc)`` raises ``ArticleTimeout`` in the calling thread when
the block runs longer than ``seconds``. It works in the main thread of a process, in a worker
process, in a Dask worker's task thread and in a web server's thread pool alike, because it does
not use signals: a timer thread asks the interpreter to raise the exception in the calling thread
(``PyThreadState_SetAsyncExc``), which happens at the next Python instruction that thread runs.
Every dateline stage is Python, so an overlong article stops within one rule step; compiled
spaCy code runs in linear time once cleaning has bounded symbol runs (see ``ingest/clean.py``).
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dateline.errors import DatelineError

#: Seconds one article may take through the whole pipeline; ``DATELINE_ARTICLE_TIMEOUT``
#: overrides it, and 0 turns the budget off.
DEFAULT_TIMEOUT = 30.0


class ArticleTimeout(DatelineError):
    """The article took longer than its time budget."""

    code = "timeout"


def article_timeout() -> float:
    """The budget in seconds from ``DATELINE_ARTICLE_TIMEOUT`` (default 30; 0 means none)."""
    raw = os.environ.get("DATELINE_ARTICLE_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


def _set_async_exc(thread_id: int, exception: type[BaseException] | None) -> None:
    target = ctypes.py_object(exception) if exception is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), target)


@contextmanager
def article_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in this thread if the block runs past ``seconds``."""
    limit = article_timeout() if seconds is None else seconds
    if limit <= 0:
        yield
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                _set_async_exc(thread_id, ArticleTimeout)

    timer = threading.Timer(limit, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except ArticleTimeout as exc:
        raise ArticleTimeout(f"the article took longer than {limit:g} s (the time budget per "
                             f"article; raise DATELINE_ARTICLE_TIMEOUT)") from exc
    finally:
        with lock:
            state["inside"] = False
            timer.cancel()
            if state["fired"]:
                _set_async_exc(thread_id, None)  # never let it land after the block


#: Resident memory one worker process may use, in bytes; ``DATELINE_WORKER_MEMORY`` overrides
#: it (``2G``, ``1500M``, ``800000K`` or bytes; 0 turns the limit off).
DEFAULT_WORKER_MEMORY = 2 * 1024**3
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


class MemoryLimitExceeded(DatelineError):
    """The worker extracting the article went over its memory limit and was replaced."""

    code = "memory"


class WorkerLost(DatelineError):
    """The worker extracting the article died (a signal, the system's OOM killer) and was
    replaced."""

    code = "worker-lost"


def parse_memory(raw: str) -> int:
    """Bytes from ``2G``, ``1500M``, ``800000K``, ``2GiB`` or a plain number of bytes."""
    text = raw.strip().upper().removesuffix("IB").removesuffix("B")
    number, unit = (text[:-1], text[-1]) if text[-1:] in _UNITS and text[-1:] else (text, "")
    try:
        value = float(number)
    except ValueError as exc:
        raise ValueError(f"not a memory size: {raw!r} (write e.g. 2G, 1500M or bytes)") from exc
    return max(0, int(value * _UNITS[unit]))


def worker_memory() -> int | None:
    """The memory limit per worker from ``DATELINE_WORKER_MEMORY`` (default 2 GiB; None when
    set to 0)."""
    raw = os.environ.get("DATELINE_WORKER_MEMORY", "")
    limit = parse_memory(raw) if raw.strip() else DEFAULT_WORKER_MEMORY
    return limit or None


def worker_memory_requested() -> bool:
    """Whether ``DATELINE_WORKER_MEMORY`` is set (and not 0)."""
    asked = bool(os.environ.get("DATELINE_WORKER_MEMORY", "").strip())
    return asked and worker_memory() is not None
