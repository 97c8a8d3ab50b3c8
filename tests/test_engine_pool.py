"""The local engine's supervised pool (issue 19): a worker over its memory limit, or killed,
is replaced; the article it was on becomes an error record; every other article is extracted
once, in input order."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.budget import parse_memory, worker_memory
from dateline.engine import LocalEngine
from dateline.engine.pool import resident
from dateline.ingest.readers import Article
from dateline.record import ErrorRecord, Record, Source
from tests.pool_hooks import ALLOCATE_ENV

TEXTS = [
    "MOSCOW, Jan. 26, 2022 - Russia accused Ukraine of shelling the town.",
    "PARIS, March 3, 2023 - France and Germany agreed to hold talks next week.",
    "Officials in Kyiv said they rejected the proposal on Monday.",
]
MB = 1024 * 1024


def _batch(marker: str) -> list[Article]:
    items = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS * 2)]
    items.insert(3, Article(f"Britain said {marker} that it would meet France.",
                            Source(id="bad")))
    return items


def _check(results: list[Any], code: str, rule: str) -> None:
    assert [r.source.id for r in results] == ["a0", "a1", "a2", "bad", "a3", "a4", "a5"]
    bad = results[3]
    assert isinstance(bad, ErrorRecord)
    assert (bad.code, bad.stage, bad.rule) == (code, "pipeline", rule)
    assert all(isinstance(r, Record) for i, r in enumerate(results) if i != 3)
    assert [r.source.id for r in results[:3]] == ["a0", "a1", "a2"]


@pytest.mark.model
def test_an_article_over_the_memory_limit_is_an_error_record(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ALLOCATE_ENV, "900")
    with LocalEngine(1, chunk_size=3, memory_limit=8 * 1024 * MB,
                     initializer="tests.pool_hooks:allocate_on_marker") as engine:
        pool = engine.pool
        assert pool is not None
        pool.memory_limit = max(resident(pid) for pid in pool.pids()) + 300 * MB
        first = pool.pids()
        results = list(engine.extract_many(_batch("ALLOCATE")))
        assert pool.replaced == 2 and pool.pids() != first  # the chunk, then the article alone
    _check(results, "memory", "worker-memory-limit")
    assert "memory limit" in results[3].message and "DATELINE_WORKER_MEMORY" in results[3].message


@pytest.mark.model
def test_a_worker_killed_mid_batch_is_replaced_and_only_its_article_fails(nlp: Any) -> None:
    engine = LocalEngine(2, chunk_size=2, initializer="tests.pool_hooks:kill_on_marker")
    results = list(engine.extract_many(_batch("KILLME")))
    _check(results, "worker-lost", "worker-lost")
    assert engine.pool is None  # started and stopped around the run


@pytest.mark.model
def test_the_pool_gives_the_in_process_records_run_after_run(nlp: Any) -> None:
    items: list[Any] = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS * 3)]
    items.insert(2, Article("   ", Source(id="blank")))
    single = [r.to_json() for r in LocalEngine(1).extract_many(items)]
    with LocalEngine(2, chunk_size=2) as engine:
        pooled = [r.to_json() for r in engine.extract_many(items)]
        left = engine.extract_many(items)
        next(left)
        left.close()  # a run left early: its late answers must not reach the next run
        again = [r.to_json() for r in engine.extract_many(items)]
    assert pooled == single and again == single


def test_memory_sizes_and_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_memory("2G") == parse_memory("2GiB") == 2 * 1024 * MB
    assert parse_memory("1500M") == 1500 * MB and parse_memory("123") == 123
    with pytest.raises(ValueError, match="not a memory size"):
        parse_memory("lots")
    monkeypatch.delenv("DATELINE_WORKER_MEMORY", raising=False)
    assert worker_memory() == 2 * 1024 * MB
    assert not LocalEngine(1).pooled and LocalEngine(2).pooled
    monkeypatch.setenv("DATELINE_WORKER_MEMORY", "0")
    assert worker_memory() is None and not LocalEngine(1).pooled
    monkeypatch.setenv("DATELINE_WORKER_MEMORY", "1G")
    assert LocalEngine(1).pooled and LocalEngine(1).memory_limit == 1024 * MB


@pytest.mark.model
def test_the_web_extract_endpoint_runs_under_the_worker_memory_limit(
        nlp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from fastapi.testclient import TestClient

    from dateline.store import Store
    from dateline.web import create_app
    from dateline.web.service import Extractor

    monkeypatch.setenv(ALLOCATE_ENV, "900")
    auth = {"authorization": "Bearer t"}
    with Store.open(str(tmp_path / "web.db")) as store, \
            TestClient(create_app(store, token="t")) as client:
        extractor = Extractor(initializer="tests.pool_hooks:allocate_on_marker")
        client.app.state.extractor = extractor  # type: ignore[attr-defined]
        engine = extractor._opened(None)
        assert engine.pool is not None
        pids = engine.pool.pids()
        engine.pool.memory_limit = resident(pids[0]) + 300 * MB
        hog = client.post("/api/extract", headers=auth,
                          json={"text": "Britain said ALLOCATE that it would meet France."})
        assert hog.status_code == 422, hog.text
        assert hog.json()["error"]["code"] == "memory"
        assert engine.pool.pids() != pids  # replaced
        fine = client.post("/api/extract", headers=auth, json={"text": TEXTS[0]})
        assert fine.status_code == 200 and fine.json()["events"]
    assert extractor._engine is None  # the app's shutdown stopped its worker


@pytest.mark.model
def test_the_pool_withholds_events_as_each_run_asks(nlp: Any) -> None:
    from dateline.pipeline import extract_many

    text = ("Officials said Sudan had asked Egypt to mediate on Monday, and rebels attacked "
            "the town.")
    items = [Article(text, Source(id="m"), published="2024-03-06")]
    with LocalEngine(2, chunk_size=1) as engine:
        assert engine.pool is not None
        default = [r.to_json() for r in engine.extract_many(items)]
        engine.min_confidence = 0.0
        every = [r.to_json() for r in engine.extract_many(items)]
    assert default == [r.to_json() for r in extract_many(items)]
    assert every == [r.to_json() for r in extract_many(items, min_confidence=0)]
    assert every != default
