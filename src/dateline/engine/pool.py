"""A supervised pool of worker processes for the local engine, each under a memory limit.

Each worker is a fresh process (``spawn``) that loads the pipeline once (``load_pipeline`` with
the engine's model and users' lexicon files) and extracts the chunks of articles it is sent,
sending back each article's record as soon as it is done. The parent keeps input order, holds
at most ``2 × workers`` chunks in flight, and watches every worker:

- a worker whose resident memory (``/proc/PID/statm``) goes over ``memory_limit`` is killed
  (SIGKILL) and replaced; so is one that dies on its own (a signal, the system's OOM killer);
- the articles of its chunk that were not done yet are sent again one by one; an article that
  takes a worker down on its own becomes an error record (``memory`` or ``worker-lost``,
  stage ``pipeline``, rule ``worker-memory-limit`` / ``worker-lost``), and every other article
  is extracted once.

A worker that cannot start (a missing model, a bad lexicon) raises its error in the parent.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from dateline.budget import MemoryLimitExceeded, WorkerLost
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record, Source

Item = Article | ReadFailure | str
Result = Record | ErrorRecord
WARM_UP = "LONDON, May 2, 2022 - Britain said on Monday that it would meet France."
PAGE = os.sysconf("SC_PAGE_SIZE")
#: Seconds between two looks at the workers' memory.
WATCH_INTERVAL = 0.05


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker builds its pipeline from."""

    model: str
    lexicons: tuple[str, ...] = ()
    #: ``module:function`` called in each worker once its pipeline is loaded (tests use it)
    initializer: str | None = None


def work(conn: Connection, settings: WorkerSettings) -> None:
    """A worker's loop: load the pipeline, then extract each chunk sent, one reply per article."""
    from dateline.pipeline import extract_many

    try:
        list(extract_many([WARM_UP], model=settings.model, lexicons=settings.lexicons))
        if settings.initializer:
            call(settings.initializer)
    except Exception as exc:  # sent to the parent, which raises it
        conn.send(("failed", exc))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        indexes, items, date, min_confidence = message
        for index, result in zip(indexes, extract_many(
                items, date=date, model=settings.model, lexicons=settings.lexicons,
                batch_size=len(items), min_confidence=min_confidence), strict=True):
            conn.send(("result", index, result))


def call(dotted: str) -> None:
    """Call the function named ``module:function`` (a worker's test hook)."""
    import importlib

    module, _, name = dotted.partition(":")
    getattr(importlib.import_module(module), name)()


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process
    conn: Connection
    pid: int = 0
    #: the global indexes of the articles sent and not answered yet, in order
    todo: deque[int] = field(default_factory=deque)
    over_limit: bool = False


