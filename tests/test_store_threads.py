"""Exchange threads kept in the store (issue 18, migration 0009_threads): grown on ingest,
idempotent, replaced on reprocess, ids stable, linked for stores written before, and safe
against a killed ingest. SQLite always, PostgreSQL when DATELINE_TEST_PG_URL is set. Records
are hand-built, so no model is needed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from dateline.exchanges import link_threads, thread_detail
from dateline.record import (
    Actor,
    Event,
    EventDate,
    PipelineInfo,
    Record,
    Source,
    Span,
    Thread,
    ThreadStep,
    text_id,
)
from dateline.store import Store
from dateline.store.migrations import MIGRATIONS, migrate
from tests.test_store import REPO, db_url  # noqa: F401

RULE = "threads.test.v1"
# (country, name, verb, role) per move; every article is between Russia and the US
MOVES = {"PROPOSE": "handed", "RESPOND": "answered", "REJECT": "rejected"}


def exchange_record(i: int, role: str, *, day: str, actor: str = "Russia",
                    other: str = "the United States", obj: str = "the draft treaties",
                    rules: str = "rules.test", hinted: bool = False) -> Record:
    """One article with one thread of one step: ``actor`` ``role``s ``obj`` to ``other``."""
    codes = {"Russia": "RUS", "the United States": "USA", "Japan": "JPN", "China": "CHN"}
    verb = MOVES[role]
    text = f"Item {i}. {actor} {verb} {other} {obj} on {day}."
    first, second = _span(text, actor), _span(text, other)
    actors = [Actor("a1", actor, "country", codes[actor], None, None, [first]),
              Actor("a2", other, "country", codes[other], None, None, [second])]
    trigger = _span(text, verb)
    date = EventDate(day, None, "explicit")
    modality = "hypothetical" if hinted else "asserted"
    event = Event("e1", "CONSULT", None, "040", ["a1"], ["a2"], date, modality, None, trigger,
                  Span(0, len(text), text), "events.test.v1", 0.9, [trigger])
    step = ThreadStep(role, "e1", None, date, modality, [_span(text, f"{verb} {other}")], RULE)  # type: ignore[arg-type]
    thread = Thread("th1", _span(text, obj), sorted([codes[actor], codes[other]]), [step])
    return Record(id=text_id(text), source=Source(id=f"s{i}", publisher=f"Wire {i % 2}",
                                                  title=f"Story {i}"),
                  published=day, document_date=day, document_date_source="metadata",
                  text=text, actors=actors, events=[event], threads=[thread],
                  pipeline=PipelineInfo("0.1.0", "en_test-1", rules))


def _span(text: str, part: str) -> Span:
    at = text.index(part)
    return Span(at, at + len(part), part)


def _exchange() -> list[Record]:
    return [exchange_record(1, "PROPOSE", day="2021-12-15"),
            exchange_record(2, "RESPOND", day="2022-01-26", actor="the United States",
                            other="Russia"),
            exchange_record(3, "REJECT", day="2022-02-10", hinted=True)]


def _unrelated() -> Record:
    return exchange_record(9, "RESPOND", day="2022-01-20", actor="Japan", other="China",
                           obj="the typhoon aid request")


def test_ingest_grows_one_thread_across_articles(db_url: str) -> None:  # noqa: F811
    first, *rest = _exchange()
    with Store.open(db_url) as store:
        store.ingest([first, _unrelated()])
        [ours] = store.threads(actor="RUS")
        assert ours["steps"] == 1 and ours["state"] == "PROPOSE (asserted)"
        store.ingest(rest)
        rows = store.threads(actor="RUS")
        assert [r["id"] for r in rows] == [ours["id"]]
        assert rows[0]["steps"] == 3 and rows[0]["articles"] == 3
        assert rows[0]["parties"] == ["RUS", "USA"]
        assert rows[0]["first"] == "2021-12-15" and rows[0]["last"] == "2022-02-10"
        assert rows[0]["state"] == "REJECT (hypothetical)"
        assert len(store.threads()) == 2
        found = store.thread(ours["id"])
    assert found is not None
    detail = thread_detail(found)
    assert [s["role"] for s in detail["steps"]] == ["PROPOSE", "RESPOND", "REJECT"]
    assert detail["steps"][1]["source"] == ["USA"] and detail["steps"][1]["target"] == ["RUS"]
    assert detail["steps"][0]["anchor"] == "th1-s1"
    assert detail["steps"][0]["evidence"][0]["text"] == "handed the United States"
    assert detail["steps"][0]["publisher"] == "Wire 1"
    assert thread_detail(found, "2022-01-01")["state"]["role"] == "PROPOSE"


def test_stored_threads_match_linking_the_whole_store(db_url: str) -> None:  # noqa: F811
    records = [*_exchange(), _unrelated()]
    with Store.open(db_url) as store:
        store.ingest(records, batch_size=2)
        stored = {t.id: thread_detail(t) for t in store.all_threads()}
    linked = {t.id: thread_detail(t) for t in link_threads(records)}
    assert stored.keys() == linked.keys()
    for key, detail in linked.items():
        ours = stored[key]
        assert [(s["role"], s["article"], s["evidence"]) for s in ours["steps"]] == \
            [(s["role"], s["article"], s["evidence"]) for s in detail["steps"]]
        assert ours["parties"] == detail["parties"] and ours["state"] == detail["state"]


def test_reingest_adds_no_step_and_reprocess_replaces_the_articles_steps(
        db_url: str) -> None:  # noqa: F811
    records = _exchange()
    with Store.open(db_url) as store:
        store.ingest(records)
        before = store.counts()
        [row] = store.threads()
        assert store.ingest(records).unchanged == 3
        assert store.counts() == before and store.threads() == [row]
        newer = [replace(r, pipeline=PipelineInfo("0.1.0", "en_test-1", "rules.v2"))
                 for r in records]
        report = store.ingest(newer, reprocess=True)
        assert report.replaced == 3
        assert store.counts()["thread_steps"] == 3 and store.counts()["threads"] == 1
        assert store.threads() == [row], "the thread keeps its id and summary"
        assert store.ingest(newer[:1], reprocess=True).unchanged == 1


def test_deleting_the_only_article_drops_its_thread_and_keeps_the_others(
        db_url: str) -> None:  # noqa: F811
    from dateline.store.migrations import begin_write
    from dateline.store.writer import delete_article

    with Store.open(db_url) as store:
        store.ingest([*_exchange(), _unrelated()])
        [japan] = store.threads(actor="JPN")
        [ours] = store.threads(actor="RUS")
        pks = _pks(store)
        with begin_write(store.engine) as conn:
            delete_article(conn, pks[_unrelated().id])
            delete_article(conn, pks[_exchange()[2].id])
        assert store.thread(japan["id"]) is None
        [left] = store.threads()
        assert left["id"] == ours["id"] and left["steps"] == 2
        assert left["state"] == "RESPOND (asserted)" and left["last"] == "2022-01-26"


def _pks(store: Store) -> dict[str, int]:
    from sqlalchemy import select

    from dateline.store import schema

    with store.connect() as conn:
        return {row.id: row.pk for row in conn.execute(
            select(schema.articles.c.id, schema.articles.c.pk))}


def test_filters_and_the_command_line(db_url: str) -> None:  # noqa: F811
    from dateline.cli import main

    with Store.open(db_url) as store:
        store.ingest([*_exchange(), _unrelated()])
        assert [r["parties"] for r in store.threads(actor="chn")] == [["CHN", "JPN"]]
        assert store.threads(actor='"%') == []
        assert len(store.threads(since="2022-02")) == 1
        assert len(store.threads(until="2021-12")) == 1
        assert len(store.threads(since="2022-01", until="2022-01")) == 2
        assert store.threads(since="2023") == []
    runner = CliRunner()
    listed = runner.invoke(main, ["threads", "--db", db_url, "--actor", "USA"])
    assert listed.exit_code == 0, listed.output
    [row] = json.loads(listed.output)
    shown = runner.invoke(main, ["thread", row["id"], "--db", db_url, "--as-of", "2022-01-30"])
    detail = json.loads(shown.output)
    assert [s["role"] for s in detail["steps"]] == ["PROPOSE", "RESPOND"]


def test_a_store_written_before_gets_its_threads_when_migrated(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    records = [*_exchange(), _unrelated()]
    with Store.open(path, migrate_schema=False) as store:
        migrate(store.engine, MIGRATIONS[:7])
        store.ingest(records)
    with Store.open(path) as store:  # ingest mode applies 0009_threads
        stored = sorted(t.id for t in store.all_threads())
        assert store.counts()["thread_steps"] == 3 + 1
    assert stored == sorted(t.id for t in link_threads(records))


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    from dateline.store import Store
    from tests.test_store_threads import exchange_record

    url, slow = sys.argv[1], sys.argv[2] == "slow"
    roles = ["PROPOSE", "RESPOND", "REJECT"]
    records = (exchange_record(i, roles[i % 3], day="2022-01-%02d" % (1 + i % 28))
               for i in range(300))
    with Store.open(url) as store:
        report = store.ingest(records, batch_size=10,
                              progress=(lambda n: time.sleep(0.05)) if slow else None)
    print(report.added, report.unchanged, report.failed)
""")


