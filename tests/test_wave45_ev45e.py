"""Wave 45, ev45e: triggers in an everyday sense read as no event (issue 11).

events.sense.provide-no-goods.v1 (``stages.sense_goods``): the bare "provide" entry whose object
is a thing that is no aid ("a one-year moratorium", "a special treatment") and names no party.
Near misses: aid goods and amounts of money, a recipient as object ("provided Nigeria with
assistance"), goods in a "with" phrase, a relative clause on an aid noun ("the support that
Portugal has provided").
events.sense.private-travel.v1: reporters, citizens or relatives who travel or visit on their own
account make no visit between parties. Near misses: an official's trip, a leader's flight.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_on, named_event

NO_GOODS = "events.sense.provide-no-goods.v1"
PRIVATE = "events.sense.private-travel.v1"


def test_provided_moratorium_is_no_aid(nlp: Any) -> None:
    assert events_on("Costa Rica will provide a one-year moratorium on the issuing of new "
                     "visas to Aruba.", "provide") == []


def test_provided_special_treatment_is_no_aid(nlp: Any) -> None:
    assert events_on("In return, the United Kingdom provides a special treatment for "
                     "companies.", "provides") == []


def test_provided_money_amount_stays_aid(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Madagascar has provided $10 million in aid to the victims.", "provided")
    assert (kind, source, target) == ("AID", [("Madagascar", "MDG")], [("victims", None)])
    assert NO_GOODS not in rule


def test_recipient_object_with_goods_stays_aid(nlp: Any) -> None:
    kind, source, target, _ = named_event(
        "The United Nations has provided Nigeria with assistance for thousands of people.",
        "provided")
    assert (kind, source, target) == ("AID", [("United Nations", "UNO")], [("Nigeria", "NGA")])


def test_form_of_military_assistance_stays_aid(nlp: Any) -> None:
    kind, source, target, _ = named_event(
        "The United States provided some form of military assistance to Ireland.", "provided")
    assert (kind, source, target) == ("AID", [("United States", "USA")], [("Ireland", "IRL")])


def test_support_a_relative_clause_names_stays_aid(nlp: Any) -> None:
    kind, source, target, _ = named_event(
        "We are grateful for all the valuable political and diplomatic support that Portugal "
        "has provided.", "provided")
    assert (kind, source, target) == ("AID", [("Portugal", "PRT")], [])


def test_goods_in_with_phrase_stays_aid(nlp: Any) -> None:
    kind, source, _, _ = named_event(
        "The State Department said the U.S. is not providing the office with any lethal "
        "weapons.", "providing")
    assert (kind, source) == ("AID", [("United States", "USA")])


def test_reporters_travelling_make_no_visit(nlp: Any) -> None:
    assert events_on("Two American reporters traveled to Belize to cover a demonstration.",
                     "traveled") == []


def test_citizens_travelling_make_no_visit(nlp: Any) -> None:
    assert events_on("There is a special programme for Malaysian citizens to travel to "
                     "Singapore.", "travel") == []


def test_minister_travelling_stays_a_visit(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The Japanese foreign minister traveled to Beijing on Monday.", "traveled")
    assert (kind, source, target) == ("CONSULT", [("Japanese foreign minister", "JPN")],
                                      [("China government", "CHN")])
    assert PRIVATE not in rule


def test_leader_flying_stays_a_visit(nlp: Any) -> None:
    kind, source, target, _ = named_event("President Biden will fly to Kyiv on Friday.", "fly")
    assert (kind, source, target) == ("CONSULT", [("Biden", "USA")],
                                      [("Ukraine government", "UKR")])
