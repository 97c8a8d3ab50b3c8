"""Wave 49, ev49c: a time inside an object's phrase dates the happening it modifies, not the
clause (module ``time_nested_nouns``, events.date.nested-noun.v1): "arrests in connection with
the abduction in May", "detained two men over the attack on Tuesday". Setting phrases ("at the
May 5 rally", "in clashes on Monday"), a time on the direct object ("signed an agreement on
Thursday") and a trailing time reached only through "of" keep their dates. The document date,
2023-06-15, is a Thursday.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger


def _date(text: str, trigger: str) -> tuple[str | None, str]:
    value, basis, _ = dates_by_trigger(text)[trigger]
    return value, basis


def test_linked_happening_time_is_not_the_arrests(nlp: Any) -> None:
    text = "Police made several arrests in connection with the abduction in May."
    assert _date(text, "arrests") == ("2023-06-15", "document_date")


def test_trailing_time_under_over_keeps_the_clause_date(nlp: Any) -> None:
    text = "Police detained two men over the attack on Tuesday."
    assert _date(text, "detained") == ("2023-06-13", "explicit")


def test_named_elections_month_is_not_the_firing(nlp: Any) -> None:
    text = "The army fired on protesters during a march against the March elections."
    assert _date(text, "fired") == ("2023-06-15", "document_date")


def test_setting_rally_keeps_its_day(nlp: Any) -> None:
    text = "Police arrested five men at the May 5 rally."
    assert _date(text, "arrested") == ("2023-05-05", "explicit")


def test_setting_clashes_keep_their_day(nlp: Any) -> None:
    text = "Police killed three protesters in clashes on Monday."
    assert _date(text, "killed") == ("2023-06-12", "explicit")


def test_time_on_direct_object_dates_the_clause(nlp: Any) -> None:
    text = "The president signed a new agreement on Thursday with the EU."
    assert _date(text, "signed") == ("2023-06-15", "explicit")


def test_trailing_time_through_of_keeps_the_clause_date(nlp: Any) -> None:
    text = ("Maduro accused the former envoy of complicity in the coup attempt against him"
            " on Tuesday.")
    assert _date(text, "accused") == ("2023-06-13", "explicit")


def test_nominal_trigger_keeps_its_own_time(nlp: Any) -> None:
    text = "The attack on Tuesday killed five people."
    assert _date(text, "attack") == ("2023-06-13", "explicit")


def test_nested_noun_names_the_dated_happening(nlp: Any) -> None:
    from dateline.stages.time_nested_nouns import nested_noun

    doc = nlp("Police made several arrests in connection with the abduction in May.")
    may = next(t for t in doc if t.text == "May")
    noun = nested_noun(doc[may.i : may.i + 1])
    assert noun is not None and noun.text == "abduction"
