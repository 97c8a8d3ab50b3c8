"""The Dask engine: a 2-worker LocalCluster gives the local engine's records, in input order,
with a user lexicon loaded on every worker; a partition the cluster fails yields error records."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.engine import LocalEngine, make_engine
from dateline.engine.dask import DaskEngine
from dateline.errors import ExtractionError, UnreadableInput
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record, Source

TEXTS = [
    "MOSCOW, Jan. 26, 2022 - Russia accused Ukraine of shelling the town.",
    "PARIS, March 3, 2023 - France and Germany agreed to hold talks next week.",
    "Zentrix Holdings said on Monday that it rejected the proposal from Norway.",
    "Officials in Kyiv said they rejected the proposal on Monday.",
]
LEXICON = ("organizations:\n  - name: Zentrix Holdings\n    country: NOR\n"
           "    sector: BUS\n    kind: organization\n")


def _items() -> list[Any]:
    items: list[Any] = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS * 3)]
    items.insert(4, ReadFailure(UnreadableInput("cannot read gone.txt"), Source(path="gone.txt")))
    items.insert(7, Article("   ", Source(id="blank")))
    items.append("Britain and France signed a defence pact in London on Friday.")
    return items


def _key(result: Record | ErrorRecord) -> tuple[str, ...]:
    if isinstance(result, ErrorRecord):
        return ("error", result.code, str(result.source.path or result.source.id))
    return (result.id, str(result.source.id), result.to_json())


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lexicon") / "mine.yaml"
    path.write_text(LEXICON, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_results(nlp: Any, lexicon: Path) -> list[Record | ErrorRecord]:
    return list(LocalEngine(1, lexicons=[str(lexicon)]).extract_many(_items()))


@pytest.fixture(scope="module")
def cluster_engine(lexicon: Path) -> Iterator[DaskEngine]:
    with DaskEngine(workers=2, chunk_size=2, partitions=3, lexicons=[lexicon]) as engine:
        yield engine


@pytest.mark.model
def test_two_workers_match_the_local_engine_in_input_order(
        cluster_engine: DaskEngine, local_results: list[Any]) -> None:
    ticks: list[int] = []
    cluster_engine.progress = ticks.append
    items = _items()
    results = list(cluster_engine.extract_many(items))
    assert [_key(r) for r in results] == [_key(r) for r in local_results]
    assert len(results) == len(items) == sum(ticks)
    assert isinstance(results[4], ErrorRecord) and results[4].source.path == "gone.txt"
    assert isinstance(results[7], ErrorRecord) and results[7].source.id == "blank"
    assert len(cluster_engine.peak_rss()) == 2


@pytest.mark.model
def test_the_user_lexicon_reaches_every_worker(cluster_engine: DaskEngine) -> None:
    articles = [Article(TEXTS[2], Source(id=f"z{i}")) for i in range(6)]
    results = list(cluster_engine.extract_many(articles))
    countries = [{a.country for a in r.actors if a.name == "Zentrix Holdings"}
                 for r in results if isinstance(r, Record)]
    assert countries == [{"NOR"}] * 6


@pytest.mark.model
def test_the_workers_withhold_events_as_the_engine_asks(cluster_engine: DaskEngine) -> None:
    from dataclasses import replace

    from dateline.pipeline import extract_many

    text = ("Officials said Sudan had asked Egypt to mediate on Monday, and rebels attacked "
            "the town.")
    items = [Article(text, Source(id="m"), published="2024-03-06")]
    default = cluster_engine.settings
    try:
        cluster_engine.settings = replace(default, min_confidence=0.0)
        every = [r.to_json() for r in cluster_engine.extract_many(items)]
    finally:
        cluster_engine.settings = default
    assert every == [r.to_json() for r in extract_many(items, min_confidence=0,
                                                      lexicons=default.lexicons)]
    assert len(json.loads(every[0])["events"]) == 2


@pytest.mark.model
def test_ingest_stores_what_the_cluster_extracts(cluster_engine: DaskEngine,
                                                 tmp_path: Path) -> None:
    from dateline import batch
    from dateline.store import Store

    cluster_engine.progress = None
    items = _items()[:5]  # four different articles, then the unreadable input
    with Store.open(str(tmp_path / "dask.db")) as store:
        first = batch.ingest_articles(store, items, engine=cluster_engine)
        again = batch.ingest_articles(store, items, engine=cluster_engine)
    assert (first.added, first.failed) == (4, 1) and first.rows > 0
    assert (again.added, again.unchanged, again.failed) == (0, 4, 1)


class _Future:
    """A partition's future: a partition of several articles, or "plain text", fails."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def result(self, timeout: float | None = None) -> Any:
        if len(self.items) > 1 or self.items[0] == "plain text":
            raise OSError("worker lost")
        return [ErrorRecord("alone", "ran alone", Source(id="ok"))]


