"""Issue 11 (actor side), act10: actors that are actors, with the right body and country.

Short texts written for these rules (patterns of English, not cases from the judged samples):
a country named only where something is is a place, not an actor; a province is no alias of its
country; a passive "it" before a "that" clause is no mention; a title's abbreviation or a job word
is no body a person speaks for; a product an apposition calls a version is no person.
"""

from __future__ import annotations

import pytest

from dateline.record import Record
from tests.event_records import event_of, record_of


def _mentions(record: Record, country: str) -> set[str]:
    return {m.text for a in record.actors if a.country == country and a.kind == "country"
            for m in a.mentions}


def _place_names(record: Record) -> set[str]:
    return {m.text for p in record.places for m in p.mentions}


# --- a country named only where something is (actors.place.location-only.v1) ------------------


@pytest.mark.usefixtures("nlp")
def test_a_country_after_in_under_a_noun_is_a_place_not_an_actor() -> None:
    record = record_of("The tablet is sold only by Lumen Telecom in Norway. The company said "
                       "sales were strong.")
    assert "Norway" not in _mentions(record, "NOR")
    assert "Norway" in _place_names(record)


@pytest.mark.usefixtures("nlp")
def test_a_country_qualifying_a_named_city_is_no_actor() -> None:
    record = record_of("A new hospital opened in the Libyan town of Sirte on Monday, residents "
                       "said.")
    assert "Libyan" not in _mentions(record, "LBY")


@pytest.mark.usefixtures("nlp")
def test_a_place_that_says_whose_a_group_is_keeps_its_mention() -> None:
    record = record_of("Militias that remain active in the eastern Congo signed a peace deal on "
                       "Friday.")
    # The Congo stays a country actor of the record; since wave 43 (ev43b,
    # events.args.describing-clause.v1) it is no party of the signing, which it was only through
    # the mutual copy of a target named inside the militias' relative clause.
    assert _mentions(record, "COD") == {"Congo"}
    event = event_of(record, "SUPPORT")
    assert [a.name for a in record.actors if a.id in event.source] == ["Militias"]
    assert event.target == []


@pytest.mark.usefixtures("nlp")
def test_a_country_that_acts_or_is_a_party_stays_an_actor() -> None:
    record = record_of("Portugal condemned the raid and said it would impose sanctions on Iran. "
                       "The minister later held talks with Spain.")
    assert "Portugal" in _mentions(record, "PRT")
    assert "Iran" in _mentions(record, "IRN")
    assert "Spain" in _mentions(record, "ESP")
    sanction = event_of(record, "SANCTION")
    assert {a.country for a in record.actors if a.id in sanction.target} == {"IRN"}


@pytest.mark.usefixtures("nlp")
def test_a_place_where_a_clause_acts_stays_for_the_event() -> None:
    record = record_of("Turkish jets struck militant camps in Iraq on Sunday.")
    event = event_of(record, "ASSAULT")
    assert "IRQ" in {a.country for a in record.actors if a.id in event.target}


# --- a province is no alias of its country (actors.place.subnational.v1) -----------------------


@pytest.mark.usefixtures("nlp")
def test_a_province_is_not_a_mention_of_its_country() -> None:
    record = record_of("Canada said it would send the money to Manitoba and Alberta next month.")
    canada = next(a for a in record.actors if a.name == "Canada")
    assert not {"Manitoba", "Alberta"} & {m.text for m in canada.mentions}
    assert not {"Manitoba", "Alberta"} & set(canada.aliases)


