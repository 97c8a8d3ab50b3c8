"""The store every web test reads: the sample corpus (extracted once per session) plus one
hand-made hostile record whose every field carries markup and script.

Other web test modules import ``web_store`` and ``hostile`` from here; the store is built once
per session and shared through a module-level cache, whichever module asks first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.record import (
    Actor,
    Event,
    EventDate,
    PipelineInfo,
    Quote,
    Record,
    Removed,
    Source,
    Span,
    Speaker,
    Thread,
    ThreadStep,
    Time,
    text_id,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"

SCRIPT = '<script>alert("x")</script>'
IMG = '"><img src=x onerror=alert(1)>'
JS_LINK = "javascript:alert(2)"
HOSTILE_TEXT = (
    f"Evil {SCRIPT} Corp accused {IMG} of fraud on 26 January 2022, see "
    f'<a href="{JS_LINK}">this</a>.\n'
    f'"We reject {SCRIPT} and {IMG}," the spokesman said.\n'
)
_BUILT: dict[str, Path] = {}


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(at, at + len(part), part)


def hostile_record() -> Record:
    """A record whose names, roles, title, publisher, URL, quote and trigger are hostile."""
    text = HOSTILE_TEXT
    evil = Actor("a1", f"Evil {SCRIPT} Corp", "organization", None, "BUS",
                 mentions=[_span(text, f"Evil {SCRIPT} Corp")], rule="test.hostile.v1")
    victim = Actor("a2", IMG, "person", "USA", None, role=f"<b onmouseover=alert(3)>{JS_LINK}",
                   mentions=[_span(text, IMG)], rule="test.hostile.v1")
    when = _span(text, "26 January 2022")
    first = text[: text.index("\n")]
    event = Event("e1", "ACCUSE", None, "112", ["a1"], ["a2"],
                  EventDate("2022-01-26", "t1", "explicit"), "asserted", None,
                  _span(text, "accused"), Span(0, len(first), first), "test.hostile.v1", 0.9,
                  [_span(text, "accused")])
    content = _span(text, f"We reject {SCRIPT} and {IMG},")
    said = _span(text, "said")
    speaker = _span(text, "the spokesman")
    quote = Quote("q1", "direct", Speaker(speaker.start, speaker.end, speaker.text, "a1"),
                  said, content, None, "test.hostile.v1")
    step = ThreadStep("REJECT", "e1", "q1", EventDate("2022-01-26", "t1", "explicit"),
                      "asserted", [_span(text, f"We reject {SCRIPT}")], "test.hostile.v1")
    # the thread's object and one of its party codes are hostile too (thread pages show both)
    thread = Thread("th1", _span(text, SCRIPT), [IMG, "USA"], [step])
    return Record(
        id=text_id(text), source=Source("hostile", None, JS_LINK, f"Title {SCRIPT}", IMG),
        published="2022-01-26", document_date="2022-01-26", document_date_source="metadata",
        text=text, removed=[Removed("boilerplate", f"removed {SCRIPT}")],
        actors=[evil, victim],
        times=[Time("t1", when.start, when.end, when.text, "DATE", "2022-01-26",
                    rule="test.hostile.v1")],
        quotes=[quote], events=[event], threads=[thread],
        pipeline=PipelineInfo("test", "test", "test"))


def build_store(folder: Path) -> Path:
    """A SQLite store of the sample corpus plus the hostile record."""
    from dateline.batch import ingest_articles
    from dateline.ingest.readers import read_inputs
    from dateline.store import Store

    path = folder / "web.db"
    with Store.open(str(path)) as store:
        # every event the rules found (min_confidence 0): the pages are tested on them all
        report = ingest_articles(store, list(read_inputs([str(SAMPLES)])), date="2024-01-15",
                                 min_confidence=0)
        assert report.failed == 0, report.messages
        assert store.ingest([hostile_record()]).added == 1
    return path


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if "path" not in _BUILT:
        _BUILT["path"] = build_store(tmp_path_factory.mktemp("web"))
    return _BUILT["path"]


@pytest.fixture(scope="session")
def hostile() -> Record:
    return hostile_record()


def test_hostile_record_spans_are_exact(hostile: Record) -> None:
    for span in hostile.spans():
        assert hostile.text[span.start:span.end] == span.text
