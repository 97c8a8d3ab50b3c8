"""A time budget per article, enforced in whatever thread runs the pipeline.

``with article_budget(seconds): nlp(doc)`` raises ``ArticleTimeout`` in the calling thread when
the block runs longer than ``seconds``. It works in the main thread of a process, in a worker
process, in a Dask worker's task thread and in a web server's thread pool alike, because it does
not use signals: a timer thread asks the interpreter to raise the exception in the calling thread
(``PyThreadState_SetAsyncExc``), which happens at the next Python instruction that thread runs.
One watchdog thread per process serves every block.
Every dateline stage is Python, so an overlong article stops within one rule step; compiled
spaCy code runs in linear time once cleaning has bounded symbol runs (see ``ingest/clean.py``).
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
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


class _Watch:
    """One block under a budget: the thread it runs in, when it expires, whether it fired."""

    __slots__ = ("deadline", "fired", "thread_id")

    def __init__(self, thread_id: int, deadline: float) -> None:
        self.thread_id = thread_id
        self.deadline = deadline
        self.fired = False


#: How long the watchdog sleeps at most; a block whose deadline falls earlier than its next
#: wake-up wakes it at once, so this only bounds how often an idle watchdog looks.
IDLE_WAKE = 1.0


class _Watchdog:
    """One daemon thread per process that stops the blocks whose budget ran out.

    A ``threading.Timer`` per block started and stopped a thread for every stage of every
    article: on a busy machine the start alone waited for the scheduler (issue 14). Here a block
    only adds itself to a set under a lock; the watchdog is woken only when a block expires
    sooner than it planned to look again.
    """

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.watches: set[_Watch] = set()
        self.wake_at = float("inf")  # when the watchdog next looks (inf: not started)

    def enter(self, limit: float) -> _Watch:
        watch = _Watch(threading.get_ident(), time.monotonic() + limit)
        with self.lock:
            self.watches.add(watch)
            if self.wake_at == float("inf"):
                self.wake_at = watch.deadline
                threading.Thread(target=self._run, name="dateline-budget", daemon=True).start()
            elif watch.deadline < self.wake_at:
                self.lock.notify()
        return watch

    def leave(self, watch: _Watch) -> None:
        with self.lock:
            self.watches.discard(watch)
            if watch.fired:
                _set_async_exc(watch.thread_id, None)  # never let it land after the block

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                for watch in [w for w in self.watches if w.deadline <= now]:
                    self.watches.discard(watch)
                    watch.fired = True
                    _set_async_exc(watch.thread_id, ArticleTimeout)
                nearest = min((w.deadline for w in self.watches), default=now + IDLE_WAKE)
                self.wake_at = min(nearest, now + IDLE_WAKE)
                self.lock.wait(self.wake_at - now)


_watchdog = _Watchdog()


def _new_watchdog() -> None:
    """A forked child has no watchdog thread (and maybe a lock held by it): start afresh."""
    global _watchdog
    _watchdog = _Watchdog()


os.register_at_fork(after_in_child=_new_watchdog)


@contextmanager
def article_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in this thread if the block runs past ``seconds``."""
    limit = article_timeout() if seconds is None else seconds
    if limit <= 0:
        yield
        return
    watchdog = _watchdog
    watch = watchdog.enter(limit)
    try:
        yield
    except ArticleTimeout as exc:
        raise ArticleTimeout(f"the article took longer than {limit:g} s (the time budget per "
                             f"article; raise DATELINE_ARTICLE_TIMEOUT)") from exc
    finally:
        watchdog.leave(watch)


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
