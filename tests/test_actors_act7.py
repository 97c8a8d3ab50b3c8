"""Issue 12, act7: state actors carry a country (or an IGO code), generally.

Short texts written for these rules (patterns of English, not cases from the judged samples).
"""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention, record_of

_record = record_of
_by_mention = actor_by_mention


# --- monarchs -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "mention"), [
    ("Kalakaua IV said in a news conference on Thursday that the measures had worked.",
     "Kalakaua IV"),
    ("Felipe VI said in a news conference on Thursday that the measures had worked.",
     "Felipe VI"),
])
def test_a_name_with_a_regnal_number_is_a_person(text: str, mention: str) -> None:
    actor = _by_mention(text, mention)  # the recogniser calls both ORG
    assert (actor.kind, actor.rule) == ("person", "actors.person.regnal.v1")


@pytest.mark.usefixtures("nlp")
def test_a_reigning_monarch_is_known_on_the_documents_date() -> None:
    actor = _by_mention("Felipe VI said on Thursday that the measures had worked.", "Felipe VI")
    assert (actor.country, actor.sector) == ("ESP", "GOV")


@pytest.mark.usefixtures("nlp")
def test_a_demonym_before_a_royal_title_gives_the_country() -> None:
    actor = _by_mention("Swazi King Mswati III dissolved the parliament on Monday. The king "
                        "said new elections would be held.", "The king")
    assert (actor.kind, actor.country, actor.sector) == ("person", "SWZ", "GOV")


@pytest.mark.usefixtures("nlp")
def test_a_bare_royal_title_never_takes_a_republic_from_the_dominant_country() -> None:
    text = ("The United States said on Monday it was concerned. Washington urged calm, and U.S. "
            "officials said the curfew was harsh. According to the Times, the king said the "
            "measures were needed.")
    assert _by_mention(text, "king").country != "USA"


def test_a_monarch_title_fits_only_a_monarchy() -> None:
    from dateline.stages.actor_context import fits_title, monarch_title

    assert monarch_title("King") and monarch_title("the crown prince")
    assert not monarch_title("president")
    assert fits_title("king", "TON") and not fits_title("king", "USA")
    assert fits_title("governor", "USA")


# --- bodies tied to a place ---------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_state_body_owned_by_a_territory_takes_its_country() -> None:
    actor = _by_mention("Aruba's Ministry of Economic Affairs said on Monday it had signed an "
                        "agreement with Venezuela.", "Ministry of Economic Affairs")
    assert (actor.country, actor.sector) == ("ABW", "GOV")


@pytest.mark.usefixtures("nlp")
def test_police_named_by_a_city_demonym_take_its_country() -> None:
    actor = _by_mention("The Neapolitan police arrested three men after the raid on Sunday.",
                        "Neapolitan police")
    assert (actor.country, actor.sector) == ("ITA", "COP")


@pytest.mark.usefixtures("nlp")
def test_a_spokesperson_for_a_body_takes_its_country_and_sector() -> None:
    actor = _by_mention("A spokesman for the Neapolitan police said three men were arrested.",
                        "spokesman")
    assert (actor.country, actor.sector) == ("ITA", "COP")


@pytest.mark.usefixtures("nlp")
def test_police_in_a_city_take_the_citys_country() -> None:
    actor = _by_mention("Police in Lagos said they had detained 12 protesters on Friday.",
                        "Police")
    assert (actor.country, actor.sector) == ("NGA", "COP")


@pytest.mark.usefixtures("nlp")
def test_diplomats_in_a_city_do_not_take_its_country() -> None:
    record = _record("Diplomats in Geneva said on Friday that the talks had stalled.")
    assert all(a.country != "CHE" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_title_of_a_country_takes_that_country() -> None:
    actor = _by_mention("The president of Finland said on Monday that talks would go on.",
                        "president")
    assert (actor.country, actor.sector) == ("FIN", "GOV")


# --- mentions of another entity -----------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_its_of_a_group_named_in_the_singular_is_the_groups() -> None:
    record = _record("The U.S. State Department condemned the attack. The Islamic State group "
                     "said its fighters had carried it out.")
    department = next(a for a in record.actors if a.name == "State Department")
    assert "its" not in {m.text for m in department.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_news_agency_reporting_a_clause_is_not_its_its() -> None:
    record = _record("Accenture said on Monday its profits rose 5 percent, Reuters reported.")
    reuters = next(a for a in record.actors if a.name == "Reuters")
    assert "its" not in {m.text for m in reuters.mentions}


# --- appositions --------------------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_an_apposition_is_a_mention_of_its_person_not_an_actor() -> None:
    record = _record("Mike Rogers, chairman of the House Intelligence Committee, said he was "
                     "worried.")
    assert all(a.name != "chairman" for a in record.actors)
    rogers = next(a for a in record.actors if a.name == "Mike Rogers")
    assert "chairman" in {m.text for m in rogers.mentions}


@pytest.mark.usefixtures("nlp")
def test_the_owner_in_an_apposition_stays_its_own_actor() -> None:
    record = _record("Naftali Bennett, Israel's defence minister, said on Sunday the talks "
                     "would resume.")
    bennett = next(a for a in record.actors if a.kind == "person")
    assert "Israel" not in {m.text for m in bennett.mentions}
    assert any(a.kind == "country" and a.country == "ISR" for a in record.actors)


# --- places apart, sector from the employer -----------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_country_naming_a_market_index_is_a_place_not_an_actor() -> None:
    record = _record("In Asia, Japan's Nikkei 225 rose 0.8 percent and Britain's FTSE 100 "
                     "fell 0.3 percent, while U.S. stocks were flat.")
    assert not [a for a in record.actors if a.kind == "country"]
    assert {"GBR", "USA"} <= {p.country for p in record.places}


@pytest.mark.usefixtures("nlp")
def test_an_executive_in_apposition_takes_the_employers_sector() -> None:
    actor = _by_mention("Boeing said on Tuesday that Scott Carson, president and CEO of Boeing "
                        "Commercial Airplanes, would retire.", "Scott Carson")
    assert actor.sector == "BUS"