class Pool:
    """``workers`` supervised processes; ``run(items)`` yields results in input order."""

    def __init__(self, workers: int, settings: WorkerSettings, *, chunk_size: int = 16,
                 memory_limit: int | None = None) -> None:
        self.size = max(1, workers)
        self.settings = settings
        self.chunk_size = max(1, chunk_size)
        self.memory_limit = memory_limit
        self.replaced = 0
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        while len(self._workers) < self.size:
            self._workers.append(self._spawn())

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []

    def pids(self) -> list[int]:
        return [worker.pid for worker in self._workers]

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=work, args=(child, self.settings), daemon=True,
                                        name="dateline-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        reply = self._ready(worker)
        worker.pid = reply
        return worker

    def _ready(self, worker: _Worker) -> int:
        try:
            kind, value = worker.conn.recv()
        except EOFError:
            worker.process.join()
            raise RuntimeError(f"a dateline worker died while loading the pipeline (exit code "
                               f"{worker.process.exitcode})") from None
        if kind == "failed":
            worker.process.join()
            raise value
        return int(value)

    def run(self, items: Iterable[Item], date: str | None = None,
            min_confidence: float | None = None) -> Iterator[Result]:
        """Results for ``items`` in input order; a worker lost on an article is replaced.
        ``date`` is the anchor for articles that carry none; ``min_confidence`` as for
        ``dateline.extract_many``."""
        self.start()
        state = _RunState(iter(items), date, min_confidence)
        try:
            while True:
                self._feed(state)
                while state.next in state.done:
                    state.items.pop(state.next)
                    yield state.done.pop(state.next)
                    state.next += 1
                if state.exhausted and not state.items:
                    return
                self._receive(state)
        finally:
            self._drop_busy()

    def _drop_busy(self) -> None:
        """Stop the workers still on a run's articles (a run left before its end), so no late
        answer reaches the next run; ``start`` replaces them."""
        for worker in [w for w in self._workers if w.todo]:
            worker.process.kill()
            worker.process.join()
            worker.conn.close()
            self._workers.remove(worker)

    def _feed(self, state: _RunState) -> None:
        """Send work to idle workers: single retries first, then the next chunk of input."""
        for slot, worker in enumerate(self._workers):
            if worker.todo:
                continue
            if not worker.process.is_alive():  # died while idle: nothing was lost
                self._replace(worker, state)
                worker = self._workers[slot]
            indexes = [state.retry.popleft()] if state.retry else state.take(
                self.chunk_size, window=2 * self.size * self.chunk_size)
            if indexes:
                worker.todo.extend(indexes)
                worker.conn.send((indexes, [state.items[i] for i in indexes], state.date,
                                  state.min_confidence))

    def _receive(self, state: _RunState) -> None:
        busy = [w for w in self._workers if w.todo]
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                     timeout=WATCH_INTERVAL)
        for worker in busy:
            alive = self._read(worker, state) if worker.conn in ready else True
            if alive and worker.process.sentinel not in ready:
                self._watch(worker)
            elif worker.todo or not alive:
                self._replace(worker, state)

    def _read(self, worker: _Worker, state: _RunState) -> bool:
        """Take every reply waiting from a worker; False when it has died."""
        try:
            while worker.conn.poll():
                _, index, result = worker.conn.recv()
                worker.todo.remove(index)
                state.done[index] = result
        except (EOFError, OSError):
            return False
        return True

    def _watch(self, worker: _Worker) -> None:
        if self.memory_limit and resident(worker.pid) > self.memory_limit:
            worker.over_limit = True
            os.kill(worker.pid, signal.SIGKILL)

    def _replace(self, worker: _Worker, state: _RunState) -> None:
        """Start a new worker in place of a dead one. Its one unanswered article is an error
        record; several (a chunk) are sent again one by one, to find the one to blame."""
        worker.process.join()
        worker.conn.close()
        lost = list(worker.todo)
        if len(lost) == 1:
            state.done[lost[0]] = self._failed(state.items[lost[0]], worker)
        else:
            state.retry.extendleft(reversed(lost))
        self._workers[self._workers.index(worker)] = self._spawn()
        self.replaced += 1

    def _failed(self, item: Item, worker: _Worker) -> ErrorRecord:
        source = item.source if isinstance(item, Article | ReadFailure) else Source()
        if worker.over_limit:
            limit = (self.memory_limit or 0) / 1024**2
            return ErrorRecord(MemoryLimitExceeded.code, (
                f"the worker extracting this article went over its memory limit of "
                f"{limit:,.0f} MB and was replaced (DATELINE_WORKER_MEMORY)"), source,
                stage="pipeline", rule="worker-memory-limit")
        return ErrorRecord(WorkerLost.code, (
            f"the worker extracting this article died (exit code {worker.process.exitcode}) and "
            f"was replaced"), source, stage="pipeline", rule="worker-lost")


class _RunState:
    """One run's bookkeeping: items by global index until yielded, results waiting for their
    turn, and articles to send again one by one."""

    def __init__(self, source: Iterator[Item], date: str | None,
                 min_confidence: float | None = None) -> None:
        self.source = source
        self.date = date
        self.min_confidence = min_confidence
        self.items: dict[int, Item] = {}
        self.done: dict[int, Result] = {}
        self.retry: deque[int] = deque()
        self.next = 0
        self.read = 0
        self.exhausted = False

    def take(self, count: int, window: int) -> list[int]:
        taken: list[int] = []
        while not self.exhausted and len(taken) < count and self.read - self.next < window:
            try:
                item = next(self.source)
            except StopIteration:
                self.exhausted = True
                break
            self.items[self.read] = item
            taken.append(self.read)
            self.read += 1
        return taken


def resident(pid: int) -> int:
    """The resident memory of a process, in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0
