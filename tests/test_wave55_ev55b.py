"""Wave 55, ev55b: trigger words in another sense (issue 11).

- events.sense.back-out-of-pact.v1 / back-out.v1: "backed out of the accord" is withdrawing
  (SANCTION/withdraw, as "withdrew from the treaty"); backing out of anything else is no SUPPORT.
- events.sense.host-standing-seat.v1: a country that hosts a body's offices or a foreign force
  holds no visit (CONSULT); hosting talks or a guest stays CONSULT.
- events.sense.station-civil-staff.v1: diplomats or staff stationed abroad are no MOBILIZE.
- events.sense.target-for-purpose.v1 / target-by-instrument.v1: singled out for a review, or by
  a law, a policy or a campaign of words, is no ASSAULT.
- events.sense.use-means-for-salvage.v1: explosives used to recover or remove things harm no one.
- events.sense.fight-ruling.v1 / fight-cause.v1: a ruling fought in court, an ill fought as a
  cause ("climate change", "all forms of violence") is no ASSAULT.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import explain_outcome, trigger_types

_events = trigger_types
_outcome = explain_outcome


def test_backing_out_of_an_accord_is_a_withdrawal(nlp: Any) -> None:
    found = _events("Argentina is backing out of the trade accord with Chile.")
    assert [(t, ty) for t, ty, _ in found] == [("backing", "SANCTION")]
    assert "events.sense.back-out-of-pact.v1" in found[0][2]


def test_backing_out_of_a_purchase_is_no_support(nlp: Any) -> None:
    text = "The Peruvian government backed out of the purchase of the jets."
    assert all(ty != "SUPPORT" for _, ty, _ in _events(text))
    assert "events.sense.back-out.v1" in _outcome(text, "backed")


def test_backing_a_plan_stays_support(nlp: Any) -> None:
    assert ("backed", "SUPPORT") in [(t, ty) for t, ty, _ in
                                      _events("Norway backed the Colombian peace plan on Monday.")]


@pytest.mark.parametrize("text", [
    "Austria hosts the secretariat of OPEC in Vienna.",
    "Djibouti hosts several foreign military bases.",
    "Bahrain has long hosted thousands of American troops.",
])
def test_hosting_a_standing_seat_or_force_is_no_visit(nlp: Any, text: str) -> None:
    assert all(ty != "CONSULT" for _, ty, _ in _events(text))
    assert "events.sense.host-standing-seat.v1" in _outcome(text, text.split()[1]
                                                            if "hosts" in text else "hosted")


@pytest.mark.parametrize("text", [
    "Oman hosted talks between Iran and the United States.",
    "Ghana hosted the Nigerian president for two days of talks.",
])
def test_hosting_talks_or_a_guest_stays_consult(nlp: Any, text: str) -> None:
    assert any(ty == "CONSULT" for _, ty, _ in _events(text))


def test_stationed_diplomats_are_not_mobilized(nlp: Any) -> None:
    text = "Sweden has stationed three diplomats at its embassy in Mali."
    assert all(ty != "MOBILIZE" for _, ty, _ in _events(text))
    assert "events.sense.station-civil-staff.v1" in _outcome(text, "stationed")


def test_stationed_troops_stay_mobilized(nlp: Any) -> None:
    found = _events("Turkey has stationed troops near the border with Syria.")
    assert ("stationed", "MOBILIZE") in [(t, ty) for t, ty, _ in found]


def test_targeted_for_review_is_no_assault(nlp: Any) -> None:
    text = "The port was targeted for a customs review by the two ministries."
    assert all(ty != "ASSAULT" for _, ty, _ in _events(text))
    assert "events.sense.target-for-purpose.v1" in _outcome(text, "targeted")


@pytest.mark.parametrize("text", [
    "Chinese policies targeting Uighur activists were condemned by the council.",
    "An Iranian propaganda campaign targeting Saudi Arabia spread online last year.",
])
def test_target_by_a_law_or_words_is_no_assault(nlp: Any, text: str) -> None:
    assert all(ty != "ASSAULT" for _, ty, _ in _events(text))
    assert "events.sense.target-by-instrument.v1" in _outcome(text, "targeting")


def test_targeted_the_convoy_stays_assault(nlp: Any) -> None:
    found = _events("Rebels targeted an army convoy near Kidal on Sunday.")
    assert ("targeted", "ASSAULT") in [(t, ty) for t, ty, _ in found]


def test_explosives_used_for_salvage_are_no_assault(nlp: Any) -> None:
    text = "Indian soldiers used explosives to recover the bodies from the collapsed tunnel."
    assert all(ty != "ASSAULT" for _, ty, _ in _events(text))
    assert "events.sense.use-means-for-salvage.v1" in _outcome(text, "used")


def test_tear_gas_on_protesters_stays_assault(nlp: Any) -> None:
    found = _events("Police in Lagos used tear gas to disperse the protesters.")
    assert ("used", "ASSAULT") in [(t, ty) for t, ty, _ in found]


@pytest.mark.parametrize("text,trigger,rule", [
    ("The Kenyan government vowed to fight climate change.", "fight", "fight-cause"),
    ("Mexico will fight against all forms of violence, the minister said.", "fight",
     "fight-cause"),
    ("The Chilean senator fought the ruling in the supreme court.", "fought", "fight-ruling"),
])
def test_fighting_a_cause_or_a_ruling_is_no_assault(nlp: Any, text: str, trigger: str,
                                                   rule: str) -> None:
    assert all(ty != "ASSAULT" for _, ty, _ in _events(text))
    assert f"events.sense.{rule}.v1" in _outcome(text, trigger)


def test_fighting_rebels_stays_assault(nlp: Any) -> None:
    found = _events("Malian troops fought the rebels near Gao on Friday.")
    assert ("fought", "ASSAULT") in [(t, ty) for t, ty, _ in found]
