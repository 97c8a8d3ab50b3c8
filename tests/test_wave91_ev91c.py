"""Wave 91, ev91c: a reply to a claim is this news, not of an earlier sentence's day.

events.date.reply-to-claim.v1: a reply verb in the simple past ("rejected", "dismissed",
"denied") whose object is a claim or measure with a definite determiner ("the accusation", "the
suspension"), in a sentence with no time of its own, takes the document date rather than the
day an earlier sentence gave; a verb coordinated with it under the same subject goes with it.
Near misses: a reply whose own sentence gives a day, an object that is a party and not a claim,
a reply in the perfect, and a reply in a relative clause. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.reply-to-claim.v1"
DAY = "2023-06-15"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels shelled the border town on Monday, the army said. Syria rejected the accusation as "
     "invented.", "rejected"),
    ("The league suspended the club on Tuesday over unpaid fines. Iran dismissed the suspension "
     "as unfair.", "dismissed"),
    ("Inspectors said on Monday the regime had hidden rockets. Iraq denied the claims and "
     "urged the inspectors to leave.", "urged"),
])
def test_reply_takes_document_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.value == DAY


@pytest.mark.parametrize(("text", "trigger"), [
    # the reply's own sentence gives its day
    ("Rebels shelled the border town, the army said. On Monday Syria rejected the "
     "accusation as invented.", "rejected"),
    # the object is a party, not a claim
    ("The league suspended the club on Tuesday over unpaid fines. Iran dismissed the "
     "protesters.", "dismissed"),
    # a reply in the perfect: no simple past
    ("Rebels shelled the border town on Monday, the army said. Syria has rejected the "
     "accusation.", "rejected"),
])
def test_near_misses_keep_their_rules(text: str, trigger: str) -> None:
    record = record_of(text)
    assert all(RULE not in e.rule for e in record.events if e.trigger.text == trigger)
