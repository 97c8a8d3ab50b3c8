"""Wave 24 dates: a toll summed over a run of violence has no date (events.date.toll-total.v1)."""

from __future__ import annotations

import pytest

from dateline import extract

TOLL_RULE = "events.date.toll-total.v2"


def _dates(text: str) -> list[tuple[str, str | None, str]]:
    record = extract(text, date="2023-06-15", min_confidence=0)
    return [(event.trigger.text, event.date.value, event.rule) for event in record.events]


@pytest.mark.parametrize("text", [
    "Rebels have killed about 2,000 people in the conflict.",
    "Government troops have killed hundreds of civilians during the crackdown, the group said.",
])
def test_a_toll_of_a_whole_run_of_violence_has_no_date(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    dates = _dates(text)
    assert dates and all(value is None and TOLL_RULE in rule for _, value, rule in dates)


@pytest.mark.parametrize("text", [
    "Militants have killed twelve soldiers in a bomb attack near Kabul.",  # one incident
])
def test_an_incident_or_another_act_keeps_the_document_date(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    dates = _dates(text)
    assert dates and all(value == "2023-06-15" and TOLL_RULE not in rule
                         for _, value, rule in dates)


def test_arrests_counted_over_the_unrest_have_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # Changed on purpose in wave 70 (ev70b): this arrest toll once kept the document date; by the
    # round-20 convention a count of many over a run has no date (events.date.toll-span.v3).
    dates = _dates("Police have arrested dozens of protesters in the unrest.")
    assert dates and all(value is None and TOLL_RULE not in rule and "toll-span" in rule
                         for _, value, rule in dates)


def test_a_toll_with_its_own_time_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _dates("Rebels killed 40 soldiers in the conflict last week.") == [
        ("killed", "2023-W23", "events.assault.kill.v1")]


def test_a_toll_whose_clause_holds_a_day_is_not_a_total(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates("Rebels have killed nine people in the violence in Tabriz on Monday.")
    assert dates and all(TOLL_RULE not in rule for _, _, rule in dates)
