"""Wave 82, ev82a: a statement told as the story's news keeps the document date under a coarse
carried time.

events.date.coarse-news-statement.v3: after a sentence that gives a month or a year, "Canada
condemned the raid and urged restraint" (main clause, or the complement of "said") is the
reaction the news reports: document date, not undated. Near misses: a passive record ("was
widely criticised"), a statement in a "when" or an "after" clause, a pluperfect one, a sentence
with its own time, and a standing charge ("accused the mayor of rigging the count"). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.coarse-news-statement.v3"
COARSE = "events.date.coarse-narrative.v1"
SETTING = "Militants took over the port town in 2018. "


@pytest.mark.parametrize(("text", "trigger"), [
    (SETTING + "Canada condemned the raid and urged restraint.", "urged"),
    (SETTING + "The foreign ministry said it was alarmed and urged both sides to talk.", "urged"),
    (SETTING + "The mayor said she did not support the new council.", "support"),
    (SETTING + "Sweden praised the negotiators for their patience.", "praised"),
])
def test_news_statement_takes_document_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.basis == "document_date"
    assert event.date.value == DATE


@pytest.mark.parametrize(("text", "trigger"), [
    # a passive record of the past, not a reaction
    (SETTING + "The governor was widely criticised for the delay.", "criticised"),
    # a statement hung on another clause
    (SETTING + "Fighting resumed when the envoy condemned the rebels.", "condemned"),
    (SETTING + "Talks began after the envoy urged both sides to meet.", "urged"),
    # told as older than the news
    (SETTING + "The envoy had urged both sides to meet.", "urged"),
    # a standing charge of a past deed, not a reaction to the news
    (SETTING + "Opponents accused the mayor of rigging the count.", "accused"),
    # tied by "later" to the story told before it (lead's check at merge)
    (SETTING + "The ministry later condemned the raid and urged restraint.", "urged"),
    # a quoted speaker's own past act (lead's check at merge)
    (SETTING + '"I urged the mayor to open an inquiry," the lawyer told reporters.', "urged"),
])
def test_background_statement_keeps_no_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.basis != "document_date"
