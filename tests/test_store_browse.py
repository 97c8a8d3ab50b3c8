"""store/browse.py on the new store (issue 17): interval date filters, the merged-events date
index (migration 0006) and quote word search through the full-text index (migration 0007), on
SQLite and PostgreSQL alike. No model: hand-made records."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import inspect

from dateline.errors import UsageError
from dateline.record import Record, text_id
from dateline.store import EventFilter, Store, browse, read
from dateline.store.migrations import MIGRATIONS, migrate
from tests.test_store import db_url, synthetic_record  # noqa: F401


def _quoted(i: int, words: str, date: str = "2022-01-26") -> Record:
    """synthetic_record ``i`` whose quote content is ``words``."""
    record = synthetic_record(i, date=date)
    text = record.text.replace("we will respond", words)
    quote = record.quotes[0]
    start = text.index(words)
    content = replace(quote.content, start=start, end=start + len(words), text=words)
    return replace(record, id=text_id(text), text=text, quotes=[replace(quote, content=content)])


def test_new_migrations_are_named_and_additive() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names[5:9] == ["0006_merged_events_date_index", "0007_quote_full_text",
                          "0008_event_geo_vectors", "0009_threads"]
    assert names[:5] == ["0001_core_tables", "0002_full_text", "0003_record2",
                         "0004_store_marker", "0005_flat_views"]


def test_merged_events_list_sorts_through_its_index(db_url: str) -> None:  # noqa: F811
    with Store.open(db_url) as store:
        indexes = {ix["name"]: ix["column_names"]
                   for ix in inspect(store.engine).get_indexes("merged_events")}
        assert indexes["ix_merged_events_date"] == ["date_sort", "id"]
        if store.dialect == "sqlite":
            with store.connect() as conn:
                plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT id FROM merged_events "
                    "ORDER BY date_sort, id LIMIT 50 OFFSET 5000"))
            assert "ix_merged_events_date" in plan and "TEMP B-TREE" not in plan


def test_quote_words_use_the_full_text_index(db_url: str) -> None:  # noqa: F811
    with Store.open(db_url) as store:
        store.ingest([_quoted(1, "the agreements were signed"), _quoted(2, "talks collapsed"),
                      _quoted(3, "no agreement yet")])
        with store.connect() as conn:
            total, rows = browse.quote_page(conn, contains="agreement")
            assert total == 2 and {r["content"] for r in rows} == {
                "the agreements were signed", "no agreement yet"}
            assert browse.quote_page(conn, contains="Agreement signed")[0] == 1
            assert browse.quote_page(conn, contains="ceasefire")[0] == 0
            # no word in it: looked for as written, never an error
            assert browse.quote_page(conn, contains="%_")[0] == 0


def test_quote_index_follows_replaced_articles(db_url: str) -> None:  # noqa: F811
    with Store.open(db_url) as store:
        old = _quoted(1, "we reject the treaty")
        store.ingest([old])
        quote = old.quotes[0]
        shorter = replace(quote.content, end=quote.content.start + len("we reject"),
                          text="we reject")
        new = replace(old, quotes=[replace(quote, content=shorter)],
                      pipeline=replace(old.pipeline, rules="rules.new"))
        assert store.ingest([new], reprocess=True).replaced == 1
        with store.connect() as conn:
            assert browse.quote_page(conn, contains="reject")[0] == 1
            assert browse.quote_page(conn, contains="treaty")[0] == 0


def test_older_store_gets_its_quotes_indexed_when_migrated(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    with Store.open(path, migrate_schema=False) as store:
        migrate(store.engine, MIGRATIONS[:5])
        store.ingest([_quoted(1, "a binding agreement")])
    with Store.open(path) as store:  # ingest mode applies 0006 and 0007
        pass
    with Store.open(path, mode="read") as store, store.connect() as conn:
        assert browse.quote_page(conn, contains="binding")[0] == 1


def test_event_pages_filter_by_interval_and_precision(db_url: str) -> None:  # noqa: F811
    with Store.open(db_url) as store:
        store.ingest([synthetic_record(1, date="2022-01-26"), synthetic_record(2, date="2022-01"),
                      synthetic_record(3, date="2022"), synthetic_record(4, date="2023-05-02")])
        with store.connect() as conn:
            def page(**filters: object) -> list[str | None]:
                query = browse.EventQuery(spec=EventFilter(**filters))  # type: ignore[arg-type]
                return sorted(r["date"] for r in browse.event_page(conn, query)[1])

            assert page(since="2022-01-26", until="2022-01-26") == ["2022", "2022-01",
                                                                     "2022-01-26"]
            assert page(since="2022-01", until="2022-01", within=True) == ["2022-01",
                                                                           "2022-01-26"]
            assert page(precision="month") == ["2022-01", "2022-01-26", "2023-05-02"]
            assert page(since="2023") == ["2023-05-02"]
            merged = browse.merged_page(conn, browse.EventQuery(
                spec=EventFilter(since="2022-06", until="2022-06")))[1]
            assert [m["date"] for m in merged] == ["2022"]
            russia = read.resolve_actor(conn, "Russia")
            items = browse.actor_items(conn, russia, spec=EventFilter(
                since="2022-01", until="2022-01", within=True))
            assert sorted(i["date"] for i in items if i["kind"] == "event") == [
                "2022-01", "2022-01-26"]
            with pytest.raises(UsageError, match="precision"):
                page(precision="fortnight")
