"""Proof that a speed-only change leaves the records as they were.

Writes the records ``extract_many`` makes of real-length news (the 120 MEANTIME articles and the
first 1,000 synthetic stories by default), one JSON line each (``Record.to_json``, error records
too), or compares them with the lines written before the change. Run it on the commit before a
change with ``--write FILE`` and on the commit after with ``--check FILE``: it prints per corpus
the records compared and those that differ (must be 0), with the first differing fields, and
exits 1 when any differs.

The article budget is turned off (``DATELINE_ARTICLE_TIMEOUT=0``) unless set, so that a loaded
machine cannot turn a slow article into an error record on one side only.

Run: ``python bench/record_identity.py --write before.jsonl`` then
``python bench/record_identity.py --check before.jsonl`` [``--corpus meantime,synthetic``]
[``--limit 1000``] (synthetic stories).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

import corpora

from dateline.ingest.readers import Article
from dateline.pipeline import extract_many

SHOWN = 5  # differing records shown per corpus


def load(name: str, limit: int) -> list[Article]:
    if name == "meantime":
        return corpora.meantime()
    if name == "sample":
        return corpora.sample()
    return corpora.synthetic(limit)


def records(articles: list[Article]) -> list[str]:
    return [record.to_json() for record in extract_many(articles)]


def differing_fields(old: str, new: str) -> list[str]:
    before: dict[str, Any] = json.loads(old)
    after: dict[str, Any] = json.loads(new)
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def compare(name: str, old: list[str], new: list[str]) -> int:
    if len(old) != len(new):
        print(f"{name:<10} {len(old)} records before, {len(new)} after")
        return max(len(old), len(new))
    differing = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    print(f"{name:<10} records compared {len(new):>5}  differing {len(differing)}")
    for i in differing[:SHOWN]:
        source = json.loads(new[i]).get("source", {}).get("id")
        print(f"  record {i} ({source}): {', '.join(differing_fields(old[i], new[i]))}")
    return len(differing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="meantime,synthetic", help="meantime,synthetic,sample")
    parser.add_argument("--limit", type=int, default=1000, help="synthetic stories")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", help="write the records to this file")
    group.add_argument("--check", help="compare the records with this file")
    args = parser.parse_args()
    os.environ.setdefault("DATELINE_ARTICLE_TIMEOUT", "0")
    made: dict[str, list[str]] = {}
    for name in args.corpus.split(","):
        started = time.process_time()
        made[name] = records(load(name, args.limit))
        print(f"{name:<10} {len(made[name])} records, {time.process_time() - started:.1f} s CPU",
              flush=True)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            json.dump(made, out)
        return
    with open(args.check, encoding="utf-8") as before:
        old: dict[str, list[str]] = json.load(before)
    differing = sum(compare(name, old.get(name, []), new) for name, new in made.items())
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
