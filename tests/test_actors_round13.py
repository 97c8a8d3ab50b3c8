"""Issue 11, ev13b: who an actor is, its country and its sector (judged round 10 patterns).

Short texts written for these rules: a person whose apposed title names the body they work for
takes that body's country and sector (actors.person.apposed-employer.v1); a day or a month
before a title is no part of it and no body; analysts, experts and witnesses who speak are
group actors; an uncounted group harmed by an act is that act's party, with the country of the
place the act happens in (actors.group.harmed-object.v1).
"""

from __future__ import annotations

import pytest

from dateline.record import Actor, Record
from tests.event_records import event_of, record_of


def _by_mention(record: Record, mention: str) -> Actor:
    found = next((a for a in record.actors if mention in {m.text for m in a.mentions}), None)
    assert found is not None, [(a.name, [m.text for m in a.mentions]) for a in record.actors]
    return found


def _mentioned(record: Record, word: str) -> bool:
    return any(word in m.text for a in record.actors for m in a.mentions)


def _speaker(record: Record) -> Actor:
    quote = record.quotes[0]
    assert quote.speaker is not None and quote.speaker.actor is not None, record.quotes
    return next(a for a in record.actors if a.id == quote.speaker.actor)


# --- the body an apposed title names (actors.person.apposed-employer.v1) --------------------


@pytest.mark.usefixtures("nlp")
def test_an_analyst_at_a_known_bank_is_that_banks() -> None:
    record = record_of("Laura Penn, an analyst at Goldman Sachs, said copper prices would fall.")
    person = _by_mention(record, "Laura Penn")
    assert (person.country, person.sector) == ("USA", "BUS")
    assert person.affiliation == _by_mention(record, "Goldman Sachs").id


@pytest.mark.usefixtures("nlp")
def test_an_economist_at_an_investment_firm_is_business_not_government() -> None:
    record = record_of("Omar Reyes, chief economist at Harlow Investments, said rates would rise.")
    person = _by_mention(record, "Omar Reyes")
    assert person.sector == "BUS"
    assert _by_mention(record, "Harlow Investments").sector == "BUS"


