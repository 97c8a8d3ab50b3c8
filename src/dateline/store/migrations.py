"""Named schema migrations, each applied once in its own transaction and recorded in the database.

A migration is a name and a function of a connection. Names never change once released; a schema
change is a new migration appended to ``MIGRATIONS``. Concurrent openers are serialised: SQLite by
``BEGIN IMMEDIATE`` (see ``store.py``), PostgreSQL by a transaction-scoped advisory lock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Column, Connection, Engine, Table, delete, inspect, select, text, update

from dateline.store import record_rows, schema, views
from dateline.store.connect import WRITE_OPTION

Migration = tuple[str, Callable[[Connection], None]]

#: Any constant works: it only has to be the same for every dateline process.
_PG_LOCK_KEY = 7_203_118_042
STORE_FORMAT = "dateline.store"

__all__ = ["MIGRATIONS", "WRITE_OPTION", "applied", "begin_write", "migrate", "pending"]


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, so two writers never deadlock."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def _core_tables(conn: Connection) -> None:
    names = {"articles", "actors", "article_actors", "mentions", "times", "quotes",
             "merged_events", "events", "event_mentions", "event_actors", "failures"}
    tables = [t for t in schema.metadata.sorted_tables if t.name in names]
    schema.metadata.create_all(conn, tables=tables)


#: Columns added by 0003_record2, table by table (a fresh store already has them: the core
#: tables are created from the current definitions, so only the missing ones are added).
_RECORD2_COLUMNS = {
    "articles": ("warnings", "places", "threads"),
    "article_actors": ("aliases", "affiliation", "source"),
    "times": ("date_start", "date_end", "date_precision"),
    "quotes": ("cue_class", "parts", "date_start", "date_end", "date_precision"),
    "events": ("date_start", "date_end", "date_precision", "location_place", "location_basis",
               "geo_name", "geo_feature", "geo_country", "geo_admin1", "geo_lat", "geo_lon",
               "geo_id"),
}


def _record2_columns(conn: Connection) -> None:
    """record/2 fields: date intervals and precision, places, warnings, threads, aliases..."""
    for name, columns in _RECORD2_COLUMNS.items():
        table = schema.metadata.tables[name]
        present = {c["name"] for c in inspect(conn).get_columns(name)}
        for column in columns:
            if column not in present:
                _add_column(conn, table, table.c[column])
    _backfill_intervals(conn, schema.events, "date_value")
    _backfill_intervals(conn, schema.quotes, "date_value")
    _backfill_intervals(conn, schema.times, "value")


def _add_column(conn: Connection, table: Table, column: Column[object]) -> None:
    kind = column.type.compile(dialect=conn.dialect)
    conn.exec_driver_sql(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')


def _backfill_intervals(conn: Connection, table: Table, value_column: str) -> None:
    """Fill the interval columns of rows stored before they existed."""
    keys = list(table.primary_key.columns)
    stmt = select(*keys, table.c[value_column]).where(table.c.date_precision.is_(None),
                                                      table.c[value_column].is_not(None))
    for row in conn.execute(stmt).all():
        values = record_rows.interval_columns(row[-1])
        if values["date_start"] is None:
            continue
        match = [key == row[i] for i, key in enumerate(keys)]
        conn.execute(update(table).where(*match).values(**values))


def _store_marker(conn: Connection) -> None:
    schema.store_marker.create(conn, checkfirst=True)
    conn.execute(delete(schema.store_marker))
    conn.execute(schema.store_marker.insert(), [{"key": "format", "value": STORE_FORMAT},
                                                {"key": "schema_version", "value": "0"}])


def _flat_views(conn: Connection) -> None:
    for statement in views.create_statements():
        conn.exec_driver_sql(statement)


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


def _merged_events_date_index(conn: Connection) -> None:
    """The merged-events list's sort (date, then id) read from an index, not a full sort."""
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_merged_events_date "
                         "ON merged_events (date_sort, id)")


_QUOTE_FTS_NEW = "INSERT INTO quotes_fts(rowid, content_text) VALUES (new.id, new.content_text)"
_QUOTE_FTS_OLD = ("INSERT INTO quotes_fts(quotes_fts, rowid, content_text) "
                  "VALUES ('delete', old.id, old.content_text)")
_QUOTE_FTS_TRIGGERS = {
    "quotes_fts_insert": ("AFTER INSERT", [_QUOTE_FTS_NEW]),
    "quotes_fts_delete": ("AFTER DELETE", [_QUOTE_FTS_OLD]),
    "quotes_fts_update": ("AFTER UPDATE OF content_text", [_QUOTE_FTS_OLD, _QUOTE_FTS_NEW]),
}


