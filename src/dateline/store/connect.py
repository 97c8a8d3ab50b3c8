"""Where a store lives and how it is opened: URLs, engines, and the checks made before opening.

A store is opened in one of three modes:

- ``read``: read commands. The database must already be a dateline store at the current schema;
  it is opened read-only (SQLite ``mode=ro``, PostgreSQL ``default_transaction_read_only``) and
  nothing is created, migrated or written, so a foreign file keeps its bytes.
- ``write``: ``ingest``. Creates a store where no file exists, or migrates a dateline store; a
  file that is not a dateline store (another application's database, a corrupt file, a text
  file) is refused.
- ``create``: like ``write``; read commands use it for ``--create``.

Every message names the resolved location, never the password.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, unquote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError

from dateline.errors import DatelineError

DEFAULT_FILE = "dateline.db"
ENV_VAR = "DATELINE_DB"
Mode = Literal["read", "write", "create"]

#: URL schemes dateline opens, and the driver each resolves to.
SCHEMES = {
    "sqlite": "sqlite", "sqlite+pysqlite": "sqlite", "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg", "postgresql+psycopg": "postgresql+psycopg",
}
#: Tables that mark a database as a dateline store (the marker, or the migrations of a store
#: written before the marker existed).
MARKER_TABLE = "dateline_store"
MIGRATIONS_TABLE = "dateline_migrations"

#: Connection option read by the SQLite ``begin`` hook: writers take the write lock up front.
WRITE_OPTION = "dateline_write"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(DatelineError):
    """The database could not be opened, migrated or written."""

    code = "store"


class StoreNotFound(StoreError):
    """A read command named a store that does not exist."""

    code = "store-not-found"


class ForeignStore(StoreError):
    """The database exists but is not a dateline store (or is damaged)."""

    code = "foreign-store"


class UnsupportedURL(StoreError):
    """A URL scheme dateline does not store to: a usage error."""

    code = "unsupported-url"
    exit_code = 2


class OutdatedStore(StoreError):
    """A dateline store at an older (or newer) schema than this dateline's."""

    code = "outdated-store"


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$DATELINE_DB``, else ``dateline.db`` in the working folder; a
    SQLite path becomes an absolute ``sqlite:///`` URL, ``postgres://`` the psycopg driver."""
    raw = url or os.environ.get(ENV_VAR) or DEFAULT_FILE
    if "://" not in raw:
        return f"sqlite:///{Path(raw).resolve()}"
    scheme, rest = raw.split("://", 1)
    driver = SCHEMES.get(scheme.lower())
    if driver is None:
        raise UnsupportedURL(
            f"unsupported database URL scheme {scheme!r} in {safe_url(raw)}: dateline stores "
            "to SQLite (a file path or sqlite:///path) or PostgreSQL "
            "(postgresql+psycopg://user:pass@host/db)")
    return f"{driver}://{rest}"


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}" if "@" in rest else url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for PostgreSQL and in-memory databases)."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(unquote(database))


def location(url: str) -> str:
    """What messages call the store: its file path, or its URL without the password."""
    path = sqlite_path(url)
    return str(path) if path is not None else safe_url(url)


@dataclass(frozen=True)
class Found:
    """What a SQLite file turned out to be before anything opened it for writing."""

    kind: Literal["missing", "empty", "dateline", "foreign", "damaged"]
    detail: str = ""


def inspect_sqlite_file(path: Path) -> Found:
    """Look at a SQLite file without writing to it (read-only, no journal changes)."""
    if not path.exists():
        return Found("missing")
    if not path.is_file():
        return Found("foreign", "it is not a regular file")
    try:
        with path.open("rb") as stream:
            head = stream.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        return Found("damaged", f"it cannot be read ({exc.strerror or exc})")
    if not head:
        return Found("empty")
    if head != _SQLITE_MAGIC:
        return Found("foreign", f"it is not a SQLite database (it starts with {head[:8]!r})")
    return _sqlite_tables(path)


def _sqlite_tables(path: Path) -> Found:
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            names = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return Found("damaged", f"it is a damaged SQLite database ({exc})")
    if MARKER_TABLE in names or MIGRATIONS_TABLE in names:
        return Found("dateline")
    if not names:
        return Found("empty")
    listed = ", ".join(sorted(names)[:6]) + (", ..." if len(names) > 6 else "")
    return Found("foreign", f"it is another application's SQLite database (tables: {listed})")


def check_sqlite(url: str, mode: Mode) -> None:
    """Refuse to open a SQLite store that is missing (read mode), foreign or damaged."""
    path = sqlite_path(url)
    if path is None:
        return
    found = inspect_sqlite_file(path)
    if found.kind == "missing" and mode == "read":
        raise StoreNotFound(
            f"no store at {path}: check --db (or $DATELINE_DB), create one with "
            "`dateline ingest`, or pass --create for an empty store")
    if found.kind == "empty" and mode == "read":
        raise StoreNotFound(f"{path} is empty, not a dateline store: run `dateline ingest` "
                            "to fill it, or pass --create")
    if found.kind in {"foreign", "damaged"}:
        raise ForeignStore(f"refusing to use {path} as a dateline store: {found.detail}")
    if found.kind == "missing" and not path.parent.is_dir():
        raise StoreError(f"cannot create a store at {path}: the folder {path.parent} does not "
                         "exist")


def check_postgresql(engine: Engine, mode: Mode) -> None:
    """Refuse a PostgreSQL schema that holds another application's tables, or (read mode) no
    dateline store."""
    names = set(inspect(engine).get_table_names())
    if MARKER_TABLE in names or MIGRATIONS_TABLE in names:
        return
    where = safe_url(str(engine.url.render_as_string(hide_password=False)))
    if mode == "read":
        raise StoreNotFound(f"no dateline store in {where}: create one with `dateline ingest`, "
                            "or pass --create")
    clash = names & {"articles", "events", "quotes", "actors", "times", "failures"}
    if clash:
        raise ForeignStore(f"refusing to use {where} as a dateline store: it already holds "
                           f"other tables ({', '.join(sorted(clash))})")


def create_store_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``. SQLite gets WAL, a busy timeout and real transactions (read-only:
    ``mode=ro`` and no pragma that writes); PostgreSQL read-only sessions refuse writes."""
    if not url.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True)
        if read_only:
            event.listen(engine, "connect", _postgresql_read_only)
        return engine
    path = sqlite_path(url)
    if read_only and path is not None:
        engine = create_engine(_read_only_sqlite_url(path), connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_connect_read_only)
    else:
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _read_only_sqlite_url(path: Path) -> str:
    """``mode=ro``; a file we may not write to is opened ``immutable`` (nobody can change it,
    and SQLite could not create the WAL index beside it)."""
    immutable = "&immutable=1" if not os.access(path, os.W_OK) or not os.access(
        path.parent, os.W_OK) else ""
    return f"sqlite:///file:{quote(str(path))}?mode=ro{immutable}&uri=true"


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _postgresql_read_only(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("SET default_transaction_read_only = on")
    cursor.close()
    dbapi_conn.commit()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
