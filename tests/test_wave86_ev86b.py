"""Wave 86, ev86b: a struck town kept as a party with no country takes the country it lies in.

events.args.uncoded-town.v1: a town that the recogniser calls a place but the lexicon does not
know is the party of its own words with no code; as the target of force (ASSAULT, COERCE) it
takes the one country the gazetteer places it in. Near misses: a name the gazetteer finds in
several countries, a direction word, and a town that is the target of an act that is no force.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.uncoded-town.v1"


@pytest.mark.parametrize(("text", "trigger", "town", "country"), [
    ("Gunmen attacked Maiduguri on Sunday night, witnesses said.", "attacked", "Maiduguri",
     "NGA"),
    ("Police raided Maiduguri on Sunday and detained dozens of men.", "raided", "Maiduguri",
     "NGA"),
])
def test_struck_town_takes_its_country(text: str, trigger: str, town: str,
                                       country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type in {"ASSAULT", "COERCE"}
    assert RULE in event.rule
    assert names_of(record, event.target) == [town]
    assert countries_of(record, event.target) == {country}


@pytest.mark.parametrize(("text", "trigger"), [
    # a direction word is no town ("the West" alone is a party since wave 97: ev97a)
    ("Gunmen attacked the North on Sunday.", "attacked"),
    # praise is no force: the town gets no country from this rule
    ("The governor praised Maiduguri on Sunday.", "praised"),
])
def test_no_country_given(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    # since wave 93 an uncoded place leaves the targets (events.args.uncoded-place.v1)
    assert "events.args.uncoded-place.v1" in event.rule
    assert countries_of(record, event.target) == set()
