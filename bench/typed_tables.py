"""Check that a ``keep_typed`` doc (``state.keep_typed``) gives what the plain tables gave.

On such a doc a stage hands its objects to the next stage and to the record as they are,
instead of writing plain rows that the next stage turns back into new objects. The two agree
only if no stage changes another stage's objects without writing that stage's table again
(with plain rows such a change was lost). This script runs the articles through the pipeline
with ``keep_typed`` and, after every stage, compares each table's objects (as plain rows) with
the rows they had when their table was last written; it prints the number of stage calls
checked and those where a table had changed, and exits 1 on any.

Run: ``python bench/typed_tables.py [--corpus meantime,synthetic] [--limit 1000]``
"""

from __future__ import annotations

import argparse
import sys

import corpora

from dateline import pipeline
from dateline.stages.table_audit import watch_tables

SHOWN = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="meantime,synthetic")
    parser.add_argument("--limit", type=int, default=1000, help="synthetic stories")
    args = parser.parse_args()
    with watch_tables() as audit:
        for name in args.corpus.split(","):
            articles = corpora.meantime() if name == "meantime" else corpora.synthetic(args.limit)
            before = len(audit.changed)
            for _ in pipeline.extract_many(articles):
                pass
            print(f"{name:<10} articles {len(articles):>5}  stage calls with a changed table "
                  f"{len(audit.changed) - before}")
    print(f"stage calls checked: {audit.calls}")
    for line in audit.changed[:SHOWN]:
        print("  " + line)
    sys.exit(1 if audit.changed else 0)


if __name__ == "__main__":
    main()
