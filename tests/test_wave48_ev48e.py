"""Wave 48, ev48e: types that follow the act, not the trigger word (issue 11).

An authority's order of an arrest or a release with no addressee is that act
(sense.ordered-arrest.v1, sense.ordered-release.v1), its target the party "of"; an order to
an addressee stays REQUEST. A wrong of no stated kind committed is no ASSAULT
(sense.committed-wrong.v1); war crimes and crimes against humanity stay ASSAULT
(sense.committed-atrocity.v1). Exercises conducted with a named party are COOPERATE
(sense.drills-with-partner.v1, module ``sense_joint_acts``); with no party they stay MOBILIZE.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_on, named_event


def test_ordered_arrest_is_the_arrest(nlp: Any) -> None:
    text = "Last week, the authorities in Kano ordered the arrest of Ahmed Jibril."
    kind, source, target, rule = named_event(text, "ordered")
    assert (kind, source, target) == ("COERCE", [("authorities", "NGA")], [("Ahmed Jibril", None)])
    assert rule.startswith("events.sense.ordered-arrest.v1+events.args.requested-act-of.v1")


def test_ordered_release_is_the_release(nlp: Any) -> None:
    text = ("The Maldives' High Court has ordered the release of political prisoner "
            "Shamsher Shokoufa.")
    kind, source, target, rule = named_event(text, "ordered")
    assert (kind, source, target) == (
        "RETREAT", [("High Court", "MDV")], [("Shamsher Shokoufa", "MDV")])
    assert rule.startswith("events.sense.ordered-release.v1+")
    assert events_on(text, "ordered")[0].mode == "release"


def test_order_to_an_addressee_stays_an_order(nlp: Any) -> None:
    text = "The president ordered the police to arrest Ahmed Jibril."
    kind, _, target, rule = named_event(text, "ordered")
    assert (kind, target, rule) == ("REQUEST", [("police", None)], "events.request.order.v1")


def test_violation_committed_is_no_assault(nlp: Any) -> None:
    text = "The press was committing a flagrant violation of the country's freedom of speech."
    assert events_on(text, "committing") == []


def test_crimes_of_no_kind_are_no_assault(nlp: Any) -> None:
    text = "Officials said the crimes were committed by the authorities."
    assert events_on(text, "committed") == []


def test_war_crimes_stay_assault(nlp: Any) -> None:
    text = "Rebels committed war crimes in the town."
    [event] = events_on(text, "committed")
    assert (event.type, event.rule) == ("ASSAULT", "events.sense.committed-atrocity.v1")


def test_crimes_against_humanity_stay_assault(nlp: Any) -> None:
    text = "Rebels committed crimes against humanity in the town."
    [event] = events_on(text, "committed")
    assert (event.type, event.rule) == ("ASSAULT", "events.sense.committed-atrocity.v1")


def test_exercises_with_a_party_are_cooperation(nlp: Any) -> None:
    text = "In June 2014, the Pacific Fleet conducted two exercises with the United States Navy."
    assert named_event(text, "conducted") == (
        "COOPERATE", [("Pacific Fleet", None)], [("US Navy", "USA")],
        "events.sense.drills-with-partner.v1")


def test_exercises_with_ammunition_stay_mobilize(nlp: Any) -> None:
    text = "The navy conducted exercises with live ammunition near the coast."
    [event] = events_on(text, "conducted")
    assert (event.type, event.rule) == ("MOBILIZE", "events.mobilize.conduct-test.v1")
