"""Where the time goes in ``extract_many`` on real-length news: a cProfile run, summed per stage.

Prints, for the corpus profiled (``--corpus synthetic|meantime|sample``):
- the time of each part of the work: cleaning, each dateline stage (the cumulative time of its
  component's ``__call__``), and the rest (spaCy's own components, making docs, building records);
- the dateline functions with the most own time (file:line) and their call counts, to find
  super-linear scans, regexes over whole texts and Python loops over word lists.

Run: ``python bench/profile_stages.py [--corpus synthetic] [--limit 200] [--top 25]
[--out FILE]`` (``--out`` keeps the raw profile for ``python -m pstats``, to see callers). Not
named ``profile.py``: run as a script, it would hide the standard library's ``profile``, which
``cProfile`` imports.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from typing import Any

import corpora

from dateline.ingest.readers import Article
from dateline.pipeline import extract_many

STAGE = ("__call__", "process")  # a stage's entry point (the largest of these is taken)

#: Functions whose cumulative time is one part of the work: (label, file suffix, functions).
PARTS = [
    ("cleaning", "dateline/ingest/clean.py", ("clean",)),
    ("paragraphs", "dateline/stages/paragraphs.py", ("mark_paragraph_starts", *STAGE)),
    ("times", "dateline/stages/times.py", STAGE),
    ("actors", "dateline/stages/actors.py", STAGE),
    ("places", "dateline/stages/places.py", STAGE),
    ("quotes", "dateline/stages/quotes.py", STAGE),
    ("events", "dateline/stages/events.py", STAGE),
    ("threads", "dateline/stages/threads.py", STAGE),
    ("building records", "dateline/pipeline.py", ("_to_record",)),
]


def load(name: str, limit: int) -> list[Article]:
    if name == "meantime":
        return corpora.meantime()[:limit]
    if name == "sample":
        return corpora.sample()
    return corpora.synthetic(limit)


def parts(stats: pstats.Stats) -> list[tuple[str, float]]:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    found = []
    for label, suffix, functions in PARTS:
        seconds = max([entry[3] for (path, _, name), entry in raw.items()
                       if path.endswith(suffix) and name in functions], default=0.0)
        if seconds:
            found.append((label, seconds))
    return found


def top_dateline(stats: pstats.Stats, top: int) -> list[tuple[str, float, float, int]]:
    """(file:line function, own seconds, cumulative seconds, calls), most own time first."""
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    rows = [(f"{path.split('src/')[-1]}:{line} {name}", entry[2], entry[3], entry[1])
            for (path, line, name), entry in raw.items() if "dateline/" in path]
    return sorted(rows, key=lambda row: row[1], reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="synthetic", help="synthetic, meantime or sample")
    parser.add_argument("--limit", type=int, default=200, help="articles to profile")
    parser.add_argument("--top", type=int, default=25, help="dateline functions to list")
    parser.add_argument("--out", help="write the raw profile here")
    args = parser.parse_args()
    articles = load(args.corpus, args.limit)
    list(extract_many(corpora.sample()[:2]))  # load the pipeline and lexicons first
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    for _ in extract_many(articles):
        pass
    profiler.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    if args.out:
        stats.dump_stats(args.out)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{args.corpus}: {len(articles)} articles, {corpora.words(articles)} words; "
          f"{wall:.1f} s wall, {total:.1f} s profiled")
    counted = 0.0
    for label, seconds in parts(stats):
        counted += seconds
        print(f"  {label:<18} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    rest = total - counted
    print(f"  {'rest (spaCy, docs)':<18} {rest:8.2f} s  {100 * rest / total:5.1f} %")
    print(f"\ntop {args.top} dateline functions by own time:")
    print(f"  {'own s':>7} {'cum s':>7} {'calls':>9}  function")
    for name, own, cumulative, calls in top_dateline(stats, args.top):
        print(f"  {own:7.2f} {cumulative:7.2f} {calls:9d}  {name}")


if __name__ == "__main__":
    main()