@pytest.mark.usefixtures("nlp")
def test_the_president_of_a_company_is_the_companys() -> None:
    record = record_of("Dana Moss, the president of Chrysler, said the plant would close.")
    person = _by_mention(record, "Dana Moss")
    assert (person.country, person.sector) == ("USA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_the_head_of_an_international_body_is_that_bodys() -> None:
    record = record_of("Paul Ruiz, the head of the IMF mission, met officials in Accra.")
    person = _by_mention(record, "Paul Ruiz")
    assert (person.country, person.sector) == ("IMF", "IGO")


@pytest.mark.usefixtures("nlp")
def test_a_critic_of_a_government_does_not_work_for_it() -> None:
    record = record_of("Vera Lind, a critic of the Kremlin, wrote a new book about the war.")
    person = _by_mention(record, "Vera Lind")
    assert person.country is None and person.affiliation is None


# --- days and months are no part of a title (actors.person.v3, now v4) ---------------------------


@pytest.mark.usefixtures("nlp")
def test_a_day_before_a_title_is_no_actor() -> None:
    record = record_of("On Tuesday President Juan Manuel Santos visited Bogota's main hospital.")
    assert not _mentioned(record, "Tuesday"), [a.name for a in record.actors]
    santos = _by_mention(record, "President Juan Manuel Santos")
    assert santos.affiliation is None


# --- speakers the news quotes as a group (roles.yaml groups) ------------------------------


@pytest.mark.usefixtures("nlp")
def test_analysts_who_speak_are_the_quotes_speaker() -> None:
    speaker = _speaker(record_of("Analysts said the new tariffs would slow growth in Peru."))
    assert (speaker.name.lower(), speaker.kind) == ("analysts", "group")


@pytest.mark.usefixtures("nlp")
def test_witnesses_who_speak_are_civilians() -> None:
    speaker = _speaker(record_of("Witnesses said the convoy left the border town at dawn."))
    assert (speaker.kind, speaker.sector) == ("group", "CVL")


@pytest.mark.usefixtures("nlp")
def test_industry_experts_are_business() -> None:
    speaker = _speaker(record_of("Industry experts say the merger of the two airlines will fail."))
    assert speaker.sector == "BUS"


# --- groups an act harms (actors.group.harmed-object.v1) ----------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_group_shot_at_is_the_target() -> None:
    record = record_of("Police fired on demonstrators outside the stadium.")
    group = _by_mention(record, "demonstrators")
    assert group.kind == "group" and group.sector == "CVL"
    assert group.id in event_of(record, "ASSAULT").target


@pytest.mark.usefixtures("nlp")
def test_a_group_arrested_in_a_capital_is_that_countrys() -> None:
    record = record_of("Police arrested students in Nairobi after the march.")
    assert _by_mention(record, "students").country == "KEN"



# --- what a body works on is not what it is (actors.organization.name-words.v2) ------------


@pytest.mark.usefixtures("nlp")
def test_a_body_working_on_government_is_no_government() -> None:
    record = record_of("The Project on Government Oversight criticized the new contract.")
    body = _by_mention(record, "Project on Government Oversight")
    assert body.sector != "GOV", (body.name, body.sector)


@pytest.mark.usefixtures("nlp")
def test_a_committee_on_a_subject_keeps_its_own_word() -> None:
    record = record_of("The Senate Committee on Armed Services approved the budget on Monday.")
    assert _by_mention(record, "Senate Committee on Armed Services").sector == "LEG"


# --- a name after a person's title is a person's (actors.person.titled-name.v1) ------------


@pytest.mark.usefixtures("nlp")
def test_a_name_after_a_presidents_title_is_a_person() -> None:
    record = record_of("Mozambique's President Amando Mahamat said the rebels had fled north.")
    person = _by_mention(record, "Mozambique's President Amando Mahamat")
    assert (person.kind, person.country, person.sector) == ("person", "MOZ", "GOV")


@pytest.mark.usefixtures("nlp")
def test_a_company_after_a_title_word_stays_a_company() -> None:
    record = record_of("Chairman General Motors said nothing about the strike.")
    assert _by_mention(record, "General Motors").kind == "organization"


@pytest.mark.usefixtures("nlp")
def test_employees_on_strike_are_a_labour_group() -> None:
    record = record_of("Employees of the state airline went on strike over unpaid wages.")
    group = _by_mention(record, "Employees")
    assert (group.kind, group.sector) == ("group", "LAB")


# --- a city the recogniser called a person (actors.person.city-name.v1) -------------------


@pytest.mark.usefixtures("nlp")
def test_a_city_before_a_plant_is_no_person() -> None:
    record = record_of("Striking workers walked out of the Toulouse plant on Monday.")
    assert not any(a.kind == "person" and a.name == "Toulouse" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_surname_that_is_also_a_city_stays_a_person() -> None:
    record = record_of("Whitney Houston sang on Friday. Houston said she was tired.")
    assert _by_mention(record, "Whitney Houston").kind == "person"


# --- a party politician in a one-country story (actors.person.dominant-country.v3) ---------


@pytest.mark.usefixtures("nlp")
def test_an_opposition_lawmaker_takes_the_storys_country() -> None:
    record = record_of(
        "Kenyan police arrested twelve students in Nairobi on Monday. The Kenyan interior ministry "
        "said the marches were illegal, and Kenya's president defended the police. Opposition "
        "lawmaker Wanjiru Otieno said the arrests were a disgrace.")
    person = _by_mention(record, "Opposition lawmaker Wanjiru Otieno")
    assert (person.country, person.sector) == ("KEN", "PTY")
    assert person.rule == "actors.person.dominant-country.v6"


@pytest.mark.usefixtures("nlp")
def test_a_party_politician_in_a_story_of_many_countries_stays_uncoded() -> None:
    record = record_of(
        "France, Germany and Italy met in Rome on Monday. Opposition lawmaker Wanjiru Otieno said "
        "the meeting was a waste of time.")
    assert _by_mention(record, "Opposition lawmaker Wanjiru Otieno").country is None
