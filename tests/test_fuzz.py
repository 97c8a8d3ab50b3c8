"""Issue 19: property tests. Whatever the text or file, extraction and reading end in a record or
an error record, every span is valid, and records survive their JSON round trip."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import extract_many
from dateline.ingest.readers import Article, ReadFailure, read_inputs
from dateline.record import ErrorRecord, Record

QUOTES = "\"'“”‘’«»„‚‹›「」"
PUNCTUATION = ",.;:!?-–—()[]{}/\\…"
WORDS = ["Russia", "said", "the", "minister", "met", "on", "Monday", "February 29", "2024",
         "talks", "attacked", "NATO", "warned", "he", "\n", "12:30", "next week", "1:1"]
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=QUOTES + PUNCTUATION, min_size=1, max_size=40),
    st.text(min_size=1, max_size=20),  # any Unicode, controls and bidi marks included
    st.from_regex(r"[0-9]{1,6}([/.:-][0-9]{1,4}){0,3}", fullmatch=True),
)
texts = st.lists(pieces, min_size=1, max_size=60).map(" ".join)


def _check(result: Record | ErrorRecord) -> None:
    if isinstance(result, ErrorRecord):
        assert result.code and result.message
        return
    for span in result.spans():
        assert 0 <= span.start <= span.end <= len(result.text)
        assert result.text[span.start : span.end] == span.text
    assert Record.from_json(result.to_json()) == result


@pytest.mark.model
@FUZZ
@given(texts=st.lists(texts, min_size=1, max_size=4),
       date=st.one_of(st.none(), st.dates().map(str)))
def test_extract_never_raises_and_spans_hold(nlp, texts: list[str], date: str | None) -> None:  # type: ignore[no-untyped-def]
    results = list(extract_many([Article(text=t, source=_source(), published=date)
                                 for t in texts]))
    assert len(results) == len(texts)
    for result in results:
        _check(result)


def _source():  # type: ignore[no-untyped-def]
    from dateline.record import Source

    return Source()


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".csv"]))
def test_readers_never_raise(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                             suffix: str) -> None:
    path = Path(tmp_path_factory.mktemp("fuzz")) / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, Article | ReadFailure)
        if isinstance(item, ReadFailure):
            assert item.error.code and str(item.error)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=20,
)


@FUZZ
@given(rows=st.lists(st.dictionaries(st.sampled_from(["text", "id", "date", "title", "x"]),
                                     json_values, max_size=5), max_size=6))
def test_jsonl_rows_of_any_shape(rows: list[dict[str, object]]) -> None:
    import json

    data = "\n".join(json.dumps(row) for row in rows).encode()
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    if data.strip():
        assert items, "every input yields at least one item"
    for item in items:
        assert isinstance(item, Article | ReadFailure)