@pytest.mark.usefixtures("nlp")
def test_a_compass_people_is_not_the_country_of_its_demonym() -> None:
    record = record_of("Mexico signed a trade pact with several Central American countries on "
                       "Tuesday.")
    assert all("Central American" not in {m.text for m in a.mentions} for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_state_after_a_city_and_a_comma_is_a_place() -> None:
    record = record_of("The firm showed its new phone at an Austin, Texas conference.")
    assert all(a.name != "United States" for a in record.actors)
    assert all("Texas" not in {m.text for m in a.mentions} for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_province_that_is_not_a_location_is_an_actor_of_its_own() -> None:
    record = record_of("Canada raised its tariffs. The Quebec tax plan would hurt farmers, "
                       "Canada said.")
    actor = next(a for a in record.actors if "Quebec" in {m.text for m in a.mentions})
    assert actor.name == "Quebec"
    assert actor.country == "CAN"


# --- an expletive "it" is no mention (actors.pronoun.v1, coref.expletive) ---------------------


@pytest.mark.usefixtures("nlp")
def test_a_passive_it_before_a_that_clause_is_no_mention() -> None:
    record = record_of("The ministry said the talks would resume. It is expected that the "
                       "envoys will meet in May.")
    assert all("It" not in {m.text for m in a.mentions} for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_feared_it_is_no_mention_of_the_company() -> None:
    record = record_of("Vexcorp said sales fell. It is feared that hundreds of jobs will be lost.")
    assert all("It" not in {m.text for m in a.mentions} for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_pronoun_it_that_acts_still_resolves() -> None:
    record = record_of("Portugal said it would send troops.")
    assert "it" in _mentions(record, "PRT")


# --- title words and jobs are no bodies (unknown_body, actor_rules.not_body_words) ------------


@pytest.mark.usefixtures("nlp")
def test_a_senators_abbreviation_is_no_organization() -> None:
    record = record_of("Sen. Mary Landry criticised the budget on Monday.")
    assert all(a.name not in {"Sen.", "Sen"} for a in record.actors)
    person = next(a for a in record.actors if a.kind == "person")
    assert person.affiliation is None


@pytest.mark.usefixtures("nlp")
def test_a_job_word_before_a_name_is_no_organization() -> None:
    record = record_of("Analyst Tom Berlin said the merger would go ahead. Employee Rita Vance "
                       "said staff were worried.")
    assert all(a.name not in {"Analyst", "Employee"} for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_company_before_a_title_is_still_the_body() -> None:
    record = record_of("Vexcorp spokesman Paul Irwin said the plant would close.")
    person = next(a for a in record.actors if a.kind == "person")
    body = next(a for a in record.actors if a.id == person.affiliation)
    assert body.name == "Vexcorp"


# --- a product called a version is no person (actor_phrases.thing_use) -------------------------


@pytest.mark.usefixtures("nlp")
def test_a_release_an_apposition_calls_a_version_is_no_person() -> None:
    record = record_of("The firm will ship Falcon, the new version of its operating system, in "
                       "June.")
    assert all(a.name != "Falcon" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_person_described_by_a_job_stays_a_person() -> None:
    record = record_of("Maria Lopez, the new director of the agency, said the plan would work.")
    assert any(a.name == "Maria Lopez" and a.kind == "person" for a in record.actors)


# --- a short name two bodies share (actors.organization.namesake.v2) ---------------------------


@pytest.mark.usefixtures("nlp")
def test_a_short_party_name_in_a_story_about_its_country_is_that_party() -> None:
    record = record_of("Congress leader Arun Mehta criticised the state government in Patna, "
                       "India on Monday.")
    person = next(a for a in record.actors if a.name == "Arun Mehta")
    assert person.country == "IND"
    assert all(a.name != "US Congress" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_short_name_keeps_its_lexicon_body_where_no_other_country_is_named() -> None:
    record = record_of("Congress passed the budget bill on Friday, the White House said.")
    assert any(a.name == "US Congress" for a in record.actors)


@pytest.mark.usefixtures("nlp")
def test_a_country_qualifying_a_named_place_that_speaks_stays() -> None:
    record = record_of("The Danish territory of Greenland welcomed the decision on Monday.")
    assert "Danish" in _mentions(record, "DNK")
