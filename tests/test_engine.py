"""The local engine: nlp.pipe(n_process=N), results in input order, failures as records."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.engine import LocalEngine
from dateline.errors import UnreadableInput
from dateline.ingest.readers import Article, ReadFailure
from dateline.record import ErrorRecord, Record, Source

TEXTS = [
    "MOSCOW, Jan. 26, 2022 - Russia accused Ukraine of shelling the town.",
    "PARIS, March 3, 2023 - France and Germany agreed to hold talks next week.",
    "Officials in Kyiv said they rejected the proposal on Monday.",
]


def _items() -> list[Any]:
    items: list[Any] = [Article(text, Source(id=f"a{i}")) for i, text in enumerate(TEXTS * 3)]
    items.insert(4, ReadFailure(UnreadableInput("cannot read gone.txt"), Source(path="gone.txt")))
    items.insert(7, Article("   ", Source(id="blank")))
    return items


def _key(result: Record | ErrorRecord) -> tuple[str, ...]:
    if isinstance(result, ErrorRecord):
        return ("error", result.code, str(result.source.path or result.source.id))
    return (result.id, str(result.source.id), result.to_json())


@pytest.mark.model
def test_processes_keep_input_order_and_match_one_process(nlp: Any) -> None:
    items = _items()
    single = list(LocalEngine(1).extract_many(items))
    pooled = list(LocalEngine(2, chunk_size=2).extract_many(items))
    assert [_key(r) for r in pooled] == [_key(r) for r in single]
    assert len(pooled) == len(items)
    assert isinstance(pooled[4], ErrorRecord) and pooled[4].source.path == "gone.txt"
    assert isinstance(pooled[7], ErrorRecord) and pooled[7].source.id == "blank"
    sources = [r.source.id for r in pooled if isinstance(r, Record)]
    assert sources == [f"a{i}" for i in range(len(TEXTS) * 3)]


@pytest.mark.model
def test_a_failing_stage_yields_an_error_record_and_the_batch_goes_on(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.stages.events import EventsStage

    original = EventsStage.process

    def explode(self: EventsStage, doc: Any, state: Any) -> None:
        if "explode" in doc.text:
            raise RuntimeError("boom")
        original(self, doc, state)

    monkeypatch.setattr(EventsStage, "process", explode)
    items = [Article(TEXTS[0], Source(id="ok1")), Article("Please explode here.", Source(id="bad")),
             Article(TEXTS[1], Source(id="ok2"))]
    results = list(LocalEngine(1).extract_many(items))
    assert [type(r).__name__ for r in results] == ["Record", "ErrorRecord", "Record"]
    assert isinstance(results[1], ErrorRecord)
    assert results[1].stage == "dateline_events" and "boom" in results[1].message


def test_empty_input_starts_no_work() -> None:
    assert list(LocalEngine(2).extract_many([])) == []
    assert LocalEngine(0).workers == 1
