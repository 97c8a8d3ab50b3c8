"""Wave 82, ev82e: a second copy of an act already coded from the sentence is folded into it.

events.repeat.result-participle.v1: "signed a peace accord, ending a ten-year insurgency": an
ending hung as a participle on another act is that act's result, no ceasefire of its own.
events.repeat.apposed-noun.v1: "spoke by telephone with the chancellor, the first conversation
between the two leaders": an event noun in apposition renames the act of its type just told.
Near misses: an ending with its own subject in a clause joined by "and", an ending told on its
own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_in, record_of, trigger_event

RESULT = "events.repeat.result-participle.v1"
APPOSED = "events.repeat.apposed-noun.v1"


@pytest.mark.parametrize(("text", "kept", "dropped", "rule"), [
    ("The government and the rebels signed a peace accord on Monday, ending a ten-year "
     "insurgency.", "signed", "ending", RESULT),
    ("The president spoke by telephone on Monday with the German chancellor, the first "
     "conversation between the two leaders since the election.", "spoke", "conversation",
     APPOSED),
])
def test_second_copy_folded(text: str, kept: str, dropped: str, rule: str) -> None:
    record = record_of(text)
    assert [e.trigger.text for e in record.events] == [kept]
    event = trigger_event(record, kept)
    assert rule in event.rule
    assert dropped in {m.text for m in event.mentions}


@pytest.mark.parametrize(("text", "word"), [
    # the ending has its own subject: two clauses, two acts
    ("The army signed the accord on Monday and the rebels ended their offensive.", "ended"),
    # told on its own, the ending is the act
    ("The rebels said on Monday they were ending their campaign against the army.", "ending"),
])
def test_ending_of_its_own_kept(text: str, word: str) -> None:
    events = events_in(text)
    assert any(e.trigger.text == word and e.type == "RETREAT" for e in events)
    assert all(RESULT not in e.rule for e in events)