def _quote_full_text(conn: Connection) -> None:
    """Word search over quote content, as ``0002_full_text`` does for articles (safe to run
    again on a store that already has it: the SQLite index is rebuilt)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(content_text, ''))) STORED")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING gin (tsv)")
        return
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(content_text, "
        "content='quotes', content_rowid='id', tokenize='porter unicode61')")
    for name, (when, statements) in _QUOTE_FTS_TRIGGERS.items():
        body = "".join(f"{statement}; " for statement in statements)
        conn.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {when} ON quotes BEGIN "
                             f"{body}END")
    conn.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")


def _event_geo_vectors(conn: Connection) -> None:
    """Each located event's position as a unit vector (``geo_x``, ``geo_y``, ``geo_z``) and an
    index on its latitude, for ``near`` queries; filled in for events stored before."""
    events = schema.events
    present = {c["name"] for c in inspect(conn).get_columns(events.name)}
    for name in schema.GEO_VECTOR:
        if name not in present:
            _add_column(conn, events, events.c[name])
    stmt = select(events.c.id, events.c.geo_lat, events.c.geo_lon).where(
        events.c.geo_x.is_(None), events.c.geo_lat.is_not(None), events.c.geo_lon.is_not(None))
    for row in conn.execute(stmt).all():
        conn.execute(update(events).where(events.c.id == row.id).values(
            **schema.geo_vector(row.geo_lat, row.geo_lon)))
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_geo_lat ON events (geo_lat)")


def _threads(conn: Connection) -> None:
    """Exchange threads kept in the store and grown on ingest (issue 18), linked now for the
    articles already stored."""
    from dateline.store.threads import backfill

    schema.metadata.create_all(conn, tables=[schema.threads, schema.thread_steps])
    backfill(conn)


def _pipeline_min_confidence(conn: Connection) -> None:
    """The record's ``pipeline.min_confidence`` (session 100), None for articles stored before."""
    articles = schema.articles
    present = {c["name"] for c in inspect(conn).get_columns(articles.name)}
    if "pipeline_min_confidence" not in present:
        _add_column(conn, articles, articles.c.pipeline_min_confidence)


def _no_foreign_keys(conn: Connection) -> None:
    """PostgreSQL: drop the foreign keys of dateline's tables (issue 14, ingest speed).

    They cost a trigger and a locked parent row per inserted row: 24 of the 40 ms of a batch's
    ``mentions`` insert, and a PostgreSQL ingest ran 1.34 times faster without them (server
    CPU 0.87 -> 0.60 s per 500 records; bench/FINDINGS.md). No query reads them (joins name
    their columns; SQLAlchemy's metadata keeps the ``ForeignKey`` declarations), and SQLite
    never enforced them (no ``PRAGMA foreign_keys``): the writer keeps the references whole on
    both, deleting an article's children before it (``writer.delete_article``). A table a
    later migration creates from the metadata gets its keys back: drop them there too."""
    if conn.dialect.name != "postgresql":
        return
    found = conn.execute(text(
        "SELECT t.relname, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
        "ORDER BY t.relname, c.conname")).all()
    for table, name in found:
        if table in schema.metadata.tables:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')


MIGRATIONS: list[Migration] = [
    ("0001_core_tables", _core_tables),
    ("0002_full_text", _full_text),
    ("0003_record2", _record2_columns),
    ("0004_store_marker", _store_marker),
    ("0005_flat_views", _flat_views),
    ("0006_merged_events_date_index", _merged_events_date_index),
    ("0007_quote_full_text", _quote_full_text),
    ("0008_event_geo_vectors", _event_geo_vectors),
    ("0009_threads", _threads),
    ("0010_postgresql_no_foreign_keys", _no_foreign_keys),
    ("0011_pipeline_min_confidence", _pipeline_min_confidence),
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


def pending(engine: Engine) -> list[str]:
    """Names of this dateline's migrations the database has not applied (read-only check)."""
    done = set(applied(engine))
    return [name for name, _ in MIGRATIONS if name not in done]


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
        _mark_version(conn)
    return True


def _mark_version(conn: Connection) -> None:
    """The marker's ``schema_version``: how many migrations the store has applied."""
    if not inspect(conn).has_table(schema.store_marker.name):
        return
    count = len(conn.execute(select(schema.migrations_table.c.name)).all())
    marker = schema.store_marker
    conn.execute(update(marker).where(marker.c.key == "schema_version").values(value=str(count)))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
