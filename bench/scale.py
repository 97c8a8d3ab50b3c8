"""Scaling of the Dask engine, memory per worker, and store ingest speed, from one run.

Prints:
- the local engine's supervised pool (2 worker processes under the memory limit, issue 19)
  beside spaCy's ``nlp.pipe(n_process=2)`` that it replaced, on the same ``--articles``
  stories: articles/s of each (the pool's start, which loads the pipeline in each worker, is
  timed apart; ``nlp.pipe`` forks from a process that has the pipeline loaded).
- 1 and 2 Dask workers (a ``LocalCluster`` of processes, one thread each) on the same
  ``--articles`` synthetic stories (default 2,000): articles/s and words/s of each, and the
  scaling efficiency ``rate(2) / (2 * rate(1))`` (goal >= 0.8). Cluster start and pipeline
  loading are not timed: the workers are warmed up by the plugin before the clock starts.
- the peak resident memory of each worker after ``--articles`` and after ``--large`` articles
  (default 10,000, streamed, distinct copies of the stories) (goal: under 1 GB, and flat).
- store ingest rows/s through the public ``Store.ingest`` API for the records of the first
  ``--ingest`` articles: SQLite (a temporary file) and PostgreSQL (``--pg URL``, else
  ``$DATELINE_BENCH_PG_URL``, else ``$DATELINE_TEST_PG_URL``: a database URL; the records go
  to a fresh schema of that database, dropped afterwards).

Run: ``python bench/scale.py [--quick] [--local-only] [--pg postgresql+psycopg://...]``.
``--quick``: 200 articles, 1,000 for memory, 100 ingested. ``--local-only``: only the first
comparison. ``--ingest-only``: only the ingest rates (``--ingest`` stories extracted in process).
``--ingest-rounds``: SQLite and PostgreSQL ingests alternated (default 9; median and range).
``--memory-only [--checkpoints 2000,5000,10000]``: one process, no Dask: resident memory and
the size of spaCy's vocabulary after each checkpoint's count of distinct stories.
``--worker-memory N``: one Dask worker, 4N distinct stories: its resident memory (now and
peak), what its profiler keeps and its CPU time after N, 2N and 4N articles, then how much of
its memory glibc gives back (``malloc_trim``): whether a worker is flat shows in minutes
(``--worker-memory 1000``: about 5 minutes on a quiet machine).

The issue's checks in one run, on a quiet machine (about an hour on 2 cores)::

    export DATELINE_TEST_PG_URL=$(bash .ci/postgres.sh)
    python bench/scale.py --articles 2000 --large 10000 --ingest 500
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import corpora

from dateline.engine import LocalEngine
from dateline.engine.dask import DaskEngine
from dateline.ingest.readers import Article
from dateline.record import Record

MB = 1024 * 1024
#: Records per ingest transaction, both stores (``dateline ingest``'s default).
BATCH = 50


def run(workers: int, articles: Iterable[Article], keep: int = 0) -> dict[str, Any]:
    """Extract on a fresh local cluster of ``workers``; rate, peak RSS per worker, and the
    first ``keep`` records."""
    with DaskEngine(workers=workers) as engine:
        engine.open()
        count = words = 0
        kept: list[Record] = []
        start = time.perf_counter()
        for result in engine.extract_many(articles):
            count += 1
            if isinstance(result, Record):
                words += len(result.text.split())
                if len(kept) < keep:
                    kept.append(result)
        seconds = time.perf_counter() - start
        rss = sorted(engine.peak_rss().values())
    return {"count": count, "seconds": seconds, "rate": count / seconds,
            "words": words / seconds, "rss": rss, "records": kept}


def compare_local(batch: list[Article]) -> None:
    """The local pool of 2 workers beside ``extract_many(n_process=2)``, same articles."""
    from dateline import extract_many

    list(extract_many(batch[:2]))  # the pipeline loaded here, for nlp.pipe's forks
    start = time.perf_counter()
    count = sum(1 for _ in extract_many(batch, n_process=2))
    piped = time.perf_counter() - start
    start = time.perf_counter()
    with LocalEngine(2) as engine:
        started = time.perf_counter() - start
        start = time.perf_counter()
        pooled_count = sum(1 for _ in engine.extract_many(batch))
        pooled = time.perf_counter() - start
    assert pooled_count == count
    print(f"local, nlp.pipe(n_process=2)  {count} articles in {piped:.1f} s: "
          f"{count / piped:.2f} articles/s")
    print(f"local, pool of 2 workers      {count} articles in {pooled:.1f} s: "
          f"{count / pooled:.2f} articles/s (+ {started:.1f} s to start the workers); "
          f"pool / nlp.pipe {piped / pooled:.2f}")


def ingest_rate(url: str, records: list[Record]) -> float:
    from dateline.store import Store

    with Store.open(url) as store:
        start = time.perf_counter()
        report = store.ingest(records, batch_size=BATCH)
        seconds = time.perf_counter() - start
    return report.rows / seconds


def sqlite_rate(records: list[Record]) -> float:
    with tempfile.TemporaryDirectory() as folder:
        return ingest_rate(str(Path(folder) / "bench.db"), records)


def postgres_rate(database_url: str, records: list[Record]) -> float:
    """Ingest into a fresh schema of the database at ``database_url``, then drop it: the
    database user needs only ``CREATE`` on that database, not ``CREATE DATABASE``."""
    from sqlalchemy import create_engine

    schema = f"dateline_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url)
    try:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        separator = "&" if "?" in database_url else "?"
        return ingest_rate(f"{database_url}{separator}options=-csearch_path%3D{schema}", records)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def mb(values: list[int]) -> str:
    return ", ".join(f"{v / MB:.0f}" for v in values) + " MB"


def local_one(batch: list[Article]) -> float:
    """Articles/s of the local engine with one worker process (its start not timed)."""
    with LocalEngine(1) as engine:
        list(engine.extract_many(batch[:2]))  # the worker started and warm
        start = time.perf_counter()
        count = sum(1 for _ in engine.extract_many(batch))
        return count / (time.perf_counter() - start)


def report_scaling(one: dict[str, Any], two: dict[str, Any], local: float | None = None) -> None:
    for label, result in (("1 worker ", one), ("2 workers", two)):
        print(f"{label}  {result['count']} articles in {result['seconds']:.1f} s: "
              f"{result['rate']:.2f} articles/s, {result['words']:.0f} words/s; "
              f"peak RSS per worker {mb(result['rss'])}")
    print(f"scaling efficiency (2 workers) {two['rate'] / (2 * one['rate']):.2f}  (goal >= 0.8)")
    if local:
        print(f"local engine, 1 worker {local:.2f} articles/s; Dask 1 worker / local 1 worker "
              f"{one['rate'] / local:.2f}; efficiency of 2 Dask workers against the local "
              f"1-worker rate {two['rate'] / (2 * local):.2f} (does not flatter when Dask's "
              "1-worker run is slow)")


def report_memory(small: dict[str, Any], large: dict[str, Any]) -> None:
    growth = max(large["rss"]) / max(small["rss"])
    print(f"peak RSS per worker: {small['count']} articles {mb(small['rss'])}; "
          f"{large['count']} articles {mb(large['rss'])}; growth x{growth:.2f} "
          "(goal: under 1024 MB, flat)")


def report_ingest(records: list[Record], pg_url: str | None, rounds: int = 9) -> None:
    """Alternate SQLite and PostgreSQL ingests of the same records into fresh stores, ``rounds``
    times: one ingest of a few hundred records takes about a second, so a single pair of runs
    swings with the machine's load (0.62 to 1.12 in three runs of 500 records). An untimed
    ingest into each first loads what the first timed round would pay for alone (lexicon
    tables, SQLAlchemy's compiled statements, psycopg's adapters)."""
    warm = records[:20]
    if not pg_url:
        sqlite_rate(warm)
        lite = statistics.median(sqlite_rate(records) for _ in range(rounds))
        print(f"ingest SQLite      {lite:10.0f} rows/s  ({len(records)} records, batches of "
              f"{BATCH}, median of {rounds})")
        print("ingest PostgreSQL  not measured: give --pg URL or set DATELINE_TEST_PG_URL")
        return
    sqlite_rate(warm), postgres_rate(pg_url, warm)
    pairs = [(sqlite_rate(records), postgres_rate(pg_url, records)) for _ in range(rounds)]
    lite = statistics.median(p[0] for p in pairs)
    pg = statistics.median(p[1] for p in pairs)
    ratios = sorted(p[1] / p[0] for p in pairs)
    print(f"ingest SQLite      {lite:10.0f} rows/s  ({len(records)} records, batches of "
          f"{BATCH}, median of {rounds})")
    print(f"ingest PostgreSQL  {pg:10.0f} rows/s  ratio PostgreSQL/SQLite "
          f"{statistics.median(ratios):.2f} ({ratios[0]:.2f}-{ratios[-1]:.2f}) (goal >= 0.8)")


def ingest_only(count: int, pg_url: str | None, rounds: int) -> None:
    from dateline import extract_many

    records = [r for r in extract_many(corpora.synthetic_stream(count)) if isinstance(r, Record)]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    report_ingest(records, pg_url, rounds)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


def rss_now() -> int:
    """This process's resident memory now, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory_only(checkpoints: list[int]) -> None:
    """One process, no Dask: extract ``max(checkpoints)`` distinct synthetic stories and print
    at each checkpoint the resident memory (now and peak) and what spaCy's vocabulary holds:
    growth per article shows cheaply, without a cluster."""
    import resource

    from dateline import extract_many
    from dateline.pipeline import PipelineConfig, load_pipeline

    nlp = load_pipeline(PipelineConfig())
    list(extract_many(corpora.synthetic_stream(2)))  # the pipeline and its tables loaded
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"after loading: RSS {rss_now() / MB:.0f} MB, {len(nlp.vocab.strings)} strings")
    wanted, start = sorted(set(checkpoints)), time.perf_counter()
    for done, _ in enumerate(extract_many(corpora.synthetic_stream(wanted[-1])), 1):
        if done in wanted:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            print(f"{done:6d} articles  RSS {rss_now() / MB:5.0f} MB  peak {peak / MB:5.0f} MB  "
                  f"strings {len(nlp.vocab.strings):7d}  lexemes {len(nlp.vocab):7d}  "
                  f"({time.perf_counter() - start:.0f} s)", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


def worker_state(dask_worker: Any) -> dict[str, int]:
    """Run on a worker (``client.run`` passes it): what its process holds besides the
    pipeline's own tables, to tell which part grows."""
    import pickle

    from dateline.pipeline import PipelineConfig, load_pipeline

    history = list(dask_worker.profile_history)
    totals = dask_worker.digests_total
    tasks_cpu = sum(value for key, value in totals.items()
                    if isinstance(key, tuple) and key[0] == "execute" and "thread-cpu" in key)
    return {"profile cycles": len(history),
            "profile kB": len(pickle.dumps(history)) // 1024,
            "profiler s": round(totals.get("profile-duration", 0.0), 1),
            "process CPU s": round(time.process_time(), 1),
            "tasks CPU s": round(tasks_cpu, 1),
            "tasks": len(dask_worker.state.tasks), "data": len(dask_worker.data),
            "strings": len(load_pipeline(PipelineConfig()).vocab.strings)}


def worker_release(dask_worker: Any) -> dict[str, int]:
    """Run on a worker, at the end: its resident memory now, after glibc gives back its free
    memory (``malloc_trim``), and after the worker's profile history is dropped as well: the
    parts of the growth that each one holds."""
    import ctypes
    import gc

    from dateline.engine.dask import rss_now

    libc = ctypes.CDLL("libc.so.6")
    found = {"RSS": rss_now()}
    gc.collect()
    libc.malloc_trim(0)
    found["after malloc_trim"] = rss_now()
    dask_worker.profile_history.clear()
    dask_worker.profile_keys_history.clear()
    gc.collect()
    libc.malloc_trim(0)
    found["and without the profile history"] = rss_now()
    return found


def worker_memory(step: int, steps: int = 3) -> None:
    """One Dask worker, ``step * 2**(steps - 1)`` distinct stories streamed through it: its
    resident memory (now and peak) after ``step``, ``2 * step``, ``4 * step``... articles, so
    whether a worker's memory is flat shows in minutes rather than a 10,000-article run."""
    checkpoints = [step * 2 ** k for k in range(steps)]
    with DaskEngine(workers=1) as engine:
        client = engine.open()
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
              f"1 Dask worker warm: RSS {mb(list(engine.rss().values()))}", flush=True)
        start = time.perf_counter()
        for done, _ in enumerate(engine.extract_many(streamed(checkpoints[-1])), 1):
            if done in checkpoints:
                now, peak = engine.rss(), engine.peak_rss()
                state = next(iter(client.run(worker_state).values()))
                print(f"{done:6d} articles  worker RSS {mb(list(now.values()))}  peak "
                      f"{mb(list(peak.values()))}  "
                      + "  ".join(f"{key} {value}" for key, value in state.items())
                      + f"  ({time.perf_counter() - start:.0f} s, "
                      f"{done / (time.perf_counter() - start):.2f} articles/s)", flush=True)
        release = next(iter(client.run(worker_release).values()))
        print("worker memory released: " + "; ".join(f"{key} {value / MB:.0f} MB"
                                                     for key, value in release.items()))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


