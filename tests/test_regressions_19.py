"""Regressions of issue 19: inputs that lost whole articles on real news."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import dateline
from dateline.stages.event_lexicon import match
from dateline.stages.event_slots import prep_targets
from dateline.stages.state import DocState


def _chained_control_clauses() -> Doc:
    """"Russia agreed to promise to meet with Iran" with two control clauses in a chain: the inner
    clause's head lists it again among its children."""
    words = ["Russia", "agreed", "to", "promise", "to", "meet", "with", "Iran"]
    heads = [1, 1, 3, 1, 5, 3, 5, 6]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "aux", "xcomp", "prep", "pobj"]
    lemmas = ["Russia", "agree", "to", "promise", "to", "meet", "with", "Iran"]
    pos = ["PROPN", "VERB", "PART", "VERB", "PART", "VERB", "ADP", "PROPN"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
               pos=pos)


def test_chained_control_clauses_end() -> None:
    doc = _chained_control_clauses()
    meet, promise = doc[5], doc[3]
    assert match(meet) is not None and match(promise) is not None  # both are triggers
    for token in (meet, promise):
        entry = match(token)
        assert entry is not None
        assert isinstance(prep_targets(token, entry, DocState()), list)


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2020-02-14", "Voters went to the polls on February 29, officials said."),
        ("2021-02-14", "Voters will go to the polls on February 29, officials said."),
        ("9999-12-31", "The talks resume tomorrow and ended last year."),
        ("0001-01-01", "The talks ended yesterday, a decade ago, last week."),
    ],
)
def test_calendar_edges_make_records(nlp, published: str, text: str) -> None:  # type: ignore[no-untyped-def]
    record = dateline.extract(text, published=published)
    assert record.times, "the time expressions are still found"
    for time in record.times:
        assert time.value  # placed, or marked unknown (XXXX), never a crash


def test_year_less_february_29_takes_a_leap_year(nlp) -> None:  # type: ignore[no-untyped-def]
    past = dateline.extract("Voters went to the polls on February 29.", published="2021-03-01")
    future = dateline.extract("Voters will go to the polls on February 29.", published="2021-03-01")
    assert [t.value for t in past.times] == ["2020-02-29"]
    assert [t.value for t in future.times] == ["2024-02-29"]
