"""Wave 84, ev84b: a rejection answers the latest request only when it rejects a request.

events.args.answered-request.v1: a REJECT with no party of its own takes the source of the latest
REQUEST the article told only when its object is a request or a proposal ("rejected the call",
"turned down the request"), it refuses to act ("refused to leave"), or it is a relative clause in
the request's sentence; a rejection of a report, a criticism or findings keeps an empty target
rather than a party of another sentence (rounds 43-51). Near misses: "a separate request" is not
the one told before; another act rejected in the request's sentence is no answer to it; a
rejection whose own object names a party keeps that party. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.answered-request.v2"
DEMAND = "The northern rebels demanded that the army leave the valley by Friday. "


@pytest.mark.parametrize(("text", "trigger"), [
    (DEMAND + "On Tuesday the army rejected the call.", "rejected"),
    (DEMAND + "The army's commander dismissed the demand as absurd.", "dismissed"),
    ("Opposition deputies urged the finance minister to publish the budget. The minister "
     "turned down the request on Monday.", "turned"),
    # a refusal to do what was asked
    (DEMAND + "The army refused to leave.", "refused"),
    # a rejection told in the request's own sentence
    ("The northern rebels demanded that the army free their jailed comrades, which the army "
     "refused.", "refused"),
    # a passive refusal joined to the request (found by the full suite on integ84)
    ("The detained editor said she asked to call her family but was refused permission by the "
     "prison guards.", "refused"),
])
def test_rejected_request_answers_the_requester(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "REJECT"
    assert RULE in event.rule
    assert event.target


@pytest.mark.parametrize(("text", "trigger"), [
    # a report, a criticism, a plan: not the request told before
    (DEMAND + "The army has also rejected the report.", "rejected"),
    (DEMAND + "The defence ministry dismissed the criticism as unfounded.", "dismissed"),
    # another act rejected in the request's own sentence
    ("The northern rebels requested a ceasefire, and the army blocked a draft statement on the "
     "valley.", "blocked"),
    # findings are no request
    (DEMAND + "The army dismissed the findings of the inquiry.", "dismissed"),
    # another request than the one told
    (DEMAND + "The army rejected a separate request to open the road.", "rejected"),
])
def test_other_rejections_take_no_requester(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "REJECT"
    assert RULE not in event.rule
    assert not any("rebels" in name.lower() for name in names_of(record, event.target))


def test_own_party_is_kept() -> None:
    record = record_of(DEMAND + "The army rejected the proposal from Uganda.")
    event = trigger_event(record, "rejected")
    assert RULE not in event.rule
    assert not any("rebels" in name.lower() for name in names_of(record, event.target))
