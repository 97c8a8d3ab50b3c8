"""Issue 11, round 6: no event where there is none (firms, products and markets with nothing
political), statements that are not acts, and mistyped events."""

from __future__ import annotations

import pytest


def _types(text: str, date: str = "2023-06-15") -> list[str]:
    from dateline import extract

    return [e.type for e in extract(text, date=date).events]


# --- no political participant, no political event -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a firm the actors stage gave a country from the article: not political for that
        "Toyota Motor Corp. and Honda Motor Co. gained ground in Japan last year. Since then "
        "Nissan has been struggling with poor profitability and shrinking market shares.",
        # a market rally told with firms only
        "The rally began this week after strong results from Sony Corp. and Nomura Holdings.",
    ],
)
def test_firms_and_markets_alone_make_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(text) == []


def test_lawsuits_between_firms_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Britain's Apple Corps said sales in Britain rose. Apple Corps has sued Apple "
            "Computer over the use of the name.")
    assert _types(text) == ["ACCUSE"]


def test_a_firm_asking_the_government_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Japanese automakers gained ground in Japan last year. Nissan asked the government "
            "for emergency loans.")
    assert "REQUEST" in _types(text)


def test_violence_without_named_actors_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _types("Six children were killed on Monday.") == ["ASSAULT"]


# --- statements are not acts: imported CAMEO patterns --------------------------------------------


def _cameo_type(nlp, text: str, verb: str) -> str | None:  # type: ignore[no-untyped-def]
    from dateline.stages.cameo_match import cameo_hit

    token = next(t for t in nlp(text) if t.text == verb)
    hit = cameo_hit(token)
    return hit.type if hit is not None else None


def test_describing_a_plan_declares_no_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _cameo_type(nlp, "The treasury described the rescue plan in detail.", "described") \
        is None
    assert _cameo_type(nlp, "The minister mentioned the aid package.", "mentioned") is None
    assert _cameo_type(nlp, "Japan announced plans to lift the curfew.", "announced") == "AGREE"


def test_a_recommended_act_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The panel recommended the death penalty for the two men."
    assert _cameo_type(nlp, text, "recommended") == "REQUEST"


def test_confirming_an_arrest_is_no_arrest_by_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _cameo_type(nlp, "The ministry confirmed the arrest.", "confirmed") is None


# --- mistypes -------------------------------------------------------------------------------------


def test_money_offered_is_a_promise_of_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    # PLOVER: AGREE is "agree to, offer, promise"; CAMEO 033 (intent to provide material aid)
    # maps to AGREE. Aid given is AID (wave 76 convention, docs/judged/CONVENTIONS.md).
    assert _types("Japan offered Indonesia a loan of two billion dollars.") == ["AGREE"]
    assert _types("Japan gave Indonesia a loan of two billion dollars.") == ["AID"]
    assert _types("Turkey offered Sweden a compromise on its membership bid.") == ["AGREE"]


def test_a_planned_attack_told_in_the_passive_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types("The attack on the base was planned by rebels.")
    # wave 22: nor in the active voice. A plan not told to its target is no THREATEN (a PLOVER
    # threat is a statement); only the unkept CAMEO block "intend" coded "planned an attack" so
    assert "THREATEN" not in _types("Rebels planned an attack on the base.")
