"""Issue 11, ev15b: wrong countries from the article's dominant country (judged round 13).

Short texts written for these rules: the article's country is no guess for a person whose name
begins only names the dictionaries give another country, for a person their own phrase calls
another country's, for an organisation the lexicon gives no country, nor for a group "of" many
states (``events.args.article-country.v4``); the actors stage's dominant country skips a titled
person their own phrase calls another country's (``actors.person.dominant-country.v4``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.record import Actor, Record
from dateline.stages.actor_evidence import called_abroad, name_prefix_countries
from tests.event_records import record_of


def _named(record: Record, name: str) -> Actor:
    found = next((a for a in record.actors if a.name == name), None)
    assert found is not None, [a.name for a in record.actors]
    return found


# --- dictionary names: a partial name of another country's person ---------------------------


def test_a_partial_dictionary_name_gives_its_countries() -> None:
    assert "GNQ" in name_prefix_countries()["teodoro obiang"]


@pytest.mark.usefixtures("nlp")
def test_a_partial_name_of_a_foreign_leader_takes_no_article_country() -> None:
    record = record_of("Gabon's president said on Monday that Teodoro Obiang had criticised "
                       "Gabon over the island dispute. Gabon rejected the claim.")
    assert _named(record, "Teodoro Obiang").country != "GAB"


# --- the person's own phrase names another country ------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_person_called_another_countrys_takes_no_dominant_country() -> None:
    record = record_of("American police said on Monday that they had detained Libya's former "
                       "intelligence chief, Colonel Omar Fadil, in Texas. The United States "
                       "will try him, officials in Washington said. A United States court "
                       "charged Fadil on Tuesday.")
    assert _named(record, "Omar Fadil").country != "USA"


def test_a_demonym_before_a_title_calls_the_person_foreign(nlp: Language) -> None:
    doc = nlp("Police detained former Belgian prime minister Jan Verlinden.")
    name = next(t for t in doc if t.text == "Verlinden")
    assert called_abroad([name], "USA")
    assert not called_abroad([name], "BEL")


def test_a_newspaper_before_a_name_is_no_title(nlp: Language) -> None:
    doc = nlp("He recently told a Tunisian newspaper Belhadj had ordered the arrests.")
    name = next(t for t in doc if t.text == "Belhadj")
    assert not called_abroad([name], "LBY")


# --- bodies and groups that stand for several countries --------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_stateless_rights_group_takes_no_article_country() -> None:
    record = record_of("Georgia's government said on Monday that Human Rights Watch had "
                       "criticised Georgia. Georgia rejected the report, the Georgian foreign "
                       "ministry said.")
    assert _named(record, "Human Rights Watch").country is None


@pytest.mark.usefixtures("nlp")
def test_leaders_of_many_states_take_no_host_country() -> None:
    record = record_of("Summit hosts in Brussels said on Monday that Belgium would welcome the "
                       "visitors. The leaders of the 27 member states condemned the attack on "
                       "Tuesday, Belgian officials said. Belgium's king praised the decision.")
    assert _named(record, "leaders").country is None


@pytest.mark.usefixtures("nlp")
def test_unnamed_people_still_take_the_article_country() -> None:
    record = record_of("Police in Lagos said on Monday that Nigeria had arrested three men. "
                       "Nigeria's army said Nigerian soldiers had attacked a camp.")
    assert _named(record, "three men").country == "NGA"
