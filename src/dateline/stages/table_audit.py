"""A developer's check on typed tables (``state.keep_typed``): no stage may change the objects of
a table it does not write.

With plain rows such a change was lost (the next stage rebuilt the objects from the rows); with
typed tables it would be kept, so records could differ between the two. ``watch_tables`` records,
after every stage call, each table whose objects no longer read as the rows they were written as.
Used by ``bench/typed_tables.py`` and ``tests/test_typed_tables.py``; never on in production.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from dateline.stages import base, state


@dataclass
class TableAudit:
    """What a watch saw: the stage calls checked, the tables written, the changes found."""

    calls: int = 0
    written: dict[tuple[int, str], list[Any]] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)


@contextmanager
def watch_tables() -> Iterator[TableAudit]:
    """Check every stage call made inside the ``with`` block (the stage classes are patched
    for its duration and restored after)."""
    audit = TableAudit()
    write, call = state.DocState.write, base.Stage.__call__

    def checked_write(self: state.DocState, doc: Any, stage: str) -> None:
        write(self, doc, stage)
        for table in state.TABLES[stage]:
            audit.written[id(doc), table] = [state._plain(i) for i in getattr(self, table)]

    def checked_call(self: base.Stage, doc: Any) -> Any:
        doc = call(self, doc)
        audit.calls += 1
        for key, value in doc.user_data.items():
            if isinstance(value, state.Typed):
                table = key[len(state.PREFIX):]
                if [state._plain(i) for i in value.items] != audit.written[id(doc), table]:
                    audit.changed.append(f"{self.name}: table {table} changed without being "
                                         "written")
        return doc

    state.DocState.write = checked_write  # type: ignore[method-assign]
    base.Stage.__call__ = checked_call  # type: ignore[method-assign]
    try:
        yield audit
    finally:
        state.DocState.write = write  # type: ignore[method-assign]
        base.Stage.__call__ = call  # type: ignore[method-assign]
