"""Wave 50, ev50b: a conjunct told in another tense keeps its own time (module
``event_tense_conjuncts``, events.date.tense-conjunct.v1).

A conjoined clause with its own subject, in the present perfect or present, joined to a dated
simple-past clause, is dated by the document (2023-06-15) rather than the other clause's time.
Near misses (a past conjunct, a conjunct sharing the subject) keep the shared date.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger


def _date(text: str, trigger: str) -> tuple[str | None, str]:
    value, basis, _ = dates_by_trigger(text)[trigger]
    return value, basis


def test_present_perfect_conjunct_is_not_dated_by_past_clause(nlp: Any) -> None:
    text = "The army seized the town in May and rebels have attacked the base."
    assert _date(text, "attacked") == ("2023-06-15", "document_date")
    assert _date(text, "seized") == ("2023-05", "explicit")


def test_past_conjunct_with_own_subject_shares_date(nlp: Any) -> None:
    text = "The army seized the town in May and rebels attacked the base."
    assert _date(text, "attacked") == ("2023-05", "explicit")


def test_conjunct_without_subject_shares_date(nlp: Any) -> None:
    text = "Rebels attacked the base on Monday and are holding hostages."
    assert _date(text, "attacked") == ("2023-06-12", "explicit")


def test_present_perfect_conjunct_with_own_time_keeps_it(nlp: Any) -> None:
    text = "The army seized the town in May and rebels have attacked the base on Monday."
    assert _date(text, "attacked") == ("2023-06-12", "explicit")


def test_conjunct_shares_time_of_controlled_verb(nlp: Any) -> None:
    text = ("Protesters rallied on Saturday in the capital. "
            "Opposition leaders began meeting Sunday and pledged to boycott the vote.")
    assert _date(text, "pledged") == ("2023-06-11", "explicit")
    assert _date(text, "rallied") == ("2023-06-10", "explicit")


def test_undated_chain_still_takes_narrative(nlp: Any) -> None:
    text = ("Protesters rallied on Saturday in the capital. "
            "Opposition leaders began meeting and pledged to boycott the vote.")
    assert _date(text, "pledged") == ("2023-06-10", "narrative")
