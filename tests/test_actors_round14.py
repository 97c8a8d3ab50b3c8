"""Issue 11, ev14b: actors' countries (judged rounds 11 and 12).

Short texts written for these rules: a company, broadcaster or newspaper the organisation
lexicon lists takes its headquarters' country and sector (actors.organization.company-home.v1
over the wave-14 list); a multinational with no single home has no country; a company's short
name is the known company, not a namesake; its home does not set the story's country; a
surname after a head-of-state title is no Phoenix minister of that surname
(actors.person.titled-surname.v2); a demonym-qualified place that holds people says whose a
group is (actors.description.located-in.v7).
"""

from __future__ import annotations

import pytest

from dateline.record import Actor, Record
from tests.event_records import record_of


def _by_mention(record: Record, mention: str) -> Actor:
    found = next((a for a in record.actors if mention in {m.text for m in a.mentions}), None)
    assert found is not None, [(a.name, [m.text for m in a.mentions]) for a in record.actors]
    return found


def _code(record: Record, mention: str) -> tuple[str | None, str | None]:
    actor = _by_mention(record, mention)
    return actor.country, actor.sector


# --- companies and media of the organisation lexicon ------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_russian_state_bank_is_russian_business() -> None:
    record = record_of("The central bank lent money to Sberbank and VTB on Friday.")
    assert _code(record, "Sberbank") == ("RUS", "BUS")
    assert _code(record, "VTB") == ("RUS", "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_canadian_parts_maker_named_alone_is_canadian() -> None:
    record = record_of("The carmaker said it had ended talks to sell its plant to Magna.")
    assert _code(record, "Magna") == ("CAN", "BUS")


@pytest.mark.usefixtures("nlp")
def test_an_american_broadcaster_is_american_media() -> None:
    record = record_of("ABC signed a deal with the studio to sell its shows online.")
    assert _code(record, "ABC") == ("USA", "JRN")


@pytest.mark.usefixtures("nlp")
def test_the_beatles_company_is_british() -> None:
    record = record_of("Apple Corps sued the computer maker in a London court on Monday.")
    assert _code(record, "Apple Corps") == ("GBR", "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_private_equity_firm_named_alone_is_american() -> None:
    record = record_of("Cerberus agreed to pay the pension costs of the car company.")
    assert _code(record, "Cerberus") == ("USA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_an_arms_exporter_is_russian() -> None:
    record = record_of("Rosoboronexport signed a contract to supply helicopters to Peru.")
    assert _code(record, "Rosoboronexport") == ("RUS", "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_multinational_consortium_has_no_country() -> None:
    record = record_of("EADS signed a contract with the Pentagon on Monday.")
    assert _code(record, "EADS") == (None, "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_short_company_name_is_the_known_company_in_a_british_story() -> None:
    record = record_of("Apple cut the prices of its music for British buyers, London said.")
    assert _code(record, "Apple") == ("USA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_the_first_word_of_an_airline_is_no_airline() -> None:
    record = record_of("The new system works with Lion and with older software.")
    assert not any(a.sector == "BUS" and a.country == "IDN" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_foreign_newspaper_does_not_set_the_story_country() -> None:
    record = record_of(
        "Teachers at the only public school in the Gambia went on strike on Monday, News24 "
        "reported. News24 said the strikers wanted better pay. News24 added that the "
        "government had not answered. The strikers said the government owed them money.")
    assert _by_mention(record, "News24").country == "ZAF"
    assert all(a.country != "ZAF" for a in record.actors if a.kind != "organization"
               or a.sector != "JRN")


# --- a surname after a head-of-state title (actors.person.titled-surname.v2) -----------------


@pytest.mark.usefixtures("nlp")
def test_a_president_is_not_a_phoenix_health_minister_of_his_surname() -> None:
    record = record_of("President Ramos met the British ambassador in Manila on Tuesday.")
    assert _by_mention(record, "President Ramos").country != "CPV"


@pytest.mark.usefixtures("nlp")
def test_a_president_keeps_the_country_of_a_phoenix_head_of_state() -> None:
    record = record_of("President Museveni signed the agreement on Monday.")
    assert _by_mention(record, "President Museveni").country == "UGA"


# --- a place that holds people says whose a group is (located-in.v7) -------------------------


@pytest.mark.usefixtures("nlp")
def test_employees_at_french_sites_are_french() -> None:
    record = record_of("Employees at four French sites of the planemaker stopped work on Monday.")
    assert _by_mention(record, "Employees").country == "FRA"


@pytest.mark.usefixtures("nlp")
def test_protesters_in_a_capital_named_by_its_demonym_are_that_countrys() -> None:
    record = record_of("Protesters in the Bahraini capital clashed with police on Friday.")
    assert _by_mention(record, "Protesters").country == "BHR"


@pytest.mark.usefixtures("nlp")
def test_soldiers_at_a_border_are_not_the_neighbours() -> None:
    record = record_of("Soldiers at the Syrian border fired on a truck on Sunday.")
    assert _by_mention(record, "Soldiers").country != "SYR"


@pytest.mark.usefixtures("nlp")
def test_witnesses_in_a_port_city_are_that_countrys() -> None:
    record = record_of("Witnesses in Mombasa said the police fired tear gas at the crowd.")
    assert _by_mention(record, "Witnesses").country == "KEN"


@pytest.mark.usefixtures("nlp")
def test_diplomats_in_a_city_are_not_its_countrys() -> None:
    record = record_of("Diplomats in Geneva met to discuss the ceasefire.")
    assert _by_mention(record, "Diplomats").country is None


# --- the head of a company is the company's (actors.person.leads-company.v1) -----------------


@pytest.mark.usefixtures("nlp")
def test_the_head_of_an_oil_company_is_its_business() -> None:
    record = record_of("The head of Petrobras said the company would cut output.")
    assert _code(record, "head") == ("BRA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_the_head_of_a_ministry_stays_government() -> None:
    record = record_of("The head of the Kenyan Interior Ministry said the curfew would end.")
    assert _by_mention(record, "head").sector != "BUS"
