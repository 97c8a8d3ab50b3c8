"""Wave 49, ev49d: an act told in a "when" clause on a date phrase takes that date (module
``event_when_dates``, events.date.when-on-date.v1).

"a quarrel dating back to the mid-1999, when its army withdrew": the parser hangs the clause on the
main verb, but the relative adverb ties it to the date right before the comma, so the act is of
that year, not of the document date. Near misses (no "when", no comma, a future "when" clause)
keep the dates they had. The document date, 2023-06-15, is a Thursday.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger

WHEN = "events.date.when-on-date.v1"


def test_when_clause_on_year_takes_the_year(nlp: Any) -> None:
    text = ("Chad has been locked in a bitter quarrel with Sudan dating back to the mid-1999, "
            "when its army withdrew its forces.")
    value, basis, rule = dates_by_trigger(text)["withdrew"]
    assert (value, basis) == ("1999", "explicit")
    assert rule.endswith(WHEN)


def test_when_clause_on_year_other_verb(nlp: Any) -> None:
    text = ("Peru has been embroiled in a long row with Chile dating back to the mid-2004, "
            "when its navy seized a fishing boat.")
    value, basis, rule = dates_by_trigger(text)["seized"]
    assert (value, basis) == ("2004", "explicit")
    assert rule.endswith(WHEN)


def test_other_mark_keeps_document_date(nlp: Any) -> None:
    text = ("Chad has been locked in a bitter quarrel with Sudan dating back to the mid-1999, "
            "although its army withdrew its forces.")
    value, basis, rule = dates_by_trigger(text)["withdrew"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert WHEN not in rule


def test_conjoined_act_keeps_document_date(nlp: Any) -> None:
    text = "Peru has been embroiled in a long row with Chile, and its navy seized a fishing boat."
    value, basis, rule = dates_by_trigger(text)["seized"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert WHEN not in rule


def test_future_when_clause_leaves_main_act(nlp: Any) -> None:
    text = "Police agreed to suspend the ban until Sunday, when they will return."
    value, basis, rule = dates_by_trigger(text)["agreed"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert WHEN not in rule
