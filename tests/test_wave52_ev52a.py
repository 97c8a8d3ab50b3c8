"""Wave 52 (ev52a): acts under a passive of expecting and under a coercion
(stages/modality_embedded.py; lists expectation_passives and coercion_verbs in clauses.yaml)."""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"


def _events(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return events


def _event(text: str, trigger: str) -> dict[str, Any] | None:
    return next((e for e in _events(text) if e["trigger"]["text"] == trigger), None)


def test_passive_expectation_is_future_and_dated() -> None:
    event = _event("The minister was expected to receive the Chinese envoy on Friday.", "receive")
    assert event is not None
    assert event["modality"] == "future"
    assert event["date"]["value"] == "2023-06-16"
    assert "events.modality.expected-act.v1" in event["rule"]


def test_failed_persuasion_negates_the_act() -> None:
    event = _event("Washington could not get Israel to halt the strikes on Gaza.", "halt")
    assert event is not None
    assert event["modality"] == "negated"
    assert "events.modality.coerced-act.v1" in event["rule"]


def test_unnamed_coerced_party_never_gives_the_coercer() -> None:
    found = _event("The mediators failed to persuade the rebels to withdraw from the town.",
                   "withdraw")
    assert found is None or (found["source"] == [] and found["modality"] == "negated")


def test_asserted_coercion_keeps_the_act() -> None:  # near miss
    event = _event("The rebels forced the army to retreat.", "retreat")
    assert event is not None
    assert event["modality"] == "asserted"
    assert "events.modality.coerced-act.v1" not in event["rule"]


def test_past_perfect_expectation_untouched() -> None:  # near miss
    assert _event("Merkel had been expected to visit Kyiv.", "visit") is None


def test_active_expectation_untouched() -> None:  # near miss: an opinion, not an act
    assert _events("Analysts expected the talks to fail.") == []


def test_agreed_to_withdraw_stays_asserted() -> None:  # near miss
    event = _event("Russia agreed to withdraw its troops.", "agreed")
    assert event is not None
    assert event["modality"] == "asserted"
