"""Named schema migrations, each applied once in its own transaction and recorded in the database.

A migration is a name and a function of a connection. Names never change once released; a schema
change is a new migration appended to ``MIGRATIONS``. Concurrent openers are serialised: SQLite by
``BEGIN IMMEDIATE`` (see ``store.py``), PostgreSQL by a transaction-scoped advisory lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, inspect, select, text

from dateline.store import schema

Migration = tuple[str, Callable[[Connection], None]]

#: Any constant works: it only has to be the same for every dateline process.
_PG_LOCK_KEY = 7_203_118_042

#: Connection option read by the SQLite ``begin`` hook: writers take the write lock up front.
WRITE_OPTION = "dateline_write"


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, so two writers never deadlock."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def _core_tables(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.migrations_table]
    schema.metadata.create_all(conn, tables=tables)


def _full_text(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        _full_text_postgresql(conn)
    else:
        _full_text_sqlite(conn)


def _full_text_sqlite(conn: Connection) -> None:
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, text, content='articles', content_rowid='pk', tokenize='porter unicode61')"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
        "VALUES ('delete', old.pk, old.title, old.text); END"
    )


def _full_text_postgresql(conn: Connection) -> None:
    conn.exec_driver_sql(
        "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED"
    )
    conn.exec_driver_sql("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")


MIGRATIONS: list[Migration] = [
    ("0001_core_tables", _core_tables),
    ("0002_full_text", _full_text),
]


def migrate(engine: Engine, migrations: list[Migration] | None = None) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied now."""
    todo = MIGRATIONS if migrations is None else migrations
    if _all_applied(engine, [name for name, _ in todo]):
        return []
    with begin_write(engine) as conn:
        _lock(conn)
        schema.migrations_table.create(conn, checkfirst=True)
    return [name for name, step in todo if _apply(engine, name, step)]


def applied(engine: Engine) -> list[str]:
    """Names of the migrations recorded in the database, in the order applied."""
    if not inspect(engine).has_table(schema.migrations_table.name):
        return []
    table = schema.migrations_table
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.name).order_by(table.c.applied_at, table.c.name))
        return [row.name for row in rows]


def _all_applied(engine: Engine, names: list[str]) -> bool:
    return set(names) <= set(applied(engine))


def _apply(engine: Engine, name: str, step: Callable[[Connection], None]) -> bool:
    table = schema.migrations_table
    with begin_write(engine) as conn:
        _lock(conn)
        done = conn.execute(select(table.c.name).where(table.c.name == name)).first()
        if done is not None:
            return False
        step(conn)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        conn.execute(table.insert().values(name=name, applied_at=now))
    return True


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
