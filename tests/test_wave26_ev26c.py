"""Wave 26 (ev26c) dates, judged round 19: an act whose subject is a document dated by its
issuing participle takes that day (events.date.issued-subject.v1). Its sibling
when-clause-head.v1 was removed at integration: it changed no dev story and cost one held-out
news_events event its date."""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger as _dates

ISSUED_RULE = "events.date.issued-subject.v1"




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
