"""Wave 79, ev79b: people away from home that police use force on keep no police country.

- events.args.away-victims.v1: the unnamed people police or security forces act on take the
  police's country (events.args.police-victims.v1), except a group whose own words say it is
  away from home ("migrants", "refugees", "asylum-seekers"): it keeps the country its words
  name, else none, and the article's country is no guess for it (blind rounds 41-48: migrants
  fired on by Polish forces coded POL).

Sentences written for these tests (document date 2023-06-15).
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.away-victims.v1"


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("SOFIA — Bulgarian border police fired tear gas at migrants trying to climb the fence on "
     "Monday.", "fired", "migrants"),
    ("ATHENS — Greek riot police fired tear gas at refugees outside a camp on Lesbos on Monday.",
     "fired", "refugees"),
    ("BUDAPEST — Clashes between Hungarian police and refugees erupted at the border crossing "
     "on Wednesday.", "Clashes", "refugees"),
])
def test_people_away_from_home_take_no_police_country(text: str, trigger: str,
                                                      victims: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert victims in names_of(record, event.target)
    assert countries_of(record, event.target) == {None}
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # a crowd at home: the police's own people, as before
    ("NAIROBI — Kenyan police fired tear gas at protesters in the capital on Monday.", "fired",
     "KEN"),
    ("BUDAPEST — Clashes between Hungarian police and students erupted near the university on "
     "Wednesday.", "Clashes", "HUN"),
])
def test_people_at_home_keep_the_police_country(text: str, trigger: str, country: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert countries_of(record, event.target) == {country}
    assert RULE not in event.rule


def test_migrants_named_by_their_country_keep_it() -> None:
    record = record_of("SOFIA — Bulgarian border police fired tear gas at Afghan migrants "
                       "trying to climb the fence on Monday.")
    event = trigger_event(record, "fired")
    assert countries_of(record, event.target) == {"AFG"}
    assert RULE not in event.rule
