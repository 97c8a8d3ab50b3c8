"""Issue 11, round 17 (ev17a): a place or a describing country taken as the target.

Round 14's judges found places coded as the party acted on: a protest's town ("rallied in
Berkeley, California", "demonstrated against a rally in Brussels") and a country added beside
the people it describes ("expelled nine diplomats from Venezuela"). A protest's venue is no
target; a country named only inside the phrase of another target of that country is no second
target (events.args.modifier-country.v1). The protest-venue rule ev17a wrote for the first
shape was taken out at the merge: with ev17b's group actors it lowered the event cases' test
part (a domestic protest's state is its target there, none for the judges), a convention to
settle first. The sentences are our own; controls guard what must not change."""

from __future__ import annotations

from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

MODIFIER = "events.args.modifier-country.v1"


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
