"""Wave 87, ev87k: hostile and defiant vows that were coded AGREE.

events.sense.vow-confront.v1: a vow to confront a party is a threat (THREATEN), while a vow to
confront a policy evil stays a policy promise and a vow not to confront a restraint (both AGREE).
events.sense.vow-forceful-response.v1: a vow to respond with force to an act is a threat; a vow
to respond to complaints stays AGREE. events.sense.vow-defiance.v1: a that-clause saying the
speaker's side will not be intimidated or give way is defiance, no event; a vow that talks will
go on stays AGREE. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("The new premier pledged to confront the militias along the border.", "pledged",
     "events.sense.vow-confront.v1"),
    ("The rebel leader vowed on Monday to confront the army wherever it went.", "vowed",
     "events.sense.vow-confront.v1"),
    ("Iran vowed to respond forcefully to the drone strike on its base.", "vowed",
     "events.sense.vow-forceful-response.v1"),
])
def test_hostile_vow_is_threaten(text: str, trigger: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "THREATEN"
    assert rule in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a policy evil: a promise of policy, not a threat to a party
    ("The finance minister vowed to confront corruption in the customs service.", "vowed"),
    # held back from confronting: a restraint
    ("The army pledged not to confront the marchers on Sunday.", "pledged"),
    # a response with no force
    ("The mayor of Lyon vowed to respond to the complaints of residents.", "vowed"),
    # a commitment that talks go on
    ("Prime Minister John Okafor vowed that the talks would continue.", "vowed"),
])
def test_near_misses_stay_agree(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "AGREE"
    assert "vow-confront" not in event.rule and "forceful-response" not in event.rule


@pytest.mark.parametrize("text", [
    "Prime Minister John Okafor vowed that Nigeria would not be intimidated.",
    "The Canadian government vowed that it would not be blackmailed by the kidnappers.",
])
def test_defiant_vow_is_no_event(text: str) -> None:
    record = record_of(text)
    assert not [e for e in record.events if e.trigger.text == "vowed"]
