"""Wave 46, ev46c: dates of acts whose day the parser hung elsewhere.

events.date.purpose-day.v1 (``event_purpose_dates``): "Police fired tear gas to disperse students
on Tuesday" -- a past day of the purpose clause dates the simple past act. Near misses: a
controlled infinitive ("agreed to sign on Friday"), a day after the document date (a plan), a
pluperfect act.

events.date.added-report-day.v1 (``event_added_report_dates``): "X said Saturday, adding that
several people have been detained" -- the added report was said on the statement's day.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import dates_by_trigger

PURPOSE = "events.date.purpose-day.v1"
ADDED = "events.date.added-report-day.v1"


def test_purpose_day_dates_the_act(nlp: Any) -> None:
    dates = dates_by_trigger("Police fired tear gas to disperse hundreds of protesters in Lagos "
                             "on Tuesday.")
    value, basis, rule = dates["fired"]
    assert (value, basis) == ("2023-06-13", "explicit")
    assert rule.endswith(PURPOSE)


def test_purpose_day_opened_fire(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger("Soldiers opened fire to break up a crowd of students "
                                          "on Monday.")["opened"]
    assert (value, basis) == ("2023-06-12", "explicit") and rule.endswith(PURPOSE)


def test_controlled_infinitive_keeps_document_date(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger("The government agreed to sign the accord on "
                                          "Friday.")["agreed"]
    assert (value, basis) == ("2023-06-15", "document_date") and PURPOSE not in rule


def test_future_purpose_day_not_taken(nlp: Any) -> None:
    value, basis, rule = dates_by_trigger("The army deployed troops to guard the vote on "
                                          "Sunday.")["deployed"]
    assert (value, basis) == ("2023-06-15", "document_date") and PURPOSE not in rule


def test_pluperfect_act_not_dated_by_purpose(nlp: Any) -> None:
    value, _basis, rule = dates_by_trigger("Police had fired tear gas to disperse protesters on "
                                          "Tuesday.")["fired"]
    assert PURPOSE not in rule and value != "2023-06-13"


def test_added_report_takes_statement_day(nlp: Any) -> None:
    text = ("Those who took part in the clashes also killed some ethnic Thais, Myint Swe said "
            "Saturday, adding that several people have also been detained.")
    value, basis, rule = dates_by_trigger(text)["detained"]
    assert (value, basis) == ("2023-06-10", "narrative") and rule.endswith(ADDED)


def test_undated_statement_adds_no_day(nlp: Any) -> None:
    text = ("Those who took part in the clashes also killed some ethnic Thais, Myint Swe said, "
            "adding that several people have also been detained.")
    value, _basis, rule = dates_by_trigger(text)["detained"]
    assert ADDED not in rule and value != "2023-06-10"
