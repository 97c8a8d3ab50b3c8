"""Issue 11, ev12b: real actors only, each with its country (judged round 9 patterns).

Short texts written for these rules (patterns of English, not the judged cases): a product named
by "called", "version of" or a flight number is no actor; a place someone came from is no actor;
a demonym or religion word modifying a name or a noun is no actor of its own; a description
before a name is the named body; a body named after its country is the body; a lone company
word is the lexicon's company; a company's officer is the company's, not a government's.
"""

from __future__ import annotations

import pytest

from dateline.record import Actor, Record
from tests.event_records import event_of, record_of


def _names(record: Record) -> list[str]:
    return [a.name for a in record.actors]


def _by_mention(record: Record, mention: str) -> Actor:
    found = next((a for a in record.actors if mention in {m.text for m in a.mentions}), None)
    assert found is not None, [(a.name, [m.text for m in a.mentions]) for a in record.actors]
    return found


def _mentioned(record: Record, word: str) -> bool:
    return any(word in m.text for a in record.actors for m in a.mentions)


# --- products and places (actors.thing.named.v1, actors.place.origin.v1) -------------------


@pytest.mark.usefixtures("nlp")
def test_a_name_a_thing_is_called_is_no_actor() -> None:
    record = record_of("Microsoft showed a photo editor named Quick Frame that crops pictures.")
    assert not _mentioned(record, "Quick Frame"), _names(record)
    assert _by_mention(record, "Microsoft").country == "USA"


@pytest.mark.usefixtures("nlp")
def test_a_group_called_by_a_name_is_still_an_actor() -> None:
    record = record_of("Gunmen from a militia called Red Dawn attacked a police post in "
                       "Nigeria on Sunday.")
    assert _mentioned(record, "Dawn"), _names(record)


@pytest.mark.usefixtures("nlp")
def test_the_object_of_version_of_is_a_product() -> None:
    record = record_of("Dell will ship an updated version of the Inspiron next month.")
    assert not _mentioned(record, "Inspiron"), _names(record)


@pytest.mark.usefixtures("nlp")
def test_a_flight_number_is_no_actor() -> None:
    record = record_of("The families of those on board Trans Air Flight 88 met the minister.")
    assert not _mentioned(record, "Flight"), _names(record)


@pytest.mark.usefixtures("nlp")
def test_a_car_model_named_after_a_noun_is_no_actor() -> None:
    record = record_of("Toyota unveiled the new Breeze and Harbor models in Tokyo on Monday.")
    assert not _mentioned(record, "Breeze"), _names(record)


@pytest.mark.usefixtures("nlp")
def test_where_travellers_came_from_is_a_place_not_a_target() -> None:
    record = record_of("Two men who fled from Libya and Chad were detained by Italian police "
                       "on Friday.")
    assert not _mentioned(record, "Libya"), _names(record)
    assert not _mentioned(record, "Chad"), _names(record)
    assert any(p.name == "Libya" for p in record.places)


# --- modifiers and descriptors -----------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_demonym_before_a_company_name_is_the_companys_country() -> None:
    record = record_of("The Danish Vestas Wind Group said on Monday it would close a plant.")
    assert "Denmark" not in _names(record), _names(record)
    company = next(a for a in record.actors if "Vestas" in a.name)
    assert company.country == "DNK"


@pytest.mark.usefixtures("nlp")
def test_a_religion_word_modifying_a_noun_is_no_actor() -> None:
    record = record_of("Police said three Christian teenagers were beaten in a mostly "
                       "Christian village.")
    assert not any(a.name == "Christian" for a in record.actors), _names(record)
    group = _by_mention(record, "Christian teenagers")
    assert (group.kind, group.sector) == ("group", "REL")


