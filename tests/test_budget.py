"""The time budget per article stops runaway work in any thread (issue 19)."""

from __future__ import annotations

import threading
import time

import pytest

from dateline.budget import ArticleTimeout, article_budget, article_timeout


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_runaway_block_raises_timeout() -> None:
    started = time.monotonic()
    with pytest.raises(ArticleTimeout, match="DATELINE_ARTICLE_TIMEOUT"), article_budget(0.2):
        _spin(5)
    assert time.monotonic() - started < 2


def test_quick_block_is_untouched_and_nothing_lands_later() -> None:
    finished = []
    with article_budget(0.2):
        _spin(0.01)
        finished.append("inside")
    _spin(0.4)  # past the budget: a late exception would land here and fail the test
    finished.append("after")
    assert finished == ["inside", "after"]


def test_works_in_a_worker_thread() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with article_budget(0.2):
                _spin(5)
        except ArticleTimeout:
            outcome.append("timeout")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert outcome == ["timeout"]


def test_one_watchdog_serves_many_blocks() -> None:
    """Blocks share one watchdog thread (a thread per block cost more than a stage on a busy
    machine, issue 14), and a runaway block after many quick ones is still stopped."""
    for _ in range(200):
        with article_budget(30):
            pass
    with pytest.raises(ArticleTimeout), article_budget(0.2):
        _spin(5)
    watchdogs = [t for t in threading.enumerate() if t.name == "dateline-budget"]
    assert len(watchdogs) == 1 and threading.active_count() < 10


def test_budget_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "7.5")
    assert article_timeout() == 7.5
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "0")
    assert article_timeout() == 0
    with article_budget():  # 0 turns it off
        _spin(0.01)
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "soon")
    assert article_timeout() == 30.0


def test_overlong_article_becomes_a_timeout_record(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The budget holds inside the pipeline: the article is an error record ``timeout`` naming
    the stage, and the next article is extracted as usual."""
    from dateline import extract_many
    from dateline.record import ErrorRecord, Record
    from dateline.stages import events

    real = events.EventsStage.process

    def slow(self, doc, state) -> None:  # type: ignore[no-untyped-def]
        if "stall" in doc.text:
            _spin(60)  # stopped by the budget long before
        real(self, doc, state)

    # warm up first, without a budget: the places stage loads its gazetteer on its first
    # article, which on a loaded machine takes longer than the 3 s this test gives an article
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "0")
    assert isinstance(next(iter(extract_many(["Russia met China in Paris on Monday."],
                                             date="2024-03-06"))), Record)
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "3")
    monkeypatch.setattr(events.EventsStage, "process", slow)
    first, second = list(extract_many(["Talks stall in Geneva.", "Russia met China on Monday."],
                                      date="2024-03-06"))
    assert isinstance(first, ErrorRecord) and first.code == "timeout"
    assert first.stage == "dateline_events" and "DATELINE_ARTICLE_TIMEOUT" in first.message
    assert isinstance(second, Record)


def test_dicts_and_odd_inputs_to_extract_many(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract_many
    from dateline.record import ErrorRecord, Record

    record, refused = list(extract_many([
        {"text": "Russia met China on Monday.", "date": "Wed, 26 Jan 2022 10:00 GMT", "id": "d1"},
        42,  # type: ignore[list-item]
    ]))
    assert isinstance(record, Record) and record.source.id == "d1"
    assert record.document_date == "2022-01-26" and record.warnings == []
    assert isinstance(refused, ErrorRecord) and "int" in refused.message


def test_unreadable_metadata_date_is_a_warning(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract("Russia met China yesterday.", published="sometime in spring",
                     date="2024-03-06")
    assert record.document_date == "2024-03-06" and record.document_date_source == "argument"
    assert record.warnings and "sometime in spring" in record.warnings[0]
