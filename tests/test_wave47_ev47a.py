"""Wave 47, ev47a: a bare weekday hung on a noun of a past happening ("condemns the attack on
Friday", "criticises Iran during a visit on Sunday") is the one before the document date, not
the coming one, when the clause is told in the present (times.happening-weekday.v1, module
``time_happenings``). A present act that names the happening as its object keeps the document
date; future clauses, planned or awaited happenings and other weekdays keep the coming week.

The document date, 2023-06-15, is a Thursday.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import date_of, dated_record


def _weekday_values(text: str) -> list[str | None]:
    return [t.value for t in dated_record(text).times]


def test_attack_on_friday_is_last_friday(nlp: Any) -> None:
    text = "The UN condemns the attack on Friday which killed ten villagers."
    assert _weekday_values(text) == ["2023-06-09"]


def test_condemning_keeps_the_document_date(nlp: Any) -> None:
    text = "The UN condemns the attack on Friday which killed ten villagers."
    assert date_of(text, "condemns") == ("2023-06-15", "document_date")


def test_report_on_sunday_is_last_sunday(nlp: Any) -> None:
    text = "Rebels deny an AFP report on Sunday that they killed ten civilians."
    assert _weekday_values(text) == ["2023-06-11"]


def test_act_during_a_visit_takes_its_day(nlp: Any) -> None:
    text = "The minister criticises Iran during a visit on Sunday."
    assert date_of(text, "criticises") == ("2023-06-11", "explicit")


def test_future_act_during_a_visit_keeps_the_coming_week(nlp: Any) -> None:
    text = "The minister will criticise Iran during a visit on Sunday."
    assert date_of(text, "criticise") == ("2023-06-18", "explicit")


def test_visit_ahead_keeps_the_coming_week(nlp: Any) -> None:
    assert _weekday_values("The minister arrives ahead of a visit on Sunday.") == ["2023-06-18"]


def test_warned_attacks_keep_the_coming_week(nlp: Any) -> None:
    assert _weekday_values("The army warns of attacks on Friday.") == ["2023-06-16"]


def test_attended_meeting_object_keeps_the_coming_week(nlp: Any) -> None:
    assert _weekday_values("The minister attends a meeting on Monday.") == ["2023-06-19"]


def test_past_condemnation_is_unchanged(nlp: Any) -> None:
    text = "The UN condemned the attack on Friday."
    assert date_of(text, "condemned") == ("2023-06-09", "explicit")
