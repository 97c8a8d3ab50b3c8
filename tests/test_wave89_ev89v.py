"""Wave 89, ev89v: a backshifted act told by a participle report of the news.

events.date.participle-report-news.v1: "denied it, saying police had fired first", "spoke to
reporters, adding that he had lodged a protest": a report by a bare participle ("saying",
"adding") hung on a past verb of the news is the news in backshifted tense; its pluperfect act
keeps the document date instead of no date. Near misses: the verb the participle hangs on is
itself background ("had denied"), the act carries a background adverb ("previously"), and the
sentence gives a time of its own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.participle-report-news.v1"
DAY = DATE


@pytest.mark.parametrize(("text", "trigger"), [
    ("Union leaders denied the claim, saying riot police had attacked a peaceful march.",
     "attacked"),
    ("The premier spoke to reporters after the summit, adding that he had lodged a strong "
     "protest.", "lodged"),
    ("Local doctors raised the toll, saying as many as nine villagers had been killed.",
     "killed"),
])
def test_participle_report_keeps_news_day(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.value == DAY
    assert event.date.basis == "document_date"


@pytest.mark.parametrize(("text", "trigger"), [
    # the verb the participle hangs on is itself told as background
    ("Union leaders had denied the claim, saying riot police had attacked a peaceful march.",
     "attacked"),
    # the act is marked as older
    ("Union leaders denied the claim, saying riot police had previously attacked a march.",
     "attacked"),
])
def test_background_stays_undated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.basis == "unknown"
