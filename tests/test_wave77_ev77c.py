"""Wave 77, ev77c: CONSULT triggers read in another sense (rounds 41-45 judges, dev news).

- events.sense.meet-resistance.v1: "met little resistance", "met with gunfire" is no meeting.
- events.sense.call-onto-streets.v1: "called its supporters onto the streets" is no phone call.
- events.sense.arrive-in-exile.v1: arriving somewhere and granted asylum is no visit.
- events.sense.pay-tribute.v1: "paid tribute to the late leader" is no visit.
- events.sense.call-kin.v1: "rushed to call relatives" is a private call, no consultation.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.explain import explain


def _outcomes(text: str, trigger: str) -> list[tuple[str, str | None]]:
    found = [c for c in explain(text, date="2024-05-06", min_confidence=0) if c.trigger == trigger]
    assert found, [c.trigger for c in explain(text, date="2024-05-06", min_confidence=0)]
    return [(c.outcome, c.type) for c in found]


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("Government troops pushed into the port city at dawn, meeting little resistance from the "
     "rebels.", "meeting", "meet-resistance.v1"),
    ("The army column was met with heavy gunfire as it neared the border post.", "met",
     "meet-resistance.v1"),
    ("The opposition alliance called its supporters onto the streets after the vote count.",
     "called", "call-onto-streets.v1"),
    ("State media said the deposed president had arrived in Minsk and had been given asylum.",
     "arrived", "arrive-in-exile.v1"),
    ("Dozens of foreign ministers paid tribute to the late prime minister at the memorial.",
     "paid", "pay-tribute.v1"),
    ("Once the phone lines came back, Kenyans and Somalis hurried to call relatives across the "
     "border.", "call", "call-kin.v1"),
])
def test_other_sense_is_no_event(text: str, trigger: str, rule: str) -> None:
    outcomes = _outcomes(text, trigger)
    assert any(o.startswith("sense rule") and rule in o for o, _ in outcomes), outcomes
    assert not any(o == "event" for o, _ in outcomes), outcomes


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan president met the French prime minister in Nairobi on Monday.", "met"),
    ("The Kenyan president met with opposition leaders on Monday.", "met"),
    ("The Indian foreign minister paid a visit to Beijing last week.", "paid"),
    ("The president appealed for calm and called political party leaders to a meeting on "
     "Friday.", "called"),
    ("The Russian president telephoned his Turkish counterpart on Monday.", "telephoned"),
    ("The Russian foreign minister arrived in Beijing for talks on trade.", "arrived"),
])
def test_real_consult_stays(text: str, trigger: str) -> None:
    outcomes = _outcomes(text, trigger)
    assert ("event", "CONSULT") in outcomes, outcomes
