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
    with article_budget(0.2):
        _spin(0.01)
    _spin(0.4)  # past the budget: a late exception would land here


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


def test_budget_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "7.5")
    assert article_timeout() == 7.5
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "0")
    assert article_timeout() == 0
    with article_budget():  # 0 turns it off
        _spin(0.01)
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "soon")
    assert article_timeout() == 30.0
