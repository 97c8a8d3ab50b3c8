"""Issue 11, round 18 (ev18a): the people police act on, left with no target.

Reading dev stories found force used by police or security forces on an unnamed party left
with no target: "police fired on the group" (the description "the group" was taken for the
police themselves, the clause's own subject), "security forces killed 34 people" (no country
for the victims, so none at all), "clashes between police and protesters" (the unnamed side
of a nominal fight dropped). Police act at home: the people they act on are of the police's
country (events.args.police-victims.v1); the unnamed side of a fight is its target
(events.args.clash-party.v1); a description acted on by its clause's verb is not that verb's
subject (actors.description.own-subject.v1). An army may act abroad: its victims stay with no
target. The sentences are our own; controls guard what must not change."""

from __future__ import annotations

from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

POLICE = "events.args.police-victims.v1"
CLASH = "events.args.clash-party.v1"


# --- police acting on unnamed people -----------------------------------------------------------


def test_police_firing_on_the_group_target_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ugandan police fired on the group near the market, witnesses said.")
    event = _event(record, "ASSAULT", "fired")
    assert _names(record, event.target) == ["group"]
    assert _countries(record, event.target) == {"UGA"}
    assert POLICE in event.rule


def test_the_group_is_not_the_police_themselves(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghanaian police fired on the group near the market.")
    event = _event(record, "ASSAULT", "fired")
    assert event.target
    assert not set(event.target) & set(event.source)


def test_people_killed_by_security_forces_are_of_their_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Zambian security forces have tortured at least 20 people, a group said.")
    event = _event(record, "ASSAULT", "tortured")
    assert _countries(record, event.target) == {"ZMB"}
    assert POLICE in event.rule


def test_crowd_dispersed_by_police(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Peruvian police dispersed the crowd with tear gas on Monday.")
    event = _event(record, "ASSAULT", "dispersed")
    assert _names(record, event.target) == ["crowd"]
    assert _countries(record, event.target) == {"PER"}


def test_people_killed_by_an_army_have_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    # wave 39 (events.args.foreign-victims.v1): the group is the target, with no country
    record = _record("The Ugandan army said it killed 40 people in a raid on a rebel camp.")
    event = _event(record, "ASSAULT", "killed")
    assert _names(record, event.target) == ["40 people"]
    assert _countries(record, event.target) == {None}
    assert POLICE not in event.rule
    assert "events.args.foreign-victims.v1" in event.rule


def test_a_named_group_the_police_act_on_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenyan police arrested members of Al-Shabaab in Mombasa on Monday.")
    event = _event(record, "COERCE", "arrested")
    assert POLICE not in event.rule


# --- the unnamed side of a nominal fight -------------------------------------------------------


def test_clash_between_police_and_protesters(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("There were clashes between Kenyan police and protesters on Monday.")
    event = _event(record, "ASSAULT", "clashes")
    assert _names(record, event.target) == ["protesters"]
    assert _countries(record, event.target) == {"KEN"}
    assert CLASH in event.rule


def test_clash_party_with_its_own_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("There were clashes between Kenyan police and Somali protesters on Monday.")
    event = _event(record, "ASSAULT", "clashes")
    assert _countries(record, event.target) == {"SOM"}


def test_clash_between_an_army_and_militants_names_no_side(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("There were clashes between the army and militants on Monday.")
    event = _event(record, "ASSAULT", "clashes")
    # wave 44 (ev44a): the militants, a common-noun side, are the target as a group
    # (events.args.between-groups.v1); no country is guessed for either side
    names = {a.id: a.name for a in record.actors}
    assert [names[t] for t in event.target] == ["militants"]
    assert CLASH not in event.rule and "events.args.between-groups.v1" in event.rule


def test_clash_between_two_named_parties_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("There were clashes between Kenyan police and Al-Shabaab on Monday.")
    event = _event(record, "ASSAULT", "clashes")
    assert CLASH not in event.rule


# --- a country inside the phrase of a person target with no country yet ------------------------


def test_country_of_a_former_leader_is_no_second_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The former prime minister of the Falkland Islands has been banned from "
                     "political activity.")
    event = _event(record, "COERCE", "banned")
    assert _names(record, event.target) == ["former prime minister"]
    assert _countries(record, event.target) == {"GBR"}
    # wave 41 (ev41c): the place in the title now gives the code before the target rule runs
    [target] = [a for a in record.actors if a.id in event.target]
    assert "events.args.place-party-country.v2" in (target.rule or "")
