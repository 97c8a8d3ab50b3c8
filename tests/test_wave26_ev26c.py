"""Wave 26 (ev26c) dates, judged round 19: an act in a clause hung on a when-clause takes the
time of the clause the when-clause hangs on (events.date.when-clause-head.v1); an act whose
subject is a document dated by its issuing participle takes that day
(events.date.issued-subject.v1)."""

from __future__ import annotations

import pytest

from dateline import extract

WHEN_RULE = "events.date.when-clause-head.v1"
ISSUED_RULE = "events.date.issued-subject.v1"


def _dates(text: str) -> dict[str, tuple[str | None, str, str]]:
    record = extract(text, date="2023-06-15")
    return {event.trigger.text: (event.date.value, event.date.basis, event.rule)
            for event in record.events}


def test_an_act_below_a_when_clause_takes_the_upper_clause_time(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("The government opened an inquiry in March 2019 when anger reached such a "
                   "pitch that the interior minister ordered the police to examine the case."
                   )["ordered"]
    assert found[0] == "2019-03" and WHEN_RULE in found[2]


def test_a_reporting_head_does_not_date_the_when_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("Police said on Tuesday that protesters threw stones when officers "
                   "arrested their leader.")
    assert all(WHEN_RULE not in rule for _, _, rule in found.values())


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The Supreme Court order, issued Sunday, called for a truce and an end to the shelling.",
     "called", "2023-06-11"),
])
def test_a_document_dated_by_its_issue_dates_what_it_does(
        nlp, text: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = _dates(text)[trigger]
    assert found[0] == value and ISSUED_RULE in found[2]


def test_a_person_arrested_on_a_day_is_no_document(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _dates("The activist, arrested on Monday, called for a general strike.")
    assert all(ISSUED_RULE not in rule for _, _, rule in found.values())
