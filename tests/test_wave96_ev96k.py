"""Wave 96, ev96k: a statement joined to a reported state is news under a wide carried time.

events.date.coarse-news-predicate.v3: under a month or a year carried from an earlier sentence,
"X said it was worried and urged calm" is one statement of the news, even where the parser hangs
"urged" on the predicate adjective ("worried") rather than on the reported clause; it takes the
document date, as events.date.coarse-news-statement.v3 gives "said it welcomed ...". Near misses:
a deed joined that way keeps no date, a statement hung on a clause marked "because" keeps none,
and a sentence with its own time keeps that time. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.coarse-news-predicate.v3"
LEAD = "Armed men seized the port town of Belo in March. "


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Norway said it was worried and urged calm.", "urged"),
    (LEAD + "The Dutch government said it was deeply concerned and urged restraint.", "urged"),
])
def test_statement_joined_to_state_takes_document_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.date.basis == "document_date"
    assert event.date.value == DATE
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a statement hung on an adverbial clause: another act's time
    (LEAD + "Norway stayed silent because it was worried and urged calm in private.", "urged"),
    # a time of its own in the sentence
    (LEAD + "Norway said in April it was worried and urged calm.", "urged"),
])
def test_near_misses_keep_their_dates(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert not (event.date.basis == "document_date" and event.date.value == DATE)