class _Client:
    def submit(self, function: Any, items: list[Any], *args: Any, **kwargs: Any) -> _Future:
        return _Future(items)


def test_a_partition_the_cluster_fails_is_run_again_article_by_article() -> None:
    chunk: list[Any] = [Article("Russia said so.", Source(id="x")), "plain text",
                        ReadFailure(UnreadableInput("cannot read a"), Source(path="a"))]
    engine = DaskEngine()
    engine.client = _Client()
    results = engine._collect(_Future(chunk), chunk)
    assert [r.code for r in results if isinstance(r, ErrorRecord)] == [
        "alone", "extraction", "alone"]
    assert "worker lost" in results[1].message  # type: ignore[union-attr]
    engine.client = None


def test_empty_input_starts_no_cluster() -> None:
    engine = DaskEngine(scheduler="tcp://127.0.0.1:1")
    assert list(engine.extract_many([])) == []
    assert engine.client is None


def test_an_unreachable_scheduler_is_an_error_that_says_what_to_do() -> None:
    from dateline.errors import ExtractionError

    engine = DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=2)
    with pytest.raises(ExtractionError, match="cannot reach the Dask scheduler"):
        list(engine.extract_many([Article(TEXTS[0], Source(id="a"))]))


def test_make_engine_names_the_engines() -> None:
    assert isinstance(make_engine("local", workers=2), LocalEngine)
    assert isinstance(make_engine("dask", scheduler="tcp://h:8786"), DaskEngine)
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine("spark")


def test_dask_options_without_the_dask_engine_are_usage_errors(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dateline.cli import main

    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0], encoding="utf-8")
    runner = CliRunner()
    for command in (["extract", str(article)], ["ingest", str(article), "--db",
                                                str(tmp_path / "x.db")]):
        result = runner.invoke(main, [*command, "--scheduler", "tcp://127.0.0.1:1"])
        assert result.exit_code == 2 and "--engine dask" in result.output
        assert runner.invoke(main, [*command, "--partitions", "2"]).exit_code == 2
        assert runner.invoke(main, [*command, "--engine", "spark"]).exit_code == 2


@pytest.mark.model
def test_a_partition_lost_to_a_worker_over_its_memory_limit_is_retried_article_by_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pool_hooks import ALLOCATE_ENV

    monkeypatch.setenv(ALLOCATE_ENV, "900")  # the workers inherit it
    items = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS[:3] * 2)]
    items.insert(2, Article("Britain said ALLOCATE that it would meet France.", Source(id="bad")))
    with DaskEngine(workers=1, chunk_size=4, memory_limit=8 * 1024**3,
                    initializer="tests.pool_hooks:allocate_on_marker") as engine:
        baseline = max(engine.peak_rss().values())
        _lower_memory_limit(engine, int((baseline + 300 * 1024**2) / 0.95))
        results = list(engine.extract_many(items))
    assert [r.source.id for r in results] == ["a0", "a1", "bad", "a2", "a3", "a4", "a5"]
    bad = results[2]
    assert isinstance(bad, ErrorRecord)
    assert (bad.code, bad.stage, bad.rule) == ("worker-lost", "pipeline", "worker-lost")
    assert "memory limit" in bad.message
    assert all(isinstance(r, Record) for i, r in enumerate(results) if i != 2)


def _lower_memory_limit(engine: DaskEngine, limit: int) -> None:
    """The nannies kill their worker at 95% of ``limit``; a worker the engine starts again in
    place of a lost one gets it too (from the cluster's spec)."""
    for nanny in engine._cluster.workers.values():
        nanny.memory_manager.memory_limit = limit
    for spec in engine._cluster.worker_spec.values():
        spec["options"] = {**spec["options"], "memory_limit": limit}


def _killing_items() -> list[Article]:
    items = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS[:3])]
    items.insert(1, Article("Britain said KILLME that it would meet France.", Source(id="bad")))
    return items


def _nannies_forgotten(engine: DaskEngine) -> None:
    """When its worker dies, each nanny is closed and forgotten by the cluster, as
    ``LocalCluster`` does to a nanny whose worker is not back within the lost-worker timeout
    (a restart that failed, or a slow one on a loaded machine)."""
    cluster = engine._cluster
    for name, nanny in list(cluster.workers.items()):  # in this process: the cluster's thread

        async def forgotten(exitcode: int, name: Any = name, nanny: Any = nanny) -> None:
            del cluster.workers[name]
            await nanny.close()

        nanny._on_worker_exit = forgotten


