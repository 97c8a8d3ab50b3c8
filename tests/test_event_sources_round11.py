"""Issue 11, ev11b: event sources with the right country (judged round 8 patterns).

Short texts written for these rules (patterns of English, not the judged cases): the text's own
words give a person's country before any fallback does (an apposed title, "X of Country", a
leader's surname); the article's country is no guess for a person the dictionaries know as
another country's; a capital naming a venue is no government; a body inside a title is no body;
an object pronoun is not its own clause's subject; a given name says whose "her" is not; "its
critics" are not their target; a description set before a body's name is that body.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.record import Actor, Record
from tests.event_records import event_of, record_of


def _by_mention(record: Record, mention: str) -> Actor | None:
    return next((a for a in record.actors if mention in {m.text for m in a.mentions}), None)


def _country(record: Record, mention: str) -> str | None:
    actor = _by_mention(record, mention)
    assert actor is not None, [(a.name, [m.text for m in a.mentions]) for a in record.actors]
    return actor.country


# --- a person's country from the text (actors.person.*-country.v1, leader-surname.v1) ----------


@pytest.mark.usefixtures("nlp")
def test_an_apposed_title_names_the_persons_country_not_the_articles() -> None:
    record = record_of("Peru has barred Admiral Jorge Castillo, a retired Chilean Navy vice "
                       "admiral, from entering the country. Peruvian officials said Castillo "
                       "had insulted Peru. Castillo accused Peru of lying.")
    assert _country(record, "Admiral Jorge Castillo") == "CHL"
    event = event_of(record, "ACCUSE", "accused")
    assert {a.country for a in record.actors if a.id in event.source} == {"CHL"}


@pytest.mark.usefixtures("nlp")
def test_a_possessive_state_title_in_apposition_gives_an_event_source_its_country() -> None:
    record = record_of("Canada has raised tariffs on steel. Canadian officials defended the "
                       "move. Maria Lopez, Florida's Congresswoman, filed a bill in March. On "
                       "Monday, Lopez criticized Canada.")
    event = event_of(record, "ACCUSE", "criticized")
    assert {a.country for a in record.actors if a.id in event.source} == {"USA"}
    assert "actors.person.apposition-country.v1" in event.rule


@pytest.mark.usefixtures("nlp")
def test_a_titled_name_of_a_territory_takes_the_territory() -> None:
    record = record_of("France sent aid on Monday. French officials said more would follow. "
                       "President Paul Mercier of Martinique thanked France for the aid.")
    assert _country(record, "President Paul Mercier") == "MTQ"


@pytest.mark.usefixtures("nlp")
def test_a_leaders_surname_alone_takes_the_leaders_country() -> None:
    record = record_of("Greece said on Monday it would expand its navy. Greek officials said "
                       "the plan was needed. Greece has long been wary of Ankara. Erdogan "
                       "rejected the plan on Tuesday.")
    assert _country(record, "Erdogan") == "TUR"


def test_the_articles_country_is_no_guess_for_another_countrys_leader() -> None:
    from dateline.stages.actor_evidence import foreign_person

    leader = Actor(id="a1", name="Putin", kind="person")
    assert foreign_person(leader, "LTU", dt.date(2023, 6, 15))
    assert not foreign_person(leader, "RUS", dt.date(2023, 6, 15))
    unknown = Actor(id="a2", name="Zorvan Quellick", kind="person")
    assert not foreign_person(unknown, "LTU", dt.date(2023, 6, 15))


# --- places and titles are no actors (actors.place.capital-venue.v1, title-body) -------------


@pytest.mark.usefixtures("nlp")
def test_a_capital_naming_a_show_or_a_bombing_is_no_government() -> None:
    record = record_of("Airlines ordered forty jets at the Tokyo Motor Show. Police said the "
                       "Kabul bombing killed nine people.")
    assert _by_mention(record, "Tokyo") is None
    assert _by_mention(record, "Kabul") is None


@pytest.mark.usefixtures("nlp")
def test_a_capital_in_a_phrase_under_a_noun_is_a_place() -> None:
    record = record_of("The talks in Vienna ended without a deal, Iranian officials said.")
    assert _by_mention(record, "Vienna") is None
    assert "Vienna" in {m.text for p in record.places for m in p.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_capital_that_acts_stays_its_government() -> None:
    record = record_of("Tokyo protested the missile launch on Monday.")
    assert _country(record, "Tokyo") == "JPN"


@pytest.mark.usefixtures("nlp")
def test_the_body_inside_a_members_title_is_no_actor() -> None:
    record = record_of("A Member of Parliament from Kerala criticized the plan on Monday.")
    assert _by_mention(record, "Parliament") is None


# --- coreference (actors.pronoun.v1 binding, given names, described names) --------------------


@pytest.mark.usefixtures("nlp")
def test_an_object_pronoun_is_not_its_own_clauses_subject() -> None:
    record = record_of("Mayor David Klein welcomed Peter Novak on Monday and thanked him for "
                       "his help.")
    klein = _by_mention(record, "Mayor David Klein")
    assert klein is not None and "him" not in {m.text for m in klein.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_given_name_says_whose_her_is_not() -> None:
    record = record_of("Sarah Moss resigned from the ministry in May. Weeks later, prosecutors "
                       "charged Robert Hale over a plan to hire her.")
    hale = _by_mention(record, "Robert Hale")
    assert hale is not None and "her" not in {m.text for m in hale.mentions}


@pytest.mark.usefixtures("nlp")
def test_its_critics_are_a_group_of_their_own() -> None:
    record = record_of("Myanmar says the vote was fair, but its critics say the count was "
                       "rigged.")
    critics = _by_mention(record, "critics")
    assert critics is not None and critics.country is None
    sources = {i for e in record.events if e.trigger.start > 40 for i in e.source}
    assert not any(a.country == "MMR" for a in record.actors if a.id in sources)


@pytest.mark.usefixtures("nlp")
def test_a_description_apposed_to_a_body_is_that_body() -> None:
    record = record_of("Another carmaker, Volkswagen, said it would cut 2,000 jobs.")
    body = _by_mention(record, "Volkswagen")
    assert body is not None and "Another carmaker" in {m.text for m in body.mentions}


@pytest.mark.usefixtures("nlp")
def test_a_description_right_before_a_name_is_that_body() -> None:
    record = record_of("Renault said sales fell. The carmaker, Peugeot, said it would hire "
                       "workers.")
    body = _by_mention(record, "Peugeot")
    assert body is not None and "The carmaker" in {m.text for m in body.mentions}
    assert _by_mention(record, "Renault") is not body


@pytest.mark.usefixtures("nlp")
def test_an_unknown_name_in_the_dateline_is_no_body() -> None:
    record = record_of("TALLINN, May 3 (NWS) -- Estonia said on Monday it would expel two "
                       "diplomats.")
    assert _by_mention(record, "TALLINN") is None
    assert _country(record, "Estonia") == "EST"

