"""What a new process pays before its first record, with libyaml's loader against PyYAML's own.

Every pool or Dask worker, every ``dateline`` command and every test session starts by loading
the pipeline: the spaCy model, the gazetteer and the lexicon files, which are YAML. Session 119
reads them through libyaml's safe loader (``dateline.yamlio``) where PyYAML's pure-Python one
took most of that parse. This script times, side by side in one run, fresh processes that
import dateline and extract one short article, alternating the two loaders (the pure-Python one
forced by ``DATELINE_BENCH_PURE_YAML=1``, read here only), and prints the median wall time of
each and their ratio; and the parse of the lexicon files alone with each loader, in this
process.

Run: ``python bench/startup.py [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PURE_ENV = "DATELINE_BENCH_PURE_YAML"
CHILD = f"""
import os, time
start = time.perf_counter()
if os.environ.get("{PURE_ENV}"):
    import yaml
    import dateline.yamlio
    dateline.yamlio.SAFE_LOADER = yaml.SafeLoader
import dateline
dateline.extract("LONDON, May 2, 2022 - Britain said on Monday that it would meet France.")
print(time.perf_counter() - start)
"""


def child_seconds(pure: bool) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    env.pop(PURE_ENV, None)
    if pure:
        env[PURE_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def parse_seconds(loader: type) -> float:
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((REPO / "src" / "dateline" / "lexicon").rglob("*.yaml"))]
    start = time.perf_counter()
    for text in texts:
        yaml.load(text, Loader=loader)  # both loaders are safe ones
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is None:
        print("PyYAML has no libyaml here: both loaders are the pure-Python one")
        return 1
    fast, pure = [], []
    for round_number in range(args.rounds):
        order = (True, False) if round_number % 2 else (False, True)  # who goes first rotates
        for is_pure in order:
            (pure if is_pure else fast).append(child_seconds(is_pure))
    fast_median, pure_median = statistics.median(fast), statistics.median(pure)
    print(f"new process to first record, median of {args.rounds}: libyaml {fast_median:.2f} s, "
          f"pure-Python {pure_median:.2f} s, ratio {fast_median / pure_median:.2f}")
    c_parse, py_parse = parse_seconds(fast_loader), parse_seconds(yaml.SafeLoader)
    print(f"lexicon files parsed: libyaml {c_parse:.2f} s, pure-Python {py_parse:.2f} s, "
          f"ratio {c_parse / py_parse:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
