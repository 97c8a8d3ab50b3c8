"""Wave 35, ev35a: trigger words in a sense that is no act (round 22 judges): an abstract
object ("offers a chance", "pull the economy out of recession", "help ease inflation"), or a
generic remark ("makes it easy for donors to offer loans", "cannot be trusted to deliver")."""

from __future__ import annotations

from typing import Any

from dateline import extract


def _events(text: str) -> list[tuple[str, str]]:
    record: dict[str, Any] = extract(text, date="2023-06-15").to_dict()
    return [(e["type"], e["trigger"]["text"]) for e in record["events"]]


def _types(text: str) -> set[str]:
    return {kind for kind, _ in _events(text)}


def test_opportunity_afforded_is_no_aid(nlp: Any) -> None:
    text = 'Macron said it "provides us an opportunity to mend our ties with Rome."'
    assert "AID" not in _types(text)


def test_aid_provided_is_still_aid(nlp: Any) -> None:
    assert "AID" in _types("Japan provided food aid to North Korea on Monday.")


def test_economy_pulled_out_of_recession_is_no_retreat(nlp: Any) -> None:
    text = ("President Ruto said he could use the powers of the IMF to pull the economy out "
            "of its slump.")
    assert "RETREAT" not in _types(text)


def test_troops_pulled_out_is_still_a_retreat(nlp: Any) -> None:
    assert "RETREAT" in _types("Russia pulled its troops out of the region on Monday.")


def test_help_curb_a_flow_is_no_aid(nlp: Any) -> None:
    text = "Brazil and Chile adopted new rules to help curb the flow of speculative money."
    assert ("AID", "help") not in _events(text)


def test_helping_a_state_curb_an_insurgency_is_still_aid(nlp: Any) -> None:
    assert "AID" in _types("The United States helped Iraq curb the insurgency.")


def test_made_easy_to_offer_is_no_aid(nlp: Any) -> None:
    text = "The deal makes it easy for Germany to come in and offer more support, he said."
    assert "AID" not in _types(text)


def test_trusted_to_provide_is_no_aid(nlp: Any) -> None:
    text = "Putin said Kiev could not be trusted to provide aid to the region."
    assert "AID" not in _types(text)