def streamed(count: int) -> Iterator[Article]:
    return corpora.synthetic_stream(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short run")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--ingest", type=int, default=500)
    parser.add_argument("--pg", default=os.environ.get("DATELINE_BENCH_PG_URL")
                        or os.environ.get("DATELINE_TEST_PG_URL"),
                        help="PostgreSQL database URL (a fresh schema is made in it)")
    parser.add_argument("--ingest-rounds", type=int, default=9,
                        help="SQLite and PostgreSQL ingests alternated (median and range)")
    parser.add_argument("--ingest-only", action="store_true",
                        help="only the ingest rates, for the records of --ingest stories "
                        "extracted here (no cluster)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory of one process (no Dask) at --checkpoints")
    parser.add_argument("--checkpoints", default="2000,5000,10000",
                        help="article counts at which --memory-only prints the memory")
    parser.add_argument("--worker-memory", type=int, metavar="N",
                        help="only one Dask worker's memory after N, 2N and 4N articles")
    parser.add_argument("--local-only", action="store_true",
                        help="only the local pool beside nlp.pipe(n_process=2)")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.large, args.ingest = 200, 1000, 100
    if args.ingest_only:
        ingest_only(args.ingest, args.pg, args.ingest_rounds)
        return
    if args.worker_memory:
        worker_memory(args.worker_memory)
        return
    if args.memory_only:
        memory_only([int(n) for n in args.checkpoints.split(",")])
        return
    articles = corpora.synthetic_stream(args.articles)
    batch = list(articles)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; "
          f"{len(batch)} synthetic stories, {corpora.words(batch)} words")
    compare_local(batch)
    if args.local_only:
        return
    local = local_one(batch)
    one = run(1, batch)
    two = run(2, batch, keep=args.ingest)
    report_scaling(one, two, local)
    report_memory(two, run(2, streamed(args.large)))
    report_ingest(two["records"], args.pg, args.ingest_rounds)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
