"""Wave 45, ev45b: the party a requested departure removes (``stages.event_requested_departures``).

events.args.requested-departure.v1: "called for the resignation of X", "urged the dismissal of
X", "demanded X's removal": a request whose object, or its "for" phrase's object, is a departure
(``clauses.requested_departure_nouns``) aims at the party of the departure's "of" phrase or
possessor, of the requester's own country too. Near misses: a departure of no actor ("the removal
of the tariffs"), a release (left to demanded-patient), a departure that is only announced (no
request), an asked act that is no departure ("the creation of a commission").
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event, named_events

DEPARTURE = "events.args.requested-departure.v1"


def test_call_for_resignation_of_a_named_leader(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Opposition lawmakers called for the resignation of Prime Minister Ranil "
        "Wickremesinghe on Monday.", "called")
    assert (kind, source, target) == (
        "REQUEST", [("Opposition lawmakers", None)], [("Ranil Wickremesinghe", "LKA")])
    assert DEPARTURE in rule


def test_urged_dismissal_as_the_object(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The opposition urged the dismissal of Interior Minister Ahmed Ali.", "urged")
    assert (kind, source, target) == ("REQUEST", [("opposition", None)], [("Ahmed Ali", None)])
    assert DEPARTURE in rule


def test_pressed_for_impeachment_of_own_president(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Students pressed for the impeachment of President Yoon Suk Yeol and the removal of "
        "his cabinet.", "pressed")
    assert (kind, source, target) == ("REQUEST", [("Students", "KOR")], [("Yoon Suk Yeol", "KOR")])
    assert DEPARTURE in rule


def test_possessor_already_found_keeps_its_rule(nlp: Any) -> None:
    # the sense rule's own "of"/owner reading finds the leader first; the departure rule is
    # only a later finder and adds nothing here
    kind, source, target, rule = named_event(
        "Activists demanded Prime Minister Imran Khan's removal on Tuesday.", "demanded")
    assert (kind, source, target) == ("REQUEST", [("Activists", None)], [("Imran Khan", "PAK")])
    assert DEPARTURE not in rule


def test_removal_of_things_names_no_party(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Kenya called for the removal of the tariffs.", "called")
    assert (kind, source, target) == ("REQUEST", [("Kenya", "KEN")], [])
    assert DEPARTURE not in rule


def test_release_is_not_a_departure(nlp: Any) -> None:
    events = named_events("Activists demanded the release of journalist Ali Musa.")
    assert not any(DEPARTURE in e[4] for e in events)


def test_announced_dismissal_is_no_request(nlp: Any) -> None:
    events = named_events("The president announced the dismissal of Interior Minister Ahmed Ali.")
    assert not any(DEPARTURE in e[4] for e in events)


def test_asked_act_that_is_no_departure(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The opposition called for the creation of a commission led by judge Ahmed Ali.",
        "called")
    assert (kind, source, target) == ("REQUEST", [("opposition", None)], [])
    assert DEPARTURE not in rule