def test_sigkill_midway_leaves_threads_whole(db_url: str, tmp_path: Path) -> None:  # noqa: F811
    script = tmp_path / "kill_script.py"
    script.write_text(KILL_SCRIPT.format(repo=str(REPO)), encoding="utf-8")

    def run(mode: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, str(script), db_url, mode],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    Store.open(db_url).close()
    process = run("slow")
    deadline = time.monotonic() + 30
    while _count(db_url, "articles") < 50 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    stored = _count(db_url, "articles")
    assert 0 < stored < 300, "the kill must land midway"
    assert _count(db_url, "thread_steps") == stored
    rerun = run("fast")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.split()[2] == "0"
    with Store.open(db_url) as store:
        counts = store.counts()
        [row] = store.threads()
    assert counts["articles"] == counts["thread_steps"] == 300 and counts["threads"] == 1
    assert row["steps"] == 300 and row["articles"] == 300


def _count(url: str, table: str) -> int:
    with Store.open(url) as store:
        return store.counts()[table]


def test_export_writes_every_thread_with_steps_evidence_and_sources(
        db_url: str, tmp_path: Path) -> None:  # noqa: F811
    from dateline.cli import main

    with Store.open(db_url) as store:
        store.ingest([*_exchange(), _unrelated()])
    out = tmp_path / "threads.jsonl"
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", db_url, "--format", "jsonl", "--rows",
                                  "threads", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["parties"] for r in rows) == [["CHN", "JPN"], ["RUS", "USA"]]
    [ours] = [r for r in rows if "RUS" in r["parties"]]
    assert [s["role"] for s in ours["steps"]] == ["PROPOSE", "RESPOND", "REJECT"]
    assert ours["state"]["role"] == "REJECT" and ours["state"]["modality"] == "hypothetical"
    first = ours["steps"][0]
    assert first["evidence"][0]["text"] == "handed the United States"
    assert (first["title"], first["publisher"]) == ("Story 1", "Wire 1")
    assert first["source"] == ["RUS"] and first["target"] == ["USA"]
    refused = runner.invoke(main, ["export", "--db", db_url, "--format", "csv", "--rows",
                                   "threads"])
    assert refused.exit_code == 2
