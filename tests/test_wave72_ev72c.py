"""Wave 72, ev72c: triggers in another sense (issue 11, round 43 blind judges and dev news).

- events.sense.dismiss-from-office.v1: a superior dismissing an office holder or a government
  removes it from office; no REJECT (the judges coded COERCE or nothing).
- events.sense.armed-march.v1: armed bodies that march move as a force, no PROTEST.
- events.sense.take-part-armed-strikes.v1: armed bodies taking part in strikes join military
  strikes, no PROTEST.
Near misses keep their events.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_with_trigger, record_dict


def _events(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["type"], e["rule"]) for e in events_with_trigger(record_dict(text), trigger)]


@pytest.mark.parametrize("text", [
    "The Moldovan president dismissed his defence minister on Monday.",
    "The king dismissed the cabinet and called early elections.",
    "Madrid dismissed the regional government after the vote.",
    "The general said he had dismissed Prime Minister Jonas Reld.",
    "The deputy interior minister was dismissed on Friday.",
])
def test_removal_from_office_is_no_rejection(text: str) -> None:
    assert _events(text, "dismissed") == []


@pytest.mark.parametrize("text", [
    "The Kremlin dismissed the report as nonsense.",
    "The foreign minister dismissed the opposition's demands.",
    "The minister dismissed the government's proposal for new talks.",
])
def test_dismissing_a_claim_stays_a_rejection(text: str) -> None:
    assert [t for t, _ in _events(text, "dismissed")] == ["REJECT"]


def test_dismissed_from_a_post_stays_an_expulsion() -> None:
    found = _events("The court dismissed the official from his post.", "dismissed")
    assert [t for t, _ in found] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Rebel fighters marched into the town on Tuesday.",
    "Government troops marched on the rebel stronghold.",
])
def test_armed_bodies_marching_is_no_protest(text: str) -> None:
    assert _events(text, "marched") == []


def test_crowd_marching_stays_a_protest() -> None:
    found = _events("Thousands of students marched on parliament on Monday.", "marched")
    assert [t for t, _ in found] == ["PROTEST"]


def test_forces_in_strikes_is_no_protest() -> None:
    assert _events("Navy jets took part in the strikes on the coastal bases.", "took") == []


def test_workers_in_strikes_stay_a_protest() -> None:
    found = _events("Dock workers will take part in the strikes next week.", "take")
    assert [t for t, _ in found] == ["PROTEST"]
