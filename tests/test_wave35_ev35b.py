"""Wave 35, ev35b: the type an act's object gives it where the trigger's own entry codes the
wrong family (round 22 judges): an order that sends forces is MOBILIZE, an ordered sentence is
SANCTION, approved aid is AID, dismissing from a post is SANCTION, a lifted curfew is no
COERCE."""

from __future__ import annotations

from typing import Any

from dateline import extract


def _events(text: str) -> list[dict[str, Any]]:
    record: dict[str, Any] = extract(text, date="2023-06-15", min_confidence=0).to_dict()
    events: list[dict[str, Any]] = record["events"]
    return events


def _by_trigger(text: str, trigger: str) -> list[dict[str, Any]]:
    return [e for e in _events(text) if e["trigger"]["text"] == trigger]


def _has(text: str, trigger: str, kind: str, rule: str) -> bool:
    return any(e["type"] == kind and rule in e["rule"] for e in _by_trigger(text, trigger))


def test_ordered_deployment_is_mobilize(nlp: Any) -> None:
    text = "The Ghanaian president ordered the deployment of 500 soldiers to the north."
    assert _has(text, "ordered", "MOBILIZE", "events.sense.order-deployment.v1")


def test_ordered_forces_sent_somewhere_is_mobilize(nlp: Any) -> None:
    text = "The Peruvian government ordered 2,000 military personnel to the flooded region."
    assert _has(text, "ordered", "MOBILIZE", "events.sense.order-deployment.v1")


def test_ordering_troops_to_act_stays_request(nlp: Any) -> None:
    text = "The Peruvian president ordered troops to leave the disputed valley."
    assert all(e["type"] != "MOBILIZE" for e in _by_trigger(text, "ordered"))


def test_ordered_sentences_are_sanction(nlp: Any) -> None:
    text = "A military court in Chad ordered death sentences for four rebel officers."
    assert _has(text, "ordered", "SANCTION", "events.sense.order-sentence.v1")


def test_approved_money_in_aid_is_aid(nlp: Any) -> None:
    text = "The Japanese parliament approved $20 million in aid to the Haitian government."
    assert _has(text, "approved", "AID", "events.sense.approve-aid.v1")


def test_approved_law_stays_support(nlp: Any) -> None:
    text = "The Japanese parliament approved a new election law on Tuesday."
    assert all(e["type"] != "AID" for e in _by_trigger(text, "approved"))


def test_dismissed_from_post_is_sanction(nlp: Any) -> None:
    text = "The Ugandan president dismissed the defence minister from his post."
    assert _has(text, "dismissed", "SANCTION", "events.sense.dismiss-from-post.v1")


def test_dismissed_claims_stay_reject(nlp: Any) -> None:
    text = "The Ugandan government dismissed the claims of the opposition."
    assert all(e["type"] != "SANCTION" for e in _by_trigger(text, "dismissed"))


def test_lifted_curfew_is_no_coercion(nlp: Any) -> None:
    text = "Residents went back to work in Bamako after the curfew was lifted."
    assert all(e["type"] != "COERCE" for e in _by_trigger(text, "curfew"))
