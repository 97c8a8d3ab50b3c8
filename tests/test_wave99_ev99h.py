"""Wave 99, ev99h: reported news in a sentence whose only time stands in another clause.

events.date.reported-news-other-time.v1: "an aide said the minister had signed the decree" keeps
the document date as reported news (events.date.reported-news.v1), but any time of the sentence
stopped that rule, even one of a clause of its own beside the report ("and the mayor said a
curfew would start on Friday", "describing the 1990 treaty"). Such a time dates neither the
report nor its content. Near misses: a time on the report ("on Sunday police said"), on a clause
the report hangs on ("entered an hour later and said"), on a clause describing a noun of the
report ("in a statement released on Sunday"), or inside the content ("people who
marched on Sunday") still leaves the act to the other rules. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.reported-news-other-time.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Officials said the guards had detained eleven students, and the governor said a curfew "
     "would begin on Friday.", "detained"),
    ("The spokesman said the two presidents had agreed to reopen the border crossing, and that "
     "their envoys would meet next month.", "agreed"),
])
def test_other_clause_time_keeps_news_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.basis == "document_date"


@pytest.mark.parametrize(("text", "trigger"), [
    # the time dates the report: another rule reads it
    ("On Sunday officials said the guards had detained eleven students.", "detained"),
    # the time dates a clause the report hangs on
    ("Troops stormed the compound an hour later and said they had detained eleven students.",
     "detained"),
    # the time dates a clause that describes a noun of the report
    ("In a statement released on Sunday, officials said the guards had detained eleven "
     "students.", "detained"),
    # the time stands inside the reported content
    ("Officials said the guards had detained eleven students who marched on Sunday.",
     "detained"),
])
def test_report_or_content_time_is_not_other(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
