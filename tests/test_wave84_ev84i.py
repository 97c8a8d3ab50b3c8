"""Wave 84, ev84i: a speaker's statement after a reported pluperfect, under a stale carried time.

events.date.said-conjunct-stale.v1: in "the senator said the police had failed and called for an
inquiry" the call is the speaker's statement of the news. When the time carried from an earlier
sentence is a month, or a day older than the news told only in a relative clause of that
sentence (a party's earlier deed), the pluperfect background rule left the call undated; it
takes the document date. Near misses: a day told by the main clause of the earlier sentence, a
deed (not a statement) joined after the report, a statement with a background adverb.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, record_of, trigger_event

RULE = "events.date.said-conjunct-stale.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia, a group that seized the airport on May 20, has been moving north. The "
     "minister said the army had lost the town and called for calm.", "called"),
    # a carried month of an episode the statement names again
    ("Riots broke out near the Kamoa Council in March 2021. Senator Paul Brandt said the Kamoa "
     "Council had failed the public and demanded an inquiry.", "demanded"),
])
def test_statement_under_a_stale_carried_time_takes_document_date(text: str,
                                                                   trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert (event.date.value, event.date.basis) == (DATE, "document_date")


@pytest.mark.parametrize(("text", "trigger"), [
    # the earlier day is the narrative's own (main clause)
    ("Militants seized the airport on May 20. The minister said the army had lost the town "
     "and called for calm.", "called"),
    # a deed told in the report, not the speaker's statement
    ("The militia, a group that seized the airport on May 20, has been moving north. The "
     "minister said the army had lost the town and shelled the rebels.", "shelled"),
    # a background adverb on the statement
    ("The militia, a group that seized the airport on May 20, has been moving north. The "
     "minister said the army had lost the town and previously called for calm.", "called"),
])
def test_statement_of_another_time_keeps_no_document_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value != DATE
