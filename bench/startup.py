"""What a new process pays before its first record: libyaml's loader against PyYAML's own, and
the gazetteer read from its cache against the gazetteer built.

Every pool or Dask worker, every ``dateline`` command and every test session starts by loading
the pipeline: the spaCy model, the gazetteer and the lexicon files, which are YAML. Session 119
reads them through libyaml's safe loader (``dateline.yamlio``) where PyYAML's pure-Python one
took most of that parse; session 120 reads the gazetteer's index from a cache file
(``dateline.gazetteer_cache``) instead of building it. This script times, side by side in one
run, fresh processes that import dateline and extract one short article, rotating three
variants: as shipped (libyaml, the cache, filled once before the rounds), the pure-Python loader
(forced by ``DATELINE_BENCH_PURE_YAML=1``, read here only) and the cache off
(``DATELINE_CACHE_DIR=off``); it prints the median wall time of each and the ratios; and the
parse of the lexicon files alone with each loader, in this process.

Run: ``python bench/startup.py [--rounds 5]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
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


#: The variants a child runs: as shipped, with PyYAML's own loader, with the gazetteer built.
VARIANTS = ("shipped", "pure-yaml", "no-cache")


def child_seconds(variant: str, cache: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), DATELINE_CACHE_DIR=str(cache))
    env.pop(PURE_ENV, None)
    if variant == "pure-yaml":
        env[PURE_ENV] = "1"
    if variant == "no-cache":
        env["DATELINE_CACHE_DIR"] = "off"
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
    with tempfile.TemporaryDirectory() as folder:
        child_seconds("shipped", Path(folder))  # fills the cache
        times: dict[str, list[float]] = {v: [] for v in VARIANTS}
        for round_number in range(args.rounds):
            shift = round_number % len(VARIANTS)  # who goes first rotates
            for variant in VARIANTS[shift:] + VARIANTS[:shift]:
                times[variant].append(child_seconds(variant, Path(folder)))
    median = {v: statistics.median(found) for v, found in times.items()}
    print(f"new process to first record, median of {args.rounds}: as shipped "
          f"{median['shipped']:.2f} s; pure-Python YAML {median['pure-yaml']:.2f} s (ratio "
          f"{median['shipped'] / median['pure-yaml']:.2f}); gazetteer built, no cache "
          f"{median['no-cache']:.2f} s (ratio {median['shipped'] / median['no-cache']:.2f})")
    c_parse, py_parse = parse_seconds(fast_loader), parse_seconds(yaml.SafeLoader)
    print(f"lexicon files parsed: libyaml {c_parse:.2f} s, pure-Python {py_parse:.2f} s, "
          f"ratio {c_parse / py_parse:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
