"""The Dask engine: extraction on a ``distributed`` cluster, the pipeline loaded once per worker.

``DaskEngine(scheduler="tcp://host:8786")`` connects to a running cluster; with no scheduler it
starts a ``LocalCluster`` of processes with one thread each. A worker plugin
(``PipelinePlugin``, from this importable module) loads the pipeline with the engine's settings
(model, users' lexicon files) when a worker starts or joins, and keeps it for every task.

Articles go to the cluster in partitions of ``chunk_size``; at most ``partitions`` partitions
are in flight (default: two per worker thread), so the client never holds the whole corpus.
Records come back in input order, partition by partition.

Memory is bounded per worker: a local cluster's workers get ``memory_limit`` (default
``DATELINE_WORKER_MEMORY``, 2 GiB), and each worker's nanny kills and restarts a worker that
goes over 95% of it (spilling and pausing are off: the memory is the pipeline's, not stored
data); on a cluster of your own, give ``dask worker --memory-limit``. The plugin stops each
worker's statistical profiler (``stop_profiling``): its history of sampled stacks grew a
worker's memory with the time it ran. The scheduler of a local
cluster gives up on a task once two workers died while it was assigned to them
(``allowed_failures=1``: one death may be a neighbour's fault; a scheduler of your own uses
its ``distributed.scheduler.allowed-failures``, 3 by default). A partition the cluster could
not run (its worker died, an article could not be sent) is run again article by article: an
article that fails alone becomes an error record (``worker-lost`` when its worker died, stage
``pipeline``), and every other article of the partition is extracted.

A worker lost for good is replaced. A nanny restarts its worker after the memory kill, but
``LocalCluster`` (a ``SpecCluster``) closes and forgets a nanny whose worker has not registered
again within ``distributed.deploy.lost-worker-timeout`` (15 s by default): on a loaded machine a
restart (a new process importing dask and registering) can take longer, and the cluster was left
with no worker at all (or, when the late worker did register, with one its nanny then killed
mid-task). The engine's local cluster gives a nanny ``LOST_WORKER_TIMEOUT`` instead; a nanny
that did not bring its worker back by then is forgotten as before, and while the engine waits
for a result it looks every ``POLL_SECONDS`` for workers the cluster had and no longer has, and
starts each again under a new name (``cluster.scale``), at most ``MAX_REPLACEMENTS`` times per
engine; past that, the run stops with an ``ExtractionError``.

On a cluster of your own (``scheduler=``) the engine cannot start workers: each ``dask worker``
process's nanny restarts its worker, but nothing replaces a nanny that gave up (a restart that
failed, a nanny that closed): start ``dask worker`` again, or run it under a supervisor. Once
the scheduler has had no worker for ``NO_WORKER_GRACE`` seconds the run stops with an
``ExtractionError`` naming the scheduler, instead of waiting for ever; the records already
yielded stay valid, and ``ingest`` run again skips the articles already stored.

Lexicon files are read by the workers: on a cluster of several machines they must be at the
same path on every worker (a shared folder).
"""

from __future__ import annotations

import resource
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from dateline.budget import WorkerLost, worker_memory
from dateline.errors import ExtractionError
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record, Source

Item = Article | ReadFailure | str
Result = Record | ErrorRecord
Progress = Callable[[int], None]

PLUGIN_NAME = "dateline-pipeline"
MEMORY_CONFIG = {"distributed.worker.memory.target": False,
                 "distributed.worker.memory.spill": False,
                 "distributed.worker.memory.pause": False,
                 "distributed.worker.memory.terminate": 0.95,
                 # the worker's statistical profiler samples the task thread's stack every
                 # 10 ms and keeps a tree per second for 1,000 s (``profile_history``): with
                 # the pipeline's deep, varied stacks that grew a worker from 449 to 540 MB
                 # over 1,000 -> 4,000 articles (414 -> 423 MB without it); it only feeds the
                 # dashboard's profile page
                 "distributed.worker.profile.enabled": False,
                 # distributed's default also sets MALLOC_TRIM_THRESHOLD_=65536, which turns off
                 # glibc's dynamic mmap threshold: every large allocation of the parse is then
                 # mapped and unmapped again, 3,757 page faults per article against 279 without
                 # (1-worker cluster, 64 stories); one thread per library, as distributed sets
                 "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1,
                                                         "MKL_NUM_THREADS": 1,
                                                         "OPENBLAS_NUM_THREADS": 1}}
