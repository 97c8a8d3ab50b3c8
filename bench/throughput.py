"""Throughput of dateline against bare spaCy on the same texts, measured side by side.

For each corpus, prints words/s of ``nlp.pipe`` with the plain English pipeline, words/s of
``dateline.extract_many`` on the same articles, and their ratio; the runs alternate so that
noise from other work on the machine hits both alike, and the best of ``--rounds`` is kept.

Corpora: ``sample`` (``samples/corpus`` repeated ``--repeat`` times), ``meantime`` (the 120
MEANTIME Wikinews articles, from ``$DATELINE_SHARED`` or ``../shared``) and ``synthetic`` (the
first ``--limit`` NGEC synthetic stories in ``data/synthetic_stories``). The last two are
real-length news.

Run: ``python bench/throughput.py [--corpus sample,meantime,synthetic] [--limit N]``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

import corpora
import spacy

from dateline.ingest.readers import Article
from dateline.pipeline import DEFAULT_MODEL, extract_many


def load(name: str, args: argparse.Namespace) -> list[Article]:
    if name == "sample":
        return corpora.sample() * args.repeat
    if name == "meantime":
        return corpora.meantime()
    if name == "synthetic":
        return corpora.synthetic(args.limit)
    raise SystemExit(f"unknown corpus {name!r}: sample, meantime or synthetic")


def timed_rate(run: Callable[[], object], words: int, rounds: list[float]) -> None:
    start = time.perf_counter()
    run()
    rounds.append(words / (time.perf_counter() - start))


def measure(bare: object, articles: list[Article], rounds: int) -> tuple[float, float]:
    """(bare spaCy words/s, dateline words/s), best of ``rounds`` alternating runs."""
    texts = [a.text for a in articles]
    words = corpora.words(articles)
    spacy_rates: list[float] = []
    dateline_rates: list[float] = []
    for _ in range(rounds):
        timed_rate(lambda: list(bare.pipe(texts)), words, spacy_rates)  # type: ignore[attr-defined]
        timed_rate(lambda: list(extract_many(articles)), words, dateline_rates)
    return max(spacy_rates), max(dateline_rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="sample,meantime,synthetic",
                        help="comma-separated corpora (default: all three)")
    parser.add_argument("--repeat", type=int, default=10, help="copies of the sample corpus")
    parser.add_argument("--limit", type=int, default=300, help="synthetic stories to use")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per corpus")
    args = parser.parse_args()
    bare = spacy.load(DEFAULT_MODEL)
    warm = corpora.sample()[:2]
    list(extract_many(warm))  # load dateline's pipeline and lexicons before timing
    list(bare.pipe([a.text for a in warm]))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start "
          "(shared with other jobs: compare ratios, not absolute rates)")
    print(f"{'corpus':<10} {'texts':>6} {'words':>8} {'words/text':>10} {'spaCy w/s':>10} "
          f"{'dateline w/s':>12} {'ratio':>6}")
    for name in args.corpus.split(","):
        articles = load(name, args)
        if not articles:
            print(f"{name:<10} (not found: set DATELINE_SHARED to the shared folder)")
            continue
        spacy_rate, dateline_rate = measure(bare, articles, args.rounds)
        words = corpora.words(articles)
        print(f"{name:<10} {len(articles):>6} {words:>8} {words / len(articles):>10.0f} "
              f"{spacy_rate:>10.0f} {dateline_rate:>12.0f} {dateline_rate / spacy_rate:>6.2f}",
              flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
