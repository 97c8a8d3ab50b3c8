"""A timeout that lands while a lazily built cache is being filled leaves no half-built cache:
the next article's record equals a fresh one (issue 19).

The article budget raises ``ArticleTimeout`` asynchronously, at whatever Python instruction the
thread is running, so a table filled in place and kept would keep what it held at that moment.
Every lazy table is built in a local and published in one assignment; these tests raise the
timeout inside the builds and compare the next article's record with a fresh one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from dateline.budget import ArticleTimeout
from dateline.ingest.readers import Article
from dateline.lexicons import LexiconData
from dateline.record import ErrorRecord, Record, Source

TEXT = ("Greenland rejected the proposal from Washington on Monday. \"We will not sell,\" Prime "
        "Minister Mute Egede told reporters in Nuuk. Russia accused Ukraine of shelling the town "
        "of Sumy last week, the Foreign Ministry said.")
DATE = "2022-05-02"


def _run(count: int) -> list[Record | ErrorRecord]:
    from dateline import extract_many

    articles = [Article(TEXT, Source(id="same")) for _ in range(count)]
    return list(extract_many(articles, date=DATE))


@pytest.fixture()
def fresh(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATELINE_ARTICLE_TIMEOUT", "0")  # only the injected timeouts
    (record,) = _run(1)
    assert isinstance(record, Record)
    return record.to_json()


def _timed_out_then_fresh(results: list[Record | ErrorRecord], fresh: str) -> None:
    first, second = results
    assert isinstance(first, ErrorRecord) and first.code == "timeout"
    assert isinstance(second, Record) and second.to_json() == fresh


@pytest.mark.model
def test_a_timeout_between_the_gazetteer_and_its_country_names(
        nlp: Any, fresh: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The places stage loads its gazetteer on its first article and keeps the gazetteer's
    country names beside it ("Greenland rejected": a government, not a place); a timeout between
    the two left the gazetteer without its country names for every later article."""
    from dateline.gazetteer import Gazetteer

    stage = nlp.get_pipe("dateline_places")
    monkeypatch.setattr(stage, "_gazetteer", None)  # as on the first article of a process
    monkeypatch.delitem(stage.words, "_gazetteer_countries", raising=False)
    real = Gazetteer.country_names
    fired: list[bool] = []

    def interrupted(self: Gazetteer) -> frozenset[str]:
        if not fired:
            fired.append(True)
            raise ArticleTimeout("injected while the gazetteer was being built")
        return real(self)

    monkeypatch.setattr(Gazetteer, "country_names", interrupted)
    _timed_out_then_fresh(_run(2), fresh)
    assert fired


def _derived_keys(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every table the stages build with ``LexiconData.derived`` while extracting TEXT."""
    keys: list[str] = []
    real = LexiconData.derived

    def recording(self: LexiconData, key: str, build: Callable[[LexiconData], Any]) -> Any:
        if key not in keys:
            keys.append(key)
        return real(self, key, build)

    with monkeypatch.context() as patch:
        patch.setattr(LexiconData, "derived", recording)
        with _fresh_lexicons(nlp):
            _run(1)
    return keys


@contextmanager
def _fresh_lexicons(nlp: Any) -> Iterator[None]:
    """Each stage gets new lexicon data (same entries), so every derived table is built again;
    the stages get their own data back afterwards."""
    stages = [c for _, c in nlp.pipeline if isinstance(getattr(c, "data", None), LexiconData)]
    saved = [stage.data for stage in stages]
    for stage in stages:
        stage.data = LexiconData(stage.user)
    try:
        yield
    finally:
        for stage, data in zip(stages, saved, strict=True):
            stage.data = data


@pytest.mark.model
def test_a_timeout_inside_any_derived_table_build(nlp: Any, fresh: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """For every table built on first use (patterns, lookup maps, memos): the timeout lands
    after the build has filled its table and before the table is kept."""
    keys = _derived_keys(nlp, monkeypatch)
    assert len(keys) >= 10, keys  # the stages build their tables this way
    real = LexiconData.derived
    for target in keys:
        fired: list[str] = []

        def interrupted(self: LexiconData, key: str, build: Callable[[LexiconData], Any],
                        target: str = target, fired: list[str] = fired) -> Any:
            if key != target or fired:
                return real(self, key, build)

            def half_built(data: LexiconData) -> Any:
                build(data)  # filled in full, in place wherever the build fills things
                fired.append(key)
                raise ArticleTimeout(f"injected while {key} was being built")

            return real(self, key, half_built)

        with monkeypatch.context() as patch, _fresh_lexicons(nlp):
            patch.setattr(LexiconData, "derived", interrupted)
            results = _run(2)
        assert fired == [target]
        _timed_out_then_fresh(results, fresh)
