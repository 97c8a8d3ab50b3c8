"""Issue 11, round 7: figurative and market language is no force, a forecast is no threat,
money received is aid, the needy give nothing, wished or allowed acts are not asserted, and a
few acts the stage missed ("began enforcing a curfew", "signed off on a deal", "encouraged")."""

from __future__ import annotations

import pytest


def _events(text: str, date: str = "2023-06-15") -> list[tuple[str, str]]:
    from dateline import extract

    return [(e.type, e.modality) for e in extract(text, date=date, min_confidence=0).events]


def _types(text: str) -> list[str]:
    return [t for t, _ in _events(text)]


# --- figurative subjects and patients: no force, no protest -------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Consumer confidence in Russia is shot, the finance minister said.", "ASSAULT"),
        ("The S&P 500 was hit hard after the Federal Reserve raised rates.", "ASSAULT"),
        ("The Russian government has been struggling with poor profitability at state firms.",
         "ASSAULT"),
        ("The Russian government is fighting to stem off a crash and restore confidence.",
         "ASSAULT"),
        ("The defence ministry has demonstrated that it can build drones.", "PROTEST"),
    ],
)
def test_figurative_force_is_no_event(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Syrian troops shelled a crowded market in Aleppo on Monday.", "ASSAULT"),
        ("Rebels are fighting to take the city of Aleppo.", "ASSAULT"),
        ("Russia warned that it would retaliate against Ukraine.", "THREATEN"),
        ("The Russian economy minister attacked the Ukrainian embassy in Moscow.", "ASSAULT"),
    ],
)
def test_literal_force_and_threats_stay(nlp, text: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    assert kept in _types(text)


# --- statements are not acts ------------------------------------------------------------------


def test_a_forecast_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types("The French president warned there could be additional "
                                     "charges.")


# --- mistypes ---------------------------------------------------------------------------------


def test_money_received_is_aid_not_a_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types("Kenya received $1.5 million in aid from the United States.")
    assert "CONSULT" not in types
    assert "AID" in types


def test_the_needy_give_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.explain import explain

    text = "The Government of Comoros is in need of substantial assistance from France."
    assert "AID" not in _types(text)
    found = [c for c in explain(text, min_confidence=0) if c.trigger == "assistance"]
    assert found and "sense.in-need-of" in found[0].outcome


# --- wished, recommended and allowed acts ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States should use its leverage to compel Israel to arrest the settlers.",
        "The law allows the Egyptian police to arrest protesters without a warrant.",
        "The president wants the army to arrest the rebels in Mali.",
    ],
)
def test_wished_or_allowed_acts_are_not_asserted(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("COERCE", "asserted") not in _events(text)


def test_a_past_permission_let_the_act_happen(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Token

    from dateline.stages.wished import wished

    doc = nlp("The Egyptian army allowed the convoy to pass.")
    token: Token = next(t for t in doc if t.text == "pass")
    assert not wished(token)
    doc = nlp("The law allows the convoy to pass.")
    assert wished(next(t for t in doc if t.text == "pass"))


def test_encouraging_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _events("Japan encouraged China to resume talks with Taiwan.") == \
        [("REQUEST", "asserted")]


# --- acts the stage missed -----------------------------------------------------------------------


def test_enforcing_a_curfew_is_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "COERCE" in _types("Police in Turkey have begun enforcing a nationwide curfew.")


def test_signing_off_on_a_deal_is_support(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in _types("Nigeria's government signed off on a peace deal with the "
                               "rebels.")


# --- commerce and consequences ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aeroflot, the Russian state airline, offers flights to New York and Boston.",
        "The Kremlin's decisions are leading to a federal bailout.",
    ],
)
def test_commerce_and_consequences_are_no_agreement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in _types(text)


def test_an_offer_of_a_plan_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in _types("Turkey offered Ukraine a plan to end the war with Russia.")


def test_a_statement_provided_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the statement provided by the embassy, Laos praised the government of Angola."
    assert "AID" not in _types(text)


def test_being_encouraged_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" not in _types("The United Nations is extremely encouraged by the changes "
                                   "in Uganda.")


def test_an_agreement_insisted_on_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Republican leaders insisted that the United Auto Workers union agree with General "
            "Motors to increase wage cuts.")
    assert ("AGREE", "asserted") not in _events(text)


def test_recognising_a_fact_is_no_recognition(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _types("The US Treasury will require Greece to recognise that it "
                                   "can not hold out for bailouts.")
    assert "SUPPORT" in _types("Russia recognised the independence of Abkhazia.")


def test_a_feared_act_is_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.stages.modality import modality_of

    doc = nlp("Stocks fell amid worries that the US government will nationalize the banks.")
    token = next(t for t in doc if t.text == "nationalize")
    assert modality_of(token) == "hypothetical"


# --- a market that is attacked is a place of violence; only a product "hits the market" ---------


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber attacked a crowded market in Kabul on Monday, Afghan police said.",
        "Government forces struck a busy market in the rebel-held town of Idlib.",
    ],
)
def test_attack_on_a_market_is_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(text)


def test_product_hitting_the_market_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types("The Chinese government's new vaccine hit the market in June.")
