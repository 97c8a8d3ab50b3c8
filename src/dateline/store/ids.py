"""Ids drawn before the rows are written, so a batch's child rows can be built in one pass.

PostgreSQL draws them from the column's sequence; SQLite (one writer at a time, under ``BEGIN
IMMEDIATE``) takes the ids after the largest stored one, the ids its own ``INSERT`` would give.
An id drawn and not used leaves a gap on PostgreSQL, as a rolled-back insert does.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select, text


def reserve_ids(conn: Connection, table: Table, key: str, count: int) -> list[int]:
    """``count`` fresh ids for ``table.key``, in increasing order."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        stmt = text("SELECT nextval(pg_get_serial_sequence(:table, :key)) "
                    "FROM generate_series(1, :n)")
        return sorted(int(i) for i in conn.scalars(stmt, {"table": table.name, "key": key,
                                                           "n": count}))
    top = int(conn.execute(select(func.coalesce(func.max(table.c[key]), 0))).scalar_one())
    return list(range(top + 1, top + 1 + count))


__all__ = ["reserve_ids"]
