"""Issue 11 (actor side), act9: a company's country is its own, and its name is not a surname.

Short texts written for these rules (patterns of English, not cases from the judged samples).
"""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention, record_of

_record = record_of
_by_mention = actor_by_mention


# --- a company's name is not a person's surname (actors.surname.v2) ----------------------------


@pytest.mark.usefixtures("nlp")
def test_a_company_named_in_full_keeps_its_short_name_from_a_namesake() -> None:
    record = _record("Henry Ford II, the chairman, said the plant would close. The Ford Motor "
                     "Company said Ford would hire 500 workers in Ohio.")
    person = next(a for a in record.actors if a.name == "Henry Ford II")
    assert "Ford" not in {m.text for m in person.mentions}
    company = next(a for a in record.actors if a.name == "Ford Motor Company")
    assert "Ford" in {m.text for m in company.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_surname_after_an_honorific_stays_the_person() -> None:
    actor = _by_mention("Mr. Ford said the Ford Motor Company would hire 500 workers.", "Mr. Ford")
    assert actor.kind == "person"


@pytest.mark.usefixtures("nlp")
def test_a_surname_with_no_company_in_the_article_stays_the_person() -> None:
    actor = _by_mention("Gerald Ford was sworn in on Friday. Ford said he would keep the "
                        "cabinet.", "Gerald Ford")
    assert "Ford" in {m.text for m in actor.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_company_owning_a_title_is_not_a_mention_of_the_officer() -> None:
    record = _record("Ford's Chief Executive Officer, William Clay Ford Jr., said the plan "
                     "would work.")
    person = next(a for a in record.actors if a.kind == "person")
    assert "Ford" not in {m.text for m in person.mentions}
    assert "Ford's Chief Executive Officer" not in {m.text for m in person.mentions}


@pytest.mark.usefixtures("nlp")
def test_an_honorific_is_no_body_a_person_speaks_for() -> None:
    record = _record("According to Mr Howard, the injection will secure the plant's future.")
    assert all(a.name not in {"Mr", "Mr."} for a in record.actors)


# --- a company's country is its own -------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_large_companies_have_their_home_country_and_are_not_places() -> None:
    record = _record("Cisco sued Apple on Wednesday over the trademark.")
    cisco = next(a for a in record.actors if "Cisco" in {m.text for m in a.mentions})
    apple = next(a for a in record.actors if "Apple" in {m.text for m in a.mentions})
    assert (cisco.kind, cisco.country, cisco.sector) == ("organization", "USA", "BUS")
    assert (apple.country, apple.rule) == ("USA", "actors.organization.company-home.v1")


@pytest.mark.usefixtures("nlp")
def test_a_company_of_the_phoenix_dictionary_is_found_without_its_suffix() -> None:
    actor = _by_mention("Emerson Electric Company said on Monday it would cut 300 jobs.",
                        "Emerson Electric Company")
    assert (actor.country, actor.rule) == ("USA", "actors.organization.phoenix-company.v1")


@pytest.mark.usefixtures("nlp")
def test_a_description_in_apposition_is_the_company_and_gives_its_country() -> None:
    record = _record("Zentrix Software Inc., the Canadian software maker, said on Monday it "
                     "would cut 300 jobs.")
    actor = next(a for a in record.actors if a.name == "Zentrix Software Inc.")
    assert actor.country == "CAN"
    assert "Canadian software maker" in {m.text for m in actor.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_company_with_a_country_in_its_name_is_a_branch_not_the_country() -> None:
    actor = _by_mention("Ford Australia said on Monday it would close its engine plant.",
                        "Ford Australia")
    assert (actor.kind, actor.country, actor.rule) == (
        "organization", "AUS", "actors.organization.country-branch.v1")


@pytest.mark.usefixtures("nlp")
def test_a_longer_name_holding_a_company_name_is_another_body() -> None:
    record = _record("Beatles' Apple Corps sues Apple Computer over the iTunes store.")
    corps = next(a for a in record.actors if "Apple Corps" in {m.text for m in a.mentions})
    assert corps.name == "Apple Corps"
    assert "Apple Computer" not in {m.text for m in corps.mentions}


@pytest.mark.usefixtures("nlp")
def test_words_describing_a_company_before_its_name_are_its_mention() -> None:
    record = _record("The contract went to German airline Lufthansa on Tuesday.")
    assert [(a.name, [m.text for m in a.mentions]) for a in record.actors] == [
        ("Lufthansa", ["German airline Lufthansa"])]


@pytest.mark.usefixtures("nlp")
def test_a_company_named_in_a_description_is_not_the_described_body() -> None:
    record = _record("The airline had approached Airbus rival Boeing about a deal.")
    airbus = next(a for a in record.actors if a.name == "Airbus")
    assert "Airbus" in {m.text for m in airbus.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_union_of_a_companys_workers_is_labour_not_the_company() -> None:
    actor = _by_mention("Workers at the main Airbus union said they would strike.",
                        "main Airbus union")
    assert (actor.country, actor.sector) == (None, "LAB")


@pytest.mark.usefixtures("nlp")
def test_a_companys_home_country_is_not_the_country_in_play() -> None:
    actor = _by_mention("Apple Computer was sued in 1981 by a music label. The case was settled "
                        "out of court.", "court")
    assert actor.country is None


# --- royals named by title (actors.person.royal-title.v1) ---------------------------------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Queen Margrethe of Denmark opened the parliament session on Tuesday.",
     "Queen Margrethe of Denmark", "DNK"),
    ("Prince Albert II of Monaco met the French president on Monday.",
     "Prince Albert II of Monaco", "MCO"),
])
def test_a_royal_named_by_title_is_a_person_of_the_of_country(text: str, mention: str,
                                                              country: str) -> None:
    actor = _by_mention(text, mention)
    assert (actor.kind, actor.country, actor.rule) == (
        "person", country, "actors.person.royal-title.v1")


@pytest.mark.usefixtures("nlp")
def test_a_late_monarch_named_by_title_is_a_person() -> None:
    actor = _by_mention("The late Queen Elizabeth II was praised on Monday.", "Queen Elizabeth II")
    assert (actor.kind, actor.country) == ("person", "GBR")
