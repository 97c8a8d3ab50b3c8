"""``bench/scale.py``'s ingest report (issue 14): warm-up, alternated rounds, the ratio line,
and the benchmark schema dropped afterwards."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_store import PG_URL, synthetic_record

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def scale(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    return importlib.import_module("scale")


def test_rounds_alternate_after_an_untimed_warm_up(scale: ModuleType,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[str, int]] = []
    rates = iter([100.0, 50.0, 200.0, 180.0, 100.0, 90.0])

    def lite(records: list[Any]) -> float:
        calls.append(("sqlite", len(records)))
        return 1.0 if len(records) == 20 else next(rates)

    def pg(_url: str, records: list[Any]) -> float:
        calls.append(("postgresql", len(records)))
        return 1.0 if len(records) == 20 else next(rates)

    monkeypatch.setattr(scale, "sqlite_rate", lite)
    monkeypatch.setattr(scale, "postgres_rate", pg)
    scale.report_ingest([synthetic_record(i) for i in range(30)], "postgresql://x", rounds=3)
    assert calls == [("sqlite", 20), ("postgresql", 20), *[("sqlite", 30), ("postgresql", 30)] * 3]
    out = capsys.readouterr().out
    assert "30 records, batches of 50, median of 3" in out
    assert "ratio PostgreSQL/SQLite 0.90 (0.50-0.90) (goal >= 0.8)" in out


def test_without_postgresql_only_sqlite_is_measured(scale: ModuleType,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    scale.report_ingest([synthetic_record(i) for i in range(3)], None, rounds=2)
    out = capsys.readouterr().out
    assert "ingest SQLite" in out and "rows/s" in out
    assert "PostgreSQL  not measured" in out


@pytest.mark.skipif(not PG_URL, reason="DATELINE_TEST_PG_URL is not set")
def test_the_postgresql_round_leaves_no_schema_behind(scale: ModuleType,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import uuid

    from sqlalchemy import create_engine, text

    mine = uuid.uuid4()
    monkeypatch.setattr(scale.uuid, "uuid4", lambda: mine)
    assert scale.postgres_rate(str(PG_URL), [synthetic_record(1), synthetic_record(2)]) > 0
    engine = create_engine(str(PG_URL))
    with engine.connect() as conn:
        left = conn.scalars(text("SELECT nspname FROM pg_namespace WHERE nspname = :name"),
                            {"name": f"dateline_bench_{mine.hex[:12]}"}).all()
    engine.dispose()
    assert left == []


def test_scaling_is_also_given_against_the_local_engine_with_one_worker(
        scale: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    one = {"count": 10, "seconds": 1.0, "rate": 10.0, "words": 100.0, "rss": [1 << 20]}
    two = {"count": 10, "seconds": 0.5, "rate": 22.0, "words": 200.0, "rss": [1 << 20] * 2}
    scale.report_scaling(one, two, local=15.0)
    out = capsys.readouterr().out
    assert "scaling efficiency (2 workers) 1.10" in out
    assert "Dask 1 worker / local 1 worker 0.67" in out
    assert "against the local 1-worker rate 0.73" in out


def test_memory_only_prints_each_checkpoint(scale: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import dateline

    seen: list[int] = []

    def extract_many(items: Any) -> Any:
        for item in items:
            seen.append(1)
            yield item

    monkeypatch.setattr(dateline, "extract_many", extract_many)
    scale.memory_only([3, 5, 2])
    lines = [line for line in capsys.readouterr().out.splitlines() if "articles  RSS" in line]
    assert [int(line.split()[0]) for line in lines] == [2, 3, 5]
    assert all("strings" in line and "peak" in line for line in lines)
    assert len(seen) == 2 + 5  # the warm-up, then the stream up to the last checkpoint


class _Client:
    def run(self, function: Any) -> dict[str, Any]:
        name = function.__name__
        values = {"worker_state": {"profile cycles": 0, "tasks": 1},
                  "worker_release": {"RSS": 3 << 20, "after malloc_trim": 2 << 20}}
        return {"tcp://w": values[name]}


class _Engine:
    """Stands in for a 1-worker DaskEngine: each article is its own record."""

    def __init__(self, workers: int) -> None:
        assert workers == 1
        self.seen = 0

    def __enter__(self) -> _Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def open(self) -> _Client:
        return _Client()

    def rss(self) -> dict[str, int]:
        return {"tcp://w": (100 + self.seen) << 20}

    def peak_rss(self) -> dict[str, int]:
        return self.rss()

    def extract_many(self, items: Any) -> Any:
        for item in items:
            self.seen += 1
            yield item


def test_worker_memory_prints_n_2n_and_4n_articles(scale: ModuleType,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(scale, "DaskEngine", _Engine)
    scale.worker_memory(3)
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "articles  worker RSS" in line]
    assert [int(line.split()[0]) for line in lines] == [3, 6, 12]
    assert "worker RSS 103 MB  peak 103 MB" in lines[0] and "worker RSS 112 MB" in lines[2]
    assert all("profile cycles 0" in line and "articles/s" in line for line in lines)
    assert "worker memory released: RSS 3 MB; after malloc_trim 2 MB" in out
