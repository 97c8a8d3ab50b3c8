from __future__ import annotations

import json

import pytest

from dateline.record import SCHEMA, Actor, Record, Source, Span, Time, text_id


def _record() -> Record:
    text = "Moscow said on Monday it would respond."
    return Record(
        id=text_id(text), source=Source(path="x.txt"), published=None,
        document_date="2022-01-26", document_date_source="argument", text=text,
        actors=[Actor(id="a1", name="Russia", kind="country", country="RUS", sector="GOV",
                      mentions=[Span.of(text, 0, 6)])],
        times=[Time(id="t1", start=15, end=21, text="Monday", type="DATE", value="2022-01-24")],
    )


def test_round_trip_is_exact() -> None:
    record = _record()
    again = Record.from_json(record.to_json())
    assert again == record
    assert again.to_json() == record.to_json()


def test_schema_leads_and_is_checked() -> None:
    data = json.loads(_record().to_json())
    assert next(iter(data)) == "schema" and data["schema"] == SCHEMA
    data["schema"] = "other/9"
    with pytest.raises(ValueError, match="schema"):
        Record.from_json(data)


def test_span_of_takes_text_from_offsets() -> None:
    span = Span.of("abc def", 4, 7)
    assert (span.start, span.end, span.text) == (4, 7, "def")


def test_id_is_content_hash() -> None:
    assert text_id("a") == text_id("a") != text_id("b")
    assert text_id("a").startswith("sha256:")


def test_reads_a_record_1_file() -> None:
    """record/1 (the first release) lacks the [2] fields; they come back empty."""
    old = {
        "schema": "dateline.record/1", "id": text_id("Hi."), "source": {"id": None, "path": None,
        "url": None, "title": None, "publisher": None}, "published": None,
        "document_date": "2022-01-26", "document_date_source": "argument", "text": "Hi.",
        "removed": [], "actors": [{"id": "a1", "name": "Hi", "kind": "group", "country": None,
                                   "sector": None, "role": None, "rule": None,
                                   "mentions": [{"start": 0, "end": 2, "text": "Hi"}]}],
        "times": [{"id": "t1", "start": 0, "end": 2, "text": "Hi", "type": "DATE",
                   "value": "2021-12", "mod": None, "rule": "x"}],
        "quotes": [], "events": [], "pipeline": None,
    }
    record = Record.from_json(old)
    assert record.schema == SCHEMA == "dateline.record/2"
    assert record.actors[0].aliases == [] and record.places == [] and record.warnings == []
    assert (record.times[0].date_start, record.times[0].date_end) == ("2021-12-01", "2021-12-31")
    assert Record.from_json(record.to_json()) == record