@pytest.mark.usefixtures("nlp")
def test_a_description_before_a_group_name_is_that_group() -> None:
    record = record_of("The Shiite armed group Hezbollah fired missiles at Israel on "
                       "Tuesday.")
    event = event_of(record, "ASSAULT")
    sources = [a for a in record.actors if a.id in event.source]
    assert [a.name for a in sources] == ["Hezbollah"], _names(record)
    assert sources[0].country == "LBN"
    assert _names(record) == ["Hezbollah", "Israel"]


@pytest.mark.usefixtures("nlp")
def test_a_description_with_a_country_before_a_group_name_is_that_group() -> None:
    record = record_of("The Palestinian armed group Islamic Jihad fired rockets at Israel.")
    event = event_of(record, "ASSAULT")
    assert [a.name for a in record.actors if a.id in event.source] == \
        ["Palestinian Islamic Jihad"], _names(record)


@pytest.mark.usefixtures("nlp")
def test_a_body_named_after_its_country_is_the_body() -> None:
    record = record_of("The United States Chemical Safety Board is investigating the blast "
                       "at the refinery.")
    actor = _by_mention(record, "United States Chemical Safety Board")
    assert (actor.kind, actor.country, actor.sector) == ("organization", "USA", "GOV")
    assert actor.rule == "actors.organization.country-prefix.v1"


# --- companies and their officers --------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
def test_a_lone_company_word_is_the_lexicon_company() -> None:
    record = record_of("Ford and Toyota said on Monday that sales had fallen in May.")
    actor = _by_mention(record, "Ford")
    assert (actor.country, actor.sector) == ("USA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_companys_officer_is_the_companys_not_a_governments() -> None:
    record = record_of("Boeing posted a loss on Wednesday. The company's vice president Anna "
                       "Berg said orders would recover.")
    actor = _by_mention(record, "vice president Anna Berg")
    assert (actor.country, actor.sector) == ("USA", "BUS")


@pytest.mark.usefixtures("nlp")
def test_a_generic_legislature_takes_the_storys_country() -> None:
    record = record_of("Peruvian ministers said on Monday that Congress had rejected the "
                       "budget.")
    actor = _by_mention(record, "Congress")
    assert (actor.country, actor.sector) == ("PER", "LEG")


@pytest.mark.usefixtures("nlp")
def test_congress_stays_the_us_congress_where_the_story_names_the_united_states() -> None:
    record = record_of("Congress passed a bill on Monday that bars US aid to Peru.")
    assert _by_mention(record, "Congress").country == "USA"


def test_the_released_and_the_upgraded_stay_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    # "release" and "upgrade" are acts of states, not products: their "of" objects are parties
    from dateline import extract

    record = extract("Ghana welcomed the release of Ama Owusu by the militia, and Iran announced"
                     " an upgrade of its army.", date="2024-03-02", min_confidence=0)
    assert isinstance(record, Record)
    names = {a.name for a in record.actors}
    assert {"Ama Owusu", "Iran army"} <= names, names


@pytest.mark.parametrize(("text", "victims"), [
    ("Gunmen shot dead three traders near the border on Friday.", "traders"),
    ("The militia abducted four aid workers in the north.", "aid workers"),
])
def test_a_counted_group_harmed_is_the_target(nlp, text: str, victims: str) -> None:  # type: ignore[no-untyped-def]
    from dateline import extract

    record = extract(text, date="2024-03-02", min_confidence=0)
    assert isinstance(record, Record)
    names = {a.id: a.name for a in record.actors}
    targets = [names[i] for e in record.events for i in e.target]
    assert victims in targets, (targets, [a.name for a in record.actors])
    rules = {a.name: a.rule for a in record.actors}
    assert rules[victims] == "actors.group.counted-victims.v1"


def test_an_uncounted_object_of_a_harm_verb_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    # "hired 200 workers": no harm is done, so the object is no group of its own
    from dateline import extract

    record = extract("The firm hired 200 workers last year.", date="2024-03-02", min_confidence=0)
    assert isinstance(record, Record)
    assert "workers" not in {a.name for a in record.actors}