@pytest.mark.model
def test_a_worker_its_nanny_did_not_bring_back_is_replaced_by_the_engine(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.engine.dask as dask_engine

    monkeypatch.setattr(dask_engine, "POLL_SECONDS", 0.5)
    with DaskEngine(workers=1, chunk_size=4,
                    initializer="tests.pool_hooks:kill_on_marker") as engine:
        _nannies_forgotten(engine)  # the first one only: the engine's replacement restarts
        results = list(engine.extract_many(_killing_items()))
        names = set(engine._cluster.workers)
        replaced = engine.replacements
    assert [r.source.id for r in results] == ["a0", "bad", "a1", "a2"]
    bad = results[1]
    assert isinstance(bad, ErrorRecord) and bad.code == "worker-lost"
    assert all(isinstance(r, Record) for i, r in enumerate(results) if i != 1)
    # the bad article kills each worker it is retried on: the replacement's own nanny restarts
    # it, but on a loaded machine that restart can miss the cluster's timeout and be forgotten
    # too, which the engine must then replace again (seen once in CI under load 10)
    assert 1 <= replaced <= dask_engine.MAX_REPLACEMENTS
    assert names == {f"replaced-{replaced}"}


@pytest.mark.model
def test_a_cluster_that_keeps_losing_its_workers_stops_with_an_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.engine.dask as dask_engine

    monkeypatch.setattr(dask_engine, "POLL_SECONDS", 0.5)
    monkeypatch.setattr(dask_engine, "MAX_REPLACEMENTS", 0)
    with DaskEngine(workers=1, chunk_size=4,
                    initializer="tests.pool_hooks:kill_on_marker") as engine:
        _nannies_forgotten(engine)
        with pytest.raises(ExtractionError, match="lost its workers more than 0 times"):
            list(engine.extract_many(_killing_items()))


@pytest.mark.model
def test_a_cluster_left_with_no_worker_stops_the_run_with_an_error_not_a_hang(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.engine.dask as dask_engine

    monkeypatch.setattr(dask_engine, "POLL_SECONDS", 0.2)
    monkeypatch.setattr(dask_engine, "NO_WORKER_GRACE", 1.0)
    with DaskEngine(workers=1, chunk_size=2) as engine:
        engine._cluster.scale(0)
        deadline = time.monotonic() + 60
        while engine.client.nthreads() and time.monotonic() < deadline:
            time.sleep(0.1)
        with pytest.raises(ExtractionError, match="no worker"):
            list(engine.extract_many([Article(TEXTS[0], Source(id="a0"))]))


def _malloc_env() -> tuple[str | None, str | None]:
    import os

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS")


@pytest.mark.model
def test_the_local_cluster_leaves_glibc_its_dynamic_mmap_threshold(
        cluster_engine: DaskEngine) -> None:
    """distributed's nannies set MALLOC_TRIM_THRESHOLD_ by default, which made every large
    allocation of a worker's parse a fresh mapping (13 times the page faults per article, the
    1-worker Dask run slower than the local engine); the engine's cluster does not."""
    seen = cluster_engine.open().run(_malloc_env)
    assert len(seen) == 2 and set(seen.values()) == {(None, "1")}, seen


def _profiler_state(dask_worker: Any) -> tuple[list[str], int]:
    running = [name for name in ("profile", "profile-cycle")
               if name in dask_worker.periodic_callbacks]
    return running, len(dask_worker.profile_history)


@pytest.mark.model
def test_the_workers_run_without_the_statistical_profiler(cluster_engine: DaskEngine) -> None:
    """distributed's profiler keeps a tree of sampled stacks per second for 1,000 s: a worker's
    memory grew with the time it ran (449 -> 540 MB over 1,000 -> 4,000 articles)."""
    list(cluster_engine.extract_many([Article(TEXTS[1], Source(id="p1"))]))
    time.sleep(1.5)  # longer than a profile cycle: a running profiler would have kept one
    seen = cluster_engine.open().run(_profiler_state)
    assert [(list(running), kept) for running, kept in seen.values()] == [([], 0)] * 2, seen


class _Callback:
    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


def test_stop_profiling_stops_the_profiler_and_drops_its_history() -> None:
    from collections import deque
    from types import SimpleNamespace

    from dateline.engine.dask import stop_profiling

    profile, cycle, heartbeat = _Callback(), _Callback(), _Callback()
    worker = SimpleNamespace(
        periodic_callbacks={"profile": profile, "profile-cycle": cycle,
                            "heartbeat": heartbeat},
        profile_history=deque([(1.0, {})]), profile_keys_history=deque([(1.0, {})]))
    stop_profiling(worker)
    assert profile.stopped and cycle.stopped and not heartbeat.stopped
    assert list(worker.periodic_callbacks) == ["heartbeat"]  # not started again with the rest
    assert not worker.profile_history and not worker.profile_keys_history
    stop_profiling(SimpleNamespace())  # a worker without a profiler: nothing to do
