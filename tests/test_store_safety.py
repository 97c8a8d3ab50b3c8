"""Stores are never altered by accident (issue 19, "Stores"; issue 15, "Store mistakes").

Read commands open read-only and never create or migrate; only ingest (and migrate) create a
store, and only where nothing exists or a dateline store does; foreign, damaged and text files
are refused with their path; URLs are checked and passwords never shown.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.store import (
    ForeignStore,
    OutdatedStore,
    Store,
    StoreError,
    StoreNotFound,
    UnsupportedURL,
    resolve_url,
)
from dateline.store.connect import inspect_sqlite_file, safe_url
from tests.test_store import PG_URL, cli, db_url, fresh_pg_schema, synthetic_record  # noqa: F401

#: Every read command with arguments that make it run a query.
READ_COMMANDS = [
    ["events"], ["events", "--merged"], ["dyads"], ["quotes"], ["actors"], ["failures"],
    ["timeline", "RUS"], ["search", "shelling"], ["export", "--format", "csv"],
    ["export", "--format", "gdelt"], ["export", "--format", "plover"],
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """Another application's SQLite database, with a table named like one of ours."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO articles (body) VALUES ('theirs')")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def read_only_store(tmp_path: Path) -> Iterator[Path]:
    """A dateline store whose file and folder are read-only."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "store.db"
    with Store.open(str(path)) as store:
        store.ingest([synthetic_record(1), synthetic_record(2, date="2022-03-01")])
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield path
    folder.chmod(stat.S_IRWXU)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: "-".join(a))
def test_read_commands_refuse_a_foreign_file_and_leave_its_bytes(
        cli: click.Group, foreign: Path, args: list[str]) -> None:  # noqa: F811
    before = _digest(foreign)
    result = CliRunner().invoke(cli, [*args, "--db", str(foreign)])
    assert result.exit_code == 1, result.output
    assert str(foreign) in result.stderr and "another application" in result.stderr
    assert "Traceback" not in result.output
    assert _digest(foreign) == before
    assert sorted(os.listdir(foreign.parent)) == ["other.db"]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: "-".join(a))
def test_read_commands_answer_from_a_read_only_store(
        cli: click.Group, read_only_store: Path, args: list[str]) -> None:  # noqa: F811
    before = _digest(read_only_store)
    result = CliRunner().invoke(cli, [*args, "--db", str(read_only_store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert _digest(read_only_store) == before


def test_a_file_nobody_may_write_is_opened_immutable(read_only_store: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Running as root, chmod does not stop writes; pretend the file is not writable to take
    the path a normal user takes (``immutable=1``: SQLite cannot create the WAL index)."""
    from dateline.store import connect

    monkeypatch.setattr(connect.os, "access", lambda *_args: False)
    before = _digest(read_only_store)
    with Store.open(str(read_only_store), mode="read") as store:
        assert "immutable=1" in str(store.engine.url)
        assert len(store.events()) == 2 and store.search("shelling")
    assert _digest(read_only_store) == before


def test_read_only_opening_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store.open(str(path)).close()
    with Store.open(str(path), mode="read") as store, pytest.raises(StoreError, match="read-only"):
        store.ingest([synthetic_record(1)])


def test_ingest_refuses_foreign_text_and_damaged_files(cli: click.Group, foreign: Path,  # noqa: F811
                                                       tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list", encoding="utf-8")
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    for path, words in ((foreign, "another application"), (text, "not a SQLite database"),
                        (damaged, "damaged")):
        before = _digest(path)
        with pytest.raises(ForeignStore, match=words) as caught:
            Store.open(str(path))
        assert str(path) in str(caught.value)
        assert _digest(path) == before


def test_damaged_pages_are_a_store_error_not_a_traceback(cli: click.Group,  # noqa: F811
                                                          tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(str(path)) as store:
        store.ingest([synthetic_record(i) for i in range(40)])
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, page):  # keep the header and schema page
        data[offset:offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["events", "--db", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and str(path) in result.stderr


def test_a_typo_in_db_is_an_error_for_read_commands(cli: click.Group, tmp_path: Path,  # noqa: F811
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["events", "--db", "ux.dbb"])
    assert result.exit_code == 1 and "no store at" in result.stderr
    assert str(tmp_path / "ux.dbb") in result.stderr
    assert not (tmp_path / "ux.dbb").exists()
    created = CliRunner().invoke(cli, ["events", "--db", "ux.dbb", "--create"])
    assert created.exit_code == 0 and created.stdout.strip() == "[]"
    assert inspect_sqlite_file(tmp_path / "ux.dbb").kind == "dateline"


def test_ingest_needs_an_existing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "nodir" / "s.db"))


def test_unsupported_schemes_are_usage_errors_and_passwords_hidden(
        cli: click.Group) -> None:  # noqa: F811
    with pytest.raises(UnsupportedURL, match="unsupported database URL scheme 'mysql'"):
        resolve_url("mysql://me:hunter2@db/news")
    result = CliRunner().invoke(cli, ["events", "--db", "mysql://me:hunter2@db/news"])
    assert result.exit_code == 2 and "hunter2" not in result.output
    refused = CliRunner().invoke(cli, ["events", "--db",
                                       "postgresql://me:hunter2@127.0.0.1:1/news"])
    assert refused.exit_code == 1 and "hunter2" not in refused.output
    assert "127.0.0.1:1/news" in refused.stderr
    assert "hunter2" not in safe_url("postgresql+psycopg://me:hunter2@h/db")


def test_read_mode_never_migrates_an_older_store(tmp_path: Path) -> None:
    from dateline.store.migrations import MIGRATIONS, migrate

    path = tmp_path / "old.db"
    with Store.open(str(path), migrate_schema=False) as store:
        migrate(store.engine, MIGRATIONS[:2])
    before = _digest(path)
    with pytest.raises(OutdatedStore, match="dateline migrate"):
        Store.open(str(path), mode="read")
    assert _digest(path) == before
    with Store.open(str(path)) as store:  # ingest mode upgrades it
        store.ingest([synthetic_record(1)])
    with Store.open(str(path), mode="read") as store:
        assert store.events()[0]["date_precision"] == "day"


def test_marker_table_records_the_schema_version(db_url: str) -> None:  # noqa: F811
    from sqlalchemy import select

    from dateline.store import schema
    from dateline.store.migrations import MIGRATIONS

    with Store.open(db_url) as store, store.engine.connect() as conn:
        marker = dict(conn.execute(select(schema.store_marker)).all())
    assert marker == {"format": "dateline.store", "schema_version": str(len(MIGRATIONS))}


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    """A fresh PostgreSQL schema (these tests need no SQLite twin)."""
    if not PG_URL:
        pytest.skip("DATELINE_TEST_PG_URL is not set")
    with fresh_pg_schema() as url:
        yield url


def test_postgresql_read_mode_needs_a_store_and_is_read_only(pg_url: str) -> None:
    with pytest.raises(StoreNotFound, match="no dateline store"):
        Store.open(pg_url, mode="read")
    Store.open(pg_url).close()
    with Store.open(pg_url, mode="read") as store:
        assert store.events() == []
        from sqlalchemy.exc import InternalError

        with pytest.raises(InternalError), store.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE sneaky (x int)")


def test_postgresql_write_mode_refuses_foreign_tables(pg_url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE articles (id int)")
    engine.dispose()
    with pytest.raises(ForeignStore, match="other tables"):
        Store.open(pg_url)

