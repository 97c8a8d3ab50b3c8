"""Throughput of dateline against bare spaCy on the same texts, measured side by side.

For each corpus, prints words/s of ``nlp.pipe`` with the plain English pipeline, words/s of
``dateline.extract_many`` on the same articles, and two ratios:

- **ratio to stock spaCy** (dateline / the model's own pipeline, unchanged): the whole
  product's speed against bare spaCy, the figure issue 14 sets at 0.85;
- **ratio to spaCy + stand-ins** (dateline / the same bare pipeline with dateline's stand-ins
  for its ``attribute_ruler``, ``lemmatizer`` and the neural layers' matrix products,
  ``pipeline.use_stand_ins``: same annotations, faster): the spaCy side is then the same on
  both sides, so this ratio shows
  the cost of dateline's own work (cleaning, stages, records) alone.

How it is measured, so that two runs on a quiet machine agree (issue 14: best-of-2 whole-corpus
runs swung by +-0.12 between quiet runs):
- the corpus is cut into chunks of ``--chunk`` articles; each round runs every chunk through
  the three (stock spaCy, spaCy with the stand-ins, dateline), rotating which goes first, so that
  a change of load or CPU speed during a round hits all alike instead of one whole-corpus run;
- both use the same batch size (``--batch-size``, dateline's default 16; bare spaCy's own
  default would be 256) and consume their output without keeping it;
- the garbage of one run is collected before the next is timed (``gc.collect()`` between
  chunks, untimed), so neither pays for the other's garbage; the collector's own time inside
  each run is counted and printed (``gc`` column, share of dateline's CPU time);
- the first chunk of each corpus runs untimed through both first (lazy loading, caches);
- the time budget per article is off (``DATELINE_ARTICLE_TIMEOUT=0`` unless set): on a loaded
  machine an article that runs out of it costs its whole budget in wall time and becomes an
  error record; error records are counted and printed (``errors``), and should be 0;
- each round gives a ratio from the sums over its chunks; the median over ``--rounds`` rounds
  is printed with the spread (lowest-highest), from wall-clock time and from the process's
  CPU time (``time.process_time``: what other jobs on a shared machine do not inflate).

Corpora: ``sample`` (``samples/corpus`` repeated ``--repeat`` times), ``meantime`` (the 120
MEANTIME Wikinews articles, from ``$DATELINE_SHARED`` or ``../shared``) and ``synthetic`` (the
first ``--limit`` NGEC synthetic stories in ``data/synthetic_stories``). The last two are
real-length news.

Run: ``python bench/throughput.py [--corpus sample,meantime,synthetic] [--limit N]
[--rounds 3] [--chunk 10]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import corpora
import spacy

from dateline.ingest.readers import Article
from dateline.pipeline import DEFAULT_MODEL, extract_many, use_stand_ins
from dateline.record import ErrorRecord


def load(name: str, args: argparse.Namespace) -> list[Article]:
    if name == "sample":
        return corpora.sample() * args.repeat
    if name == "meantime":
        return corpora.meantime()
    if name == "synthetic":
        return corpora.synthetic(args.limit)
    raise SystemExit(f"unknown corpus {name!r}: sample, meantime or synthetic")


class GcClock:
    """Seconds spent in the garbage collector while ``running`` (from ``gc.callbacks``)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start


@dataclass
class Times:
    wall: float = 0.0
    cpu: float = 0.0
    gc: float = 0.0
    errors: int = 0


@dataclass
class Round:
    spacy: Times = field(default_factory=Times)  # the model's own pipeline
    fast: Times = field(default_factory=Times)  # the same with dateline's stand-ins
    dateline: Times = field(default_factory=Times)

    def ratio(self, kind: str, to: str = "spacy") -> float:
        return float(getattr(getattr(self, to), kind) / getattr(self.dateline, kind))


def timed(run: Callable[[], Iterable[object]], into: Times, clock: GcClock) -> None:
    gc.collect()  # untimed: the previous run's garbage is not this run's cost
    gc_before = clock.seconds
    wall, cpu = time.perf_counter(), time.process_time()
    into.errors += sum(isinstance(item, ErrorRecord) for item in run())  # keep nothing
    into.wall += time.perf_counter() - wall
    into.cpu += time.process_time() - cpu
    into.gc += clock.seconds - gc_before


