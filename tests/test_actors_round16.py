"""Issue 11, ev16b: actors' countries on stories (dev stories read in wave 16).

Short texts written for these rules:

- ``events.args.sentence-place-country.v4``: a party with no country of its own takes the country
  of the place its sentence sets the act in ("protesters ... in the Libyan city of Misrata"),
  before the article's dominant country is guessed; not where a verb of travel makes the place
  a destination, nor where the sentence names another country too, nor for a named person;
- ``actors.organization.foreign-namesake.v1``: a body the lexicon gives one country, named with
  another country's name or demonym before it ("the Kyrgyz Democratic Party"), is that other
  country's body, not the lexicon's;
- ``actors.person.country-name-part.v1``: a part of a country's name of several words that the
  recogniser calls a person ("Barbuda" in "Antigua and Barbuda") is no person: the country is.
"""

from __future__ import annotations

import pytest

from dateline.record import Actor, Record
from tests.event_records import countries_of, event_of, record_of

FRENCH_STORY = ("France pledged new aid on Monday. French officials said France would send "
                "doctors, and Paris called for calm. ")


def _with_mention(record: Record, text: str) -> Actor:
    found = next((a for a in record.actors if any(text in m.text for m in a.mentions)), None)
    assert found is not None, [(a.name, [m.text for m in a.mentions]) for a in record.actors]
    return found


# --- events.args.sentence-place-country.v4 ----------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_protesters_take_the_country_of_the_city_the_sentence_sets_the_act_in() -> None:
    record = record_of(FRENCH_STORY + "In the Libyan city of Misrata, protesters set fire to "
                       "a police station on Tuesday.")
    assert _with_mention(record, "protesters").country == "LBY"


@pytest.mark.usefixtures("nlp")
def test_a_city_the_gazetteer_knows_gives_its_country() -> None:
    record = record_of(FRENCH_STORY + "Protesters attacked a police station in Benghazi on "
                       "Tuesday night.")
    event = event_of(record, "ASSAULT")
    assert countries_of(record, event.source) == {"LBY"}


@pytest.mark.usefixtures("nlp")
def test_the_rule_names_itself_on_the_event() -> None:
    record = record_of(FRENCH_STORY + "Protesters attacked a police station in Benghazi on "
                       "Tuesday night.")
    assert "events.args.sentence-place-country.v4" in event_of(record, "ASSAULT").rule


@pytest.mark.usefixtures("nlp")
def test_a_destination_says_nothing_of_whose_the_party_is() -> None:
    record = record_of(FRENCH_STORY + "Officials arrived in Benghazi on Tuesday and "
                       "criticised the militia.")
    assert _with_mention(record, "Officials").country != "LBY"


@pytest.mark.usefixtures("nlp")
def test_a_leader_where_the_act_happens_may_be_abroad() -> None:
    record = record_of(FRENCH_STORY + "The rebel leader was in Benghazi on Tuesday to "
                       "strengthen ties with the militia.")
    assert _with_mention(record, "leader").country != "LBY"


@pytest.mark.usefixtures("nlp")
def test_the_venue_of_a_meeting_says_nothing_of_whose_the_parties_are() -> None:
    record = record_of("Armenia sent a reply to Azerbaijan's draft. Armenian officials said "
                       "Armenia wanted peace. Negotiators from both countries met in Brussels "
                       "last month but did not sign a joint statement.")
    assert _with_mention(record, "Negotiators").country != "BEL"


@pytest.mark.usefixtures("nlp")
def test_a_sentence_naming_two_countries_gives_no_place_country() -> None:
    record = record_of(FRENCH_STORY + "Protesters attacked a police station in Benghazi as "
                       "Egypt closed its border.")
    assert _with_mention(record, "Protesters").country != "LBY"


@pytest.mark.usefixtures("nlp")
def test_the_article_country_still_holds_where_the_sentence_names_no_place() -> None:
    record = record_of(FRENCH_STORY + "Protesters attacked a police station on Tuesday night.")
    assert _with_mention(record, "Protesters").country == "FRA"


# --- actors.organization.foreign-namesake.v1 --------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_demonym_before_a_party_name_makes_it_that_country_s_party() -> None:
    record = record_of("The Kyrgyz Democratic Party accused the government of fraud on Monday.")
    party = _with_mention(record, "Kyrgyz Democratic Party")
    assert (party.country, party.sector) == ("KGZ", "PTY")
    assert party.rule == "actors.organization.foreign-namesake.v1"


@pytest.mark.usefixtures("nlp")
def test_a_country_word_before_congress_is_that_country_s_body() -> None:
    record = record_of("Prime Minister Oli said the Nepali Congress would leave the coalition "
                       "on Monday.")
    assert _with_mention(record, "Nepali Congress").country == "NPL"


@pytest.mark.usefixtures("nlp")
def test_a_namesake_body_does_not_pull_the_story_to_the_lexicon_s_country() -> None:
    record = record_of("Rioting broke out in Kathmandu. The Nepali Congress blamed the "
                       "caretaker government, and the Nepali Congress called a strike. "
                       "Protesters burned tyres on Sunday.")
    assert _with_mention(record, "Protesters").country != "USA"


@pytest.mark.usefixtures("nlp")
def test_the_lexicon_body_named_alone_keeps_its_country() -> None:
    record = record_of("The Democratic Party criticised the president's budget on Monday.")
    assert _with_mention(record, "Democratic Party").country == "USA"


@pytest.mark.usefixtures("nlp")
def test_a_company_keeps_its_owner_after_a_country_word() -> None:
    record = record_of("British Airways cancelled flights to Kenya on Monday.")
    assert _with_mention(record, "British Airways").country == "GBR"


# --- actors.person.country-name-part.v1 -------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_country_name_with_and_is_the_country_not_a_person() -> None:
    record = record_of("Antigua and Barbuda accused Bhutan of spying on its diplomats on Monday.")
    assert not any(a.kind == "person" for a in record.actors), [a.name for a in record.actors]
    assert _with_mention(record, "Antigua and Barbuda").country == "ATG"


@pytest.mark.usefixtures("nlp")
def test_the_country_of_a_long_name_is_the_event_s_source() -> None:
    record = record_of("Antigua and Barbuda accused Bhutan of spying on its diplomats on Monday.")
    assert countries_of(record, event_of(record, "ACCUSE").source) == {"ATG"}
