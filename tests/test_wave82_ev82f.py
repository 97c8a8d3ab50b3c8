"""Wave 82, ev82f: type slips the blind judges of rounds 41-49 saw in a trigger's other sense.

events.sense.dismiss-as-label.v1: "dismissed the protesters as paid agitators", "dismissed the
vote as a farce": a party or a vote labelled with "as" is disparaged (ACCUSE disapprove).
events.sense.order-forces-out.v1: "ordered the police onto the streets", "ordered the army
deployed": forces moved by the orderer (MOBILIZE), not a request.
events.sense.vow-retake.v1: "vowed to recapture the port", "pledged a crackdown on the gangs":
a threat of force (THREATEN), not an agreement. Near misses keep their types. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "kind", "rule"), [
    ("The interior minister dismissed the strikers as paid agitators.", "dismissed", "ACCUSE",
     "events.sense.dismiss-as-label.v1"),
    ("Opposition parties dismissed the referendum as a farce staged by the army.", "dismissed",
     "ACCUSE", "events.sense.dismiss-as-label.v1"),
    ("The governor ordered riot police onto the streets of the port city.", "ordered",
     "MOBILIZE", "events.sense.order-forces-out.v1"),
    ("The president ordered the army deployed along the northern border.", "ordered",
     "MOBILIZE", "events.sense.order-forces-out.v1"),
    ("The rebel commander vowed to recapture the port within weeks.", "vowed", "THREATEN",
     "events.sense.vow-retake.v1"),
    ("The new mayor pledged to launch a crackdown on the gangs that run the market.", "pledged",
     "THREATEN", "events.sense.vow-retake.v1"),
])
def test_other_sense(text: str, trigger: str, kind: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == kind
    assert rule in event.rule


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # a claim dismissed is rejected
    ("The embassy dismissed the allegations as baseless.", "dismissed", "REJECT"),
    ("The rebel leader dismissed the truce offer as a trap.", "dismissed", "REJECT"),
    # an addressee told what to do keeps the order
    ("The president ordered the army to leave the northern towns.", "ordered", "REQUEST"),
    # a promise to fight a policy evil stays a promise
    ("The new mayor pledged to fight corruption in the city council.", "pledged", "AGREE"),
    # a promise to rebuild is no threat
    ("The minister vowed to rebuild the bridge by spring.", "vowed", "AGREE"),
])
def test_near_miss(text: str, trigger: str, kind: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == kind
    assert "dismiss-as-label" not in event.rule
    assert "order-forces-out" not in event.rule and "vow-retake" not in event.rule