def one_round(bare: tuple[Any, Any], chunks: list[list[Article]], batch: int,
              clock: GcClock) -> Round:
    result = Round()
    for number, chunk in enumerate(chunks):
        texts = [a.text for a in chunk]
        runs = [(partial(bare[0].pipe, texts, batch_size=batch), result.spacy),
                (partial(extract_many, chunk, batch_size=batch), result.dateline),
                (partial(bare[1].pipe, texts, batch_size=batch), result.fast)]
        first = number % len(runs)
        for run, into in runs[first:] + runs[:first]:
            timed(run, into, clock)
    return result


def measure(bare: tuple[Any, Any], articles: list[Article], args: argparse.Namespace,
            clock: GcClock) -> list[Round]:
    chunks = [articles[i:i + args.chunk] for i in range(0, len(articles), args.chunk)]
    one_round(bare, chunks[:1], args.batch_size, clock)  # warm-up, untimed
    return [one_round(bare, chunks, args.batch_size, clock) for _ in range(args.rounds)]


def spread(rounds: list[Round], kind: str, to: str = "spacy") -> str:
    ratios = [r.ratio(kind, to) for r in rounds]
    return f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"


def report(name: str, articles: list[Article], rounds: list[Round]) -> None:
    words = corpora.words(articles)
    spacy_rate = statistics.median(words / r.spacy.wall for r in rounds)
    dateline_rate = statistics.median(words / r.dateline.wall for r in rounds)
    gc_share = statistics.median(r.dateline.gc / r.dateline.cpu for r in rounds)
    gc_spacy = statistics.median(r.spacy.gc / r.spacy.cpu for r in rounds)
    print(f"{name:<10} {len(articles):>6} {words:>8} {words / len(articles):>10.0f} "
          f"{spacy_rate:>10.0f} {dateline_rate:>12.0f} {spread(rounds, 'wall'):>17} "
          f"{spread(rounds, 'cpu'):>17} {spread(rounds, 'cpu', 'fast'):>17} "
          f"{100 * gc_spacy:>4.1f}/{100 * gc_share:<4.1f} "
          f"{sum(r.dateline.errors for r in rounds):>6}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="sample,meantime,synthetic",
                        help="comma-separated corpora (default: all three)")
    parser.add_argument("--repeat", type=int, default=10, help="copies of the sample corpus")
    parser.add_argument("--limit", type=int, default=300, help="synthetic stories to use")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per corpus")
    parser.add_argument("--chunk", type=int, default=10, help="articles per timed chunk")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (both)")
    args = parser.parse_args()
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")  # see the module's docstring
    bare = (spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL))
    use_stand_ins(bare[1])
    clock = GcClock()
    warm = corpora.sample()[:2]
    deque(extract_many(warm), maxlen=0)  # load dateline's pipeline and lexicons before timing
    for nlp in bare:
        deque(nlp.pipe([a.text for a in warm]), maxlen=0)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start "
          "(shared with other jobs: compare ratios, not absolute rates)")
    print(f"{args.rounds} rounds of chunks of {args.chunk} articles, batch size "
          f"{args.batch_size}; ratio = dateline / bare spaCy, median (lowest-highest) of the "
          "rounds; 'stock' = the model's own pipeline (the product's speed), '+stand-ins' = the "
          "same with dateline's stand-ins for attribute_ruler, lemmatizer and matrix products "
          "(dateline's own overhead)")
    print(f"{'corpus':<10} {'texts':>6} {'words':>8} {'words/text':>10} {'spaCy w/s':>10} "
          f"{'dateline w/s':>12} {'stock (wall)':>17} {'stock (CPU)':>17} "
          f"{'+stand-ins (CPU)':>17} {'gc % s/d':>9} {'errors':>6}")
    for name in args.corpus.split(","):
        articles = load(name, args)
        if not articles:
            print(f"{name:<10} (not found: set DATELINE_SHARED to the shared folder)")
            continue
        report(name, articles, measure(bare, articles, args, clock))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
