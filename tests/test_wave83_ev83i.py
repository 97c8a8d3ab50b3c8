"""Wave 83, ev83i: a speaker's statement joined after a reported pluperfect keeps the news day.

events.date.said-conjunct.v1: in "the mayor said the council had failed and called for new
elections" the parse joins "called" to "had failed" inside the report, and the pluperfect
background rule left the call undated; it is the speaker's statement of the news and takes the
document date (a carried day of the filing's news is kept; under a carried month or year, the
document date). Near misses: a background adverb
on the statement, a sentence with a time of its own, a carried day long before the filing, and
a deed told in the report (not a statement). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.said-conjunct.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The opposition leader said the government had lied and urged voters to stay home.",
     "urged"),
    ("The envoy said the army had lost control of the border and called for calm.",
     "called"),
    ("Militants took over the port town in 2018. The governor said the navy had lost control "
     "of the harbour and called for calm.", "called"),
])
def test_statement_after_reported_pluperfect_takes_document_date(text: str,
                                                                  trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.basis == "document_date"
    assert event.date.value == DATE


def test_statement_under_a_carried_news_day_keeps_that_day() -> None:
    event = trigger_event(record_of("Gunmen raided the port on Tuesday. The governor said the "
                                    "navy had lost control of the harbour and called for calm."),
                          "called")
    assert RULE in event.rule
    assert (event.date.value, event.date.basis) == ("2023-06-13", "narrative")


@pytest.mark.parametrize(("text", "trigger"), [
    # a background adverb on the statement itself
    ("The opposition leader said the government had lied and previously urged voters to stay "
     "home.", "urged"),
    # the sentence gives a time of its own
    ("In 2015 the opposition leader said the government had lied and urged voters to stay home.",
     "urged"),
    # the carried day is years before the filing
    ("Gunmen raided the port on March 3, 2019. The governor said the navy had lost control of "
     "the harbour and called for calm.", "called"),
])
def test_statement_of_another_time_keeps_no_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value != DATE


def test_deed_told_in_the_report_is_left_to_the_report_rule() -> None:
    event = trigger_event(record_of("The ministry said rebels had killed two soldiers and "
                                    "attacked a base."), "killed")
    assert RULE not in event.rule
