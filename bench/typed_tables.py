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
from typing import Any

import corpora

from dateline import pipeline
from dateline.stages import base, state

SHOWN = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="meantime,synthetic")
    parser.add_argument("--limit", type=int, default=1000, help="synthetic stories")
    args = parser.parse_args()
    written: dict[tuple[int, str], list[Any]] = {}
    changed: list[str] = []
    calls = [0]
    write, call = state.DocState.write, base.Stage.__call__

    def checked_write(self: state.DocState, doc: Any, stage: str) -> None:
        write(self, doc, stage)
        for table in state.TABLES[stage]:
            written[id(doc), table] = [state._plain(i) for i in getattr(self, table)]

    def checked_call(self: base.Stage, doc: Any) -> Any:
        doc = call(self, doc)
        calls[0] += 1
        for key, value in doc.user_data.items():
            if isinstance(value, state.Typed):
                table = key[len(state.PREFIX):]
                if [state._plain(i) for i in value.items] != written[id(doc), table]:
                    changed.append(f"{self.name}: table {table} changed without being written")
        return doc

    state.DocState.write = checked_write  # type: ignore[method-assign]
    base.Stage.__call__ = checked_call  # type: ignore[method-assign]
    for name in args.corpus.split(","):
        articles = corpora.meantime() if name == "meantime" else corpora.synthetic(args.limit)
        before = len(changed)
        for _ in pipeline.extract_many(articles):
            pass
        print(f"{name:<10} articles {len(articles):>5}  stage calls with a changed table "
              f"{len(changed) - before}")
    print(f"stage calls checked: {calls[0]}")
    for line in changed[:SHOWN]:
        print("  " + line)
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
