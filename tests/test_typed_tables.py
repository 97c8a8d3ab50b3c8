"""Docs that stay in the process keep their stages' objects typed (``state.keep_typed``): the
same records as the plain tables, no stage changing another's objects behind its back, and
such a doc refuses to be serialised rather than losing its tables (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "corpus"

TEXT = ("Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken in "
        "Geneva on Friday. \"We will not accept this,\" Lavrov said. Moscow accused Kyiv of "
        "shelling the town on Thursday.")


@pytest.fixture(scope="module")
def sample_articles() -> list[Any]:
    from dateline.ingest.readers import Article, read_inputs

    return [item for item in read_inputs([str(SAMPLE)]) if isinstance(item, Article)]


def _records(articles: list[Any]) -> list[str]:
    from dateline.pipeline import extract_many

    return [record.to_json() for record in extract_many(articles)]


@pytest.mark.model
def test_typed_docs_give_the_records_of_plain_tables(nlp: Any, sample_articles: list[Any],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.stages import state

    typed = _records(sample_articles)
    monkeypatch.setattr(state, "keep_typed", lambda doc: doc)  # the plain rows, as before
    plain = _records(sample_articles)
    assert typed == plain
    assert any('"events": [{' in record for record in typed)


@pytest.mark.model
def test_no_stage_changes_objects_of_a_table_it_does_not_write(
        nlp: Any, sample_articles: list[Any]) -> None:
    """With plain rows a stage's change to another stage's objects was lost unless it wrote
    that table again; with typed tables it would be kept: after every stage, each table's
    objects must still read as the rows they were written as."""
    from dateline.stages import base
    from dateline.stages.table_audit import watch_tables

    call = base.Stage.__call__
    with watch_tables() as audit:
        _records(sample_articles)
    assert audit.written and audit.calls and not audit.changed
    assert base.Stage.__call__ is call  # the watch is off again


@pytest.mark.model
def test_a_typed_doc_holds_objects_and_refuses_to_serialise(nlp: Any) -> None:
    from dateline.stages import state

    doc = nlp(state.keep_typed(state.set_inputs(nlp.make_doc(TEXT), "2022-01-26")))
    held = doc.user_data[state.PREFIX + "events"]
    assert isinstance(held, state.Typed) and held.items
    events = state.events(doc)
    assert events == held.items and events is not held.items  # a copy of the list
    assert all(a is b for a, b in zip(events, held.items, strict=True))  # of the objects
    assert state.table(doc, "events") == [state._plain(e) for e in events]
    assert "dateline_events" not in doc.spans  # span groups are for serialisable docs
    with pytest.raises(TypeError):
        doc.to_bytes()  # never silently without its tables


@pytest.mark.model
def test_a_plain_doc_still_carries_rows(nlp: Any) -> None:
    from dateline.stages import state

    doc = nlp(state.set_inputs(nlp.make_doc(TEXT), "2022-01-26"))
    rows = doc.user_data[state.PREFIX + "events"]
    assert isinstance(rows, list) and rows and isinstance(rows[0], dict)
    assert state.events(doc) and state.events(doc)[0] is not state.events(doc)[0]
    assert doc.spans["dateline_events"]


#: A description that becomes an actor ("the gunman"), and object pronouns that the events stage
#: gives it (``coref.attach_object_pronouns``) after the actors stage wrote its tables.
PRONOUN_TEXT = ("The gunman in the attack seemed to be in trouble: the truck stopped and one of "
                "the soldiers started beating him and mocking him as he stood by the wall.")


@pytest.mark.model
def test_object_pronouns_the_events_stage_moves_reach_both_kinds_of_doc(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The events stage writes the actors table again when it gave an object pronoun to an
    actor: a doc of plain rows (one sent to a worker process, ``n_process`` > 1) kept the
    pronouns only on a ``keep_typed`` doc before (ngec-0946)."""
    from dateline.stages import state
    from dateline.stages.table_audit import watch_tables

    with watch_tables() as audit:
        typed = _records([PRONOUN_TEXT])
    assert audit.calls and not audit.changed
    monkeypatch.setattr(state, "keep_typed", lambda doc: doc)  # the rows a worker gets
    plain = _records([PRONOUN_TEXT])
    assert typed == plain
    (gunman,) = [a for a in json.loads(plain[0])["actors"] if a["name"] == "gunman"]
    assert [m["text"] for m in gunman["mentions"]] == ["gunman", "him", "him"]
