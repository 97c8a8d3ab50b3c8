"""Issue 11, round 17 (ev17a): a place or a describing country taken as the target.

Round 14's judges found places coded as the party acted on: a protest's town ("rallied in
Berkeley, California", "demonstrated against a rally in Brussels") and a country added beside
the people it describes ("expelled nine diplomats from Venezuela"). A protest's venue is no
target (events.args.protest-venue.v1); a country named only inside the phrase of another
target of that country is no second target (events.args.modifier-country.v1). The sentences
are our own; controls guard what must not change."""

from __future__ import annotations

from dateline.stages.syntax import words
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import events_in as _events
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

VENUE = "events.args.protest-venue.v1"
MODIFIER = "events.args.modifier-country.v1"


def test_venue_word_lists_are_in_the_lexicon(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "protest" in words("venue_types")
    assert {"in", "across", "through"} <= words("venue_preps")
    assert "city" in words("venue_nouns")
    assert "embassy" not in words("venue_nouns")


# --- a protest's venue ----------------------------------------------------------------------


def test_town_of_a_rally_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Students rallied on Friday outside the town hall in Austin, Texas.")
    event = _event(record, "PROTEST", "rallied")
    assert "USA" not in _countries(record, event.target)
    assert VENUE in event.rule


def test_country_of_a_rally_against_a_rally_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Some 300 students demonstrated on Sunday against a rally in Vienna over a "
                     "new school law.")
    event = _event(record, "PROTEST", "demonstrated")
    assert "AUT" not in _countries(record, event.target)


def test_city_named_through_of_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Nurses protested on Monday in the Argentine city of Rosario over low pay.")
    event = _event(record, "PROTEST", "protested")
    assert "ARG" not in _countries(record, event.target)


def test_protest_against_a_named_government_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Farmers protested in London against the British government on Tuesday.")
    event = _event(record, "PROTEST", "protested")
    assert "British government" in _names(record, event.target)
    assert VENUE not in event.rule


def test_march_to_a_body_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Hundreds of farmers marched to the Spanish Senate on Saturday night.")
    event = _event(record, "PROTEST", "marched")
    assert "Spanish Senate" in _names(record, event.target)


def test_protest_with_no_source_keeps_its_only_party(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events("A few hundred people protested in Chicago's Grant Park.")
    assert any(e.type == "PROTEST" for e in events)


# --- a country inside another target's phrase --------------------------------------------------


def test_country_of_expelled_diplomats_is_no_second_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Italy on Friday expelled nine diplomats from Venezuela over a spying row.")
    event = _event(record, "SANCTION", "expelled")
    assert "Venezuela" not in _names(record, event.target)
    assert _countries(record, event.target) == {"VEN"}
    assert MODIFIER in event.rule


def test_countries_of_bodies_with_no_country_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The ILO praised the governments of Namibia and Ghana for their action.")
    event = _event(record, "SUPPORT", "praised")
    assert {"NAM", "GHA"} <= _countries(record, event.target)
    assert MODIFIER not in event.rule


def test_other_countries_in_a_list_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Representatives from the United Arab Emirates, the United States and "
                     "China met in Cairo on Sunday.")
    event = _event(record, "CONSULT", "met")
    parties = _countries(record, event.source + event.target)
    assert {"USA", "CHN"} <= parties
    assert MODIFIER not in event.rule
