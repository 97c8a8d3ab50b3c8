"""Wave 82, ev82c: forces an aid act sends are what it gives, not whom it helps.

events.args.sent-aid-forces.v1: "600 Ghanaian peacekeepers were deployed along the border": the
armed forces named as the object or passive subject of a sending verb of an AID act leave its
target; with no source named they become it; the target is where the verb sends them ("in
Lebanon") or none. Near misses: forces an aid act is done to ("rescued two soldiers"), people
sent who are not armed forces ("observers from the OSCE"), an aid act with no sending verb.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

SENT = "events.args.sent-aid-forces.v1"


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Some 600 Ghanaian peacekeepers were deployed along the disputed line last year.",
     "deployed", "Ghanaian peacekeepers", ""),
    ("The rebels hold two valleys where Nepalese peacekeepers are deployed.", "deployed",
     "Nepalese peacekeepers", ""),
    ("About 900 Dutch peacekeepers were deployed in Lebanon under the truce.", "deployed",
     "Dutch peacekeepers", "Lebanon"),
])
def test_sent_forces_leave_the_target(text: str, trigger: str, source: str,
                                      target: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "AID"
    assert SENT in event.rule
    assert source in " ".join(names_of(record, event.source))
    assert " ".join(names_of(record, event.target)) == target


@pytest.mark.parametrize(("text", "trigger"), [
    # the aid is done to the forces: they are its target
    ("The army rescued three soldiers on Monday.", "rescued"),
    # people sent who are no armed force
    ("Observers from the OSCE were deployed to the border on Monday.", "deployed"),
])
def test_no_sent_forces(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert SENT not in event.rule
    assert event.target
