"""Wave 92, ev92d: a withdrawal that cuts ties is no retreat from ground.

events.sense.withdraw-backing.v1: taking back one's support or backing from a party ("the
generals withdrew their backing from the prime minister") is SANCTION/withdraw (CAMEO 161).
events.sense.quit-pact-out.v1: pulling out of a treaty, a deal or an alliance ("pulled out of
the arms accord"), the counterpart of sanction.withdraw-from-treaty.v1, is SANCTION/withdraw.
Near misses: forces pulling out of a town or withdrawing their soldiers stay RETREAT.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("The generals withdrew their backing from the prime minister on Monday.", "withdrew",
     "events.sense.withdraw-backing.v1"),
    ("Moscow pulled out of the arms accord last year.", "pulled",
     "events.sense.quit-pact-out.v1"),
    ("The kingdom pulled out of the regional alliance in March.", "pulled",
     "events.sense.quit-pact-out.v1"),
])
def test_withdrawal_that_cuts_ties_is_sanction(text: str, trigger: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "SANCTION"
    assert rule in event.rule


def test_backing_withdrawn_from_party_targets_it() -> None:
    record = record_of("The generals withdrew their backing from the prime minister on Monday.")
    event = trigger_event(record, "withdrew")
    assert any("prime minister" in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The militia pulled out of the river town overnight.", "pulled"),
    ("The rebels withdrew their gunmen from the hills.", "withdrew"),
])
def test_forces_leaving_ground_stay_retreat(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "RETREAT"