#: How often a wait for a result looks whether the cluster still has workers, and how long
#: it may have none before the run stops with an error (a nanny restarts a worker in seconds).
POLL_SECONDS = 5.0
NO_WORKER_GRACE = 120.0
#: How many lost workers a local cluster starts again, over one engine's life, before the run
#: stops with an error (a worker that keeps dying with its nanny is not a passing accident).
MAX_REPLACEMENTS = 8
#: How long the local cluster leaves a nanny to bring its worker back before it forgets the
#: nanny (and the engine starts another): well over a restart on a loaded machine, and well
#: under ``NO_WORKER_GRACE``.
LOST_WORKER_TIMEOUT = "45s"
WARM_UP = "LONDON, May 2, 2022 - Britain said on Monday that it would meet France."


@dataclass(frozen=True)
class WorkerSettings:
    """What every worker's pipeline is built from; sent to the workers with the plugin."""

    model: str
    lexicons: tuple[str, ...] = ()
    #: ``module:function`` called on each worker once its pipeline is loaded (tests use it)
    initializer: str | None = None
    #: events below this confidence are withheld (None: the pipeline's default)
    min_confidence: float | None = None

    def config(self) -> Any:
        from dateline.pipeline import PipelineConfig

        return PipelineConfig(model=self.model, lexicons=self.lexicons)


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline once on each worker, when it starts or joins the cluster."""

    name = PLUGIN_NAME

    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        # ``load_pipeline`` keeps the pipeline for the process; one short article also loads
        # the lexicon tables the stages build on first use, so no task pays for it
        stop_profiling(worker)
        extract_partition([WARM_UP], self.settings, None)
        if self.settings.initializer:
            from dateline.engine.pool import call

            call(self.settings.initializer)


#: The worker's periodic callbacks that run its statistical profiler.
PROFILER_CALLBACKS = ("profile", "profile-cycle")


def stop_profiling(worker: Any) -> None:
    """Stop a worker's statistical profiler and drop what it kept: its history grows with the
    time the worker runs (a tree of sampled stacks per second, 1,000 kept), which is what made
    a Dask worker's memory grow with the corpus. The engine's local cluster starts its workers
    without it (``MEMORY_CONFIG``); this also stops it on the workers of a cluster of your own
    (``dask worker``), whose configuration the engine does not set."""
    callbacks = getattr(worker, "periodic_callbacks", {})
    for name in PROFILER_CALLBACKS:
        callback = callbacks.pop(name, None)
        if callback is not None:
            callback.stop()
    for history in ("profile_history", "profile_keys_history"):
        kept = getattr(worker, history, None)
        if kept is not None:
            kept.clear()


def extract_partition(items: list[Item], settings: WorkerSettings,
                      date: str | None) -> list[Result]:
    """Run on a worker: the records of one partition, in order (the worker's pipeline is the
    one ``load_pipeline`` keeps for the settings' config)."""
    from dateline.pipeline import extract_many

    return list(extract_many(items, date=date, model=settings.model, lexicons=settings.lexicons,
                             min_confidence=settings.min_confidence))


def peak_rss() -> int:
    """Run on a worker: the peak resident memory of its process, in bytes (Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def rss_now() -> int:
    """Run on a worker: the resident memory of its process now, in bytes (Linux)."""
    import os

    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class DaskEngine:
    """Extract on a Dask cluster; ``extract_many(items)`` yields results in input order.

    Use it as a context manager to keep one cluster for several runs (and to ask the workers'
    ``peak_rss()``); ``extract_many`` alone opens and closes a cluster around the run.
    """

    def __init__(self, *, scheduler: str | None = None, workers: int | None = None,
                 partitions: int | None = None, chunk_size: int = 16, date: str | None = None,
                 model: str | None = None, lexicons: Iterable[str] = (),
                 progress: Progress | None = None, connect_timeout: float = 30,
                 memory_limit: int | None = None, initializer: str | None = None,
                 min_confidence: float | None = None) -> None:
        from dateline.confidence import checked_min_confidence
        from dateline.pipeline import DEFAULT_MODEL

        self.scheduler = scheduler
        self.workers = workers
        self.partitions = partitions
        self.chunk_size = max(1, chunk_size)
        self.date = date
        self.settings = WorkerSettings(model or DEFAULT_MODEL,
                                       tuple(str(Path(p).resolve()) for p in lexicons),
                                       initializer, checked_min_confidence(min_confidence))
        self.memory_limit = memory_limit or worker_memory()
        self.progress = progress
        self.connect_timeout = connect_timeout
        self.client: Any = None  # a distributed.Client once open
        self._cluster: Any = None
        self._started: set[Any] = set()  # names of the local cluster's workers, ever
        self.replacements = 0  # lost workers of the local cluster started again

    @property
    def min_confidence(self) -> float | None:
        return self.settings.min_confidence

    def __enter__(self) -> DaskEngine:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> Any:
        """Connect to the scheduler (or start a local cluster) and load the pipeline on it."""
        if self.client is None:
            from dateline.pipeline import user_lexicons

            user_lexicons(self.settings.config())  # a bad lexicon file fails here, not per worker
            if self.scheduler is None:
                self._cluster = self._local_cluster()
                self._started = set(self._cluster.workers)
                self.client = Client(self._cluster)  # type: ignore[no-untyped-call]
            else:
                self.client = _connect(self.scheduler, self.connect_timeout)
            self.client.register_plugin(PipelinePlugin(self.settings), name=PLUGIN_NAME)
        return self.client

    def _local_cluster(self) -> Any:
        """A cluster of ``workers`` processes, each restarted by its nanny when over 95% of
        ``memory_limit`` (spilling and pausing off)."""
        import dask

        with dask.config.set(MEMORY_CONFIG):  # the nannies give it to their workers
            return _LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=self.workers, threads_per_worker=1, processes=True,
                dashboard_address=":0",  # any free port: never the default 8787
                memory_limit=self.memory_limit or 0,
                scheduler_kwargs={"allowed_failures": 1})

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
            self._started = set()

    def peak_rss(self) -> dict[str, int]:
        """Each worker's peak resident memory so far, in bytes, by worker address."""
        result: dict[str, int] = self.open().run(peak_rss)
        return result

    def rss(self) -> dict[str, int]:
        """Each worker's resident memory now, in bytes, by worker address."""
        result: dict[str, int] = self.open().run(rss_now)
        return result

    def extract_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Records or error records for ``items``, in input order."""
        owned = self.client is None
        try:
            yield from self._stream(items)
        finally:
            if owned:
                self.close()

    def _stream(self, items: Iterable[Item]) -> Iterator[Result]:
        pending: deque[tuple[Any, list[Item]]] = deque()
        window: int | None = None
        for chunk in _chunks(items, self.chunk_size):
            client = self.open()
            window = window or self.partitions or 2 * max(1, sum(client.nthreads().values()))
            future = client.submit(extract_partition, chunk, self.settings, self.date,
                                   pure=False)
            pending.append((future, chunk))
            if len(pending) >= window:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, future: Any, chunk: list[Item]) -> list[Result]:
        try:
            results: list[Result] = self._result(future)
        except ExtractionError:
            raise
        except Exception:  # the cluster failed this partition: again, article by article
            results = self._one_by_one(chunk)
        if self.progress is not None:
            self.progress(len(results))
        return results

    def _one_by_one(self, chunk: list[Item]) -> list[Result]:
        """Each article of a failed partition as a task of its own; one that fails alone is
        an error record."""
        client = self.open()
        results: list[Result] = []
        for item in chunk:
            # one at a time: a worker that dies takes down every task queued on it, and an
            # article must only be blamed for a death it caused
            future = client.submit(extract_partition, [item], self.settings, self.date,
                                   pure=False)
            try:
                results.extend(self._result(future))
            except ExtractionError:
                raise
            except Exception as exc:  # this article fails on the cluster: its error record
                results.append(_failed(item, exc))
        return results

    def _result(self, future: Any) -> list[Result]:
        """The future's result, or ``ExtractionError`` once the cluster has had no worker for
        ``NO_WORKER_GRACE`` seconds (a nanny that could not restart its worker): never a hang."""
        without_workers_since: float | None = None
        while True:
            try:
                result: list[Result] = future.result(timeout=POLL_SECONDS)
                return result
            except TimeoutError:
                self._replace_lost_workers()
                if self.open().nthreads():
                    without_workers_since = None
                    continue
                now = time.monotonic()
                without_workers_since = without_workers_since or now
                if now - without_workers_since > NO_WORKER_GRACE:
                    raise ExtractionError(self._no_worker_message()) from None

    def _replace_lost_workers(self) -> None:
        """Start again, under new names, the local cluster's workers that it dropped (a nanny
        whose worker did not come back in time is closed and forgotten by the cluster)."""
        cluster = self._cluster
        if cluster is None:
            return
        present = set(cluster.workers)
        self._started |= present
        # a name asked for but not started yet is not lost: only names the cluster once had
        lost = [name for name in list(cluster.worker_spec)
                if name in self._started and name not in present]
        if not lost:
            return
        if self.replacements + len(lost) > MAX_REPLACEMENTS:
            raise ExtractionError(
                f"the local Dask cluster lost its workers more than {MAX_REPLACEMENTS} times "
                f"(a worker its nanny could not restart is started again at most "
                f"{MAX_REPLACEMENTS} times); see the workers' log, or use --engine local")
        for name in lost:
            self.replacements += 1
            # a new name: the old one may still register late, and the scheduler refuses a
            # name taken
            cluster.worker_spec[f"replaced-{self.replacements}"] = cluster.worker_spec.pop(name)
        cluster.scale(len(cluster.worker_spec))  # starts the spec's workers the cluster lacks

    def _no_worker_message(self) -> str:
        if self._cluster is not None:
            return (f"the local Dask cluster has had no worker for {NO_WORKER_GRACE:g} s "
                    f"({self.replacements} lost workers started again); run again, or use "
                    "--engine local")
        return (f"the Dask cluster at {self.scheduler} has had no worker for "
                f"{NO_WORKER_GRACE:g} s; start workers (dask worker {self.scheduler}) or run "
                "again")


class _LocalCluster(LocalCluster):
    """A ``LocalCluster`` that leaves a nanny ``LOST_WORKER_TIMEOUT`` to bring back its worker
    before it closes and forgets the nanny (``SpecCluster`` reads the timeout when the scheduler
    reports the worker gone)."""

    def _update_worker_status(self, op: str, msg: Any) -> None:
        import dask

        with dask.config.set({"distributed.deploy.lost-worker-timeout": LOST_WORKER_TIMEOUT}):
            super()._update_worker_status(op, msg)  # type: ignore[no-untyped-call]


def _connect(address: str, timeout: float) -> Any:
    try:
        return Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ExtractionError(f"cannot reach the Dask scheduler at {address}: {exc}; start it "
                              "with `dask scheduler`, or leave out --scheduler for a local "
                              "cluster") from exc


def _failed(item: Item, exc: Exception) -> ErrorRecord:
    if isinstance(item, ReadFailure):
        return ErrorRecord(item.error.code, str(item.error), item.source)
    source = item.source if isinstance(item, Article) else Source()
    if type(exc).__name__ == "KilledWorker":
        return ErrorRecord(WorkerLost.code, (
            "the Dask worker extracting this article died and was restarted (its nanny restarts "
            "a worker over its memory limit: DATELINE_WORKER_MEMORY, or dask worker "
            f"--memory-limit): {exc}"), source, stage="pipeline", rule="worker-lost")
    message = f"extraction failed on the cluster: {type(exc).__name__}: {exc}"
    return ErrorRecord(ExtractionError.code, message, source)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
