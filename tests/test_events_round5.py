"""Issue 11, round 5: wrong-sense triggers from the imported CAMEO patterns, market and
business senses, and statements about a state of affairs coded as events."""

from __future__ import annotations

import pytest


def _types(text: str, date: str = "2023-06-15") -> list[str]:
    from dateline import extract

    return [e.type for e in extract(text, date=date, min_confidence=0).events]


def _cameo_type(nlp, text: str, verb: str) -> str | None:  # type: ignore[no-untyped-def]
    from dateline.stages.cameo_match import cameo_hit

    token = next(t for t in nlp(text) if t.text == verb)
    hit = cameo_hit(token)
    return hit.type if hit is not None else None


# --- imported CAMEO patterns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The spokesman reported an attack on the convoy.", "reported"),
        ("The minister mentioned the arrest of two journalists.", "mentioned"),
        ("The envoy described the sanctions in detail.", "described"),
    ],
)
def test_speech_verbs_code_no_material_act(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert _cameo_type(nlp, text, verb) is None


def test_announcing_an_act_of_ones_own_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _cameo_type(nlp, "Israel announced sanctions against Iran.", "announced") == "SANCTION"


def test_restoring_order_is_no_support(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _types("The army intervened to restore order in the capital.")
    assert _cameo_type(nlp, "The two countries restored relations.", "restored") == "SUPPORT"


def test_cameo_fixes_say_why() -> None:
    from dateline.stages.cameo_match import _rows

    fixed = [r for r in _rows() if r.get("fix")]
    assert fixed and all(r["type"] is None for r in fixed)


# --- market and business senses -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rally began earlier this week after strong earnings lifted bank stocks.",
        "The carrier cannot charge the ministry for the associated costs.",
        "The utility will charge higher fees to customers from March.",
    ],
)
def test_market_and_billing_senses_are_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(text) == []


def test_political_rallies_and_charges_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types("Protesters rallied outside parliament on Sunday.")
    assert "ACCUSE" in _types("Prosecutors charged the former minister with corruption.")


# --- statements ---------------------------------------------------------------------------------


def test_warning_about_a_situation_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United Nations warned that the famine in Somalia could get out of hand."
    assert "THREATEN" not in _types(text)


def test_warning_of_ones_own_action_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in _types("Iran warned that it would retaliate against any attack.")


def test_agreeing_on_a_fact_is_no_agreement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in _types("The two leaders agreed that the talks had been useful.")
    assert "AGREE" in _types("The ministers agreed that troops would withdraw by June.")


def test_reporting_verbs_code_no_material_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _cameo_type(nlp, "The ministry revealed attacks on two villages.", "revealed") is None
    assert _cameo_type(nlp, "The police alleged the kidnapping of the engineers.",
                       "alleged") is None
