"""Issue 11, round 4: no event where there is none (firms, products, markets, labour strikes,
business senses of trigger words), and agentless passive accusations and aid."""

from __future__ import annotations

import pytest

from dateline.record import Actor


def _types(text: str, date: str = "2023-06-15") -> list[str]:
    from dateline import extract

    return [e.type for e in extract(text, date=date).events]


# --- the private context ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Boeing delivered the final 717 jet to AirTran Airways in Long Beach.",
        "The airline offers cheaper flights this summer.",
        "The company demonstrated the new version of its operating system.",
        "The new phone was praised by the company's chief executive.",
    ],
)
def test_firms_products_and_markets_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(text) == []


def test_a_purchase_order_is_no_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types("The carrier has ordered twelve new airliners.")


def test_political_participants_keep_material_events(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in _types("The United States delivered weapons to Ukraine on Monday.")
    assert "AID" in _types("Japan will provide aid to the Philippines.")


def test_disputes_between_firms_stay_events(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types("Cisco filed a lawsuit against Apple Inc. on Wednesday.")


def test_private_context_is_named_in_explain(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.explain import explain

    outcomes = [c.outcome for c in explain(
        "Boeing delivered the final 717 jet to AirTran Airways.", date="2023-06-15",
min_confidence=0)]
    assert any("gate.private-context" in o for o in outcomes), outcomes


def test_political_reading_of_firms_banks_and_codeless_places() -> None:
    from dateline.stages.event_gate import political

    assert not political(Actor(id="a1", name="General Motors", kind="organization",
                               sector="MIL"))
    assert political(Actor(id="a2", name="Bank of England", kind="organization",
                           country="GBR", sector="BUS"))
    assert not political(Actor(id="a3", name="Cisco", kind="country"))
    assert political(Actor(id="a4", name="Ghana", kind="country", country="GHA"))


# --- senses -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A national strike started on Monday, the president of the workers' syndicate said.",
        "Teachers in Ghana have been striking since last Monday.",
        "Transport workers began a strike on Thursday to protest wage cuts.",
    ],
)
def test_labour_strikes_are_protests(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _types(text)
    assert "PROTEST" in found and "ASSAULT" not in found, found


def test_military_strikes_stay_force(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types("Israeli air strikes on Gaza killed ten people on Monday.")


def test_a_product_release_is_no_release(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types("It is slated for a U.S. release on June 24.")
    assert "RETREAT" in _types("Hamas released two hostages to the Red Cross on Friday.")


def test_executing_a_process_is_no_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types("The government executed the plan quickly.")


# --- recall -------------------------------------------------------------------------------------


def test_agentless_passive_accusation_and_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types("Qatar has been accused of violating the ceasefire.")
    assert "AID" in _types("Two Syrian activists were granted asylum in Germany on Friday.")
    assert "AID" in _types("Bahrain transferred humanitarian aid to Yemen.")
