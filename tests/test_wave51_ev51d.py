"""Wave 51, ev51d: a trigger read against the kind of thing it acts on (module
``sense_object_kinds``): events.sense.provided-non-aid.v1, events.sense.reinforced-non-force.v1,
events.sense.accepted-money.v1. Near misses (aid, troops, a proposal) keep their events.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import events_in


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.rule.split("+")[0]) for e in events_in(text)]


def test_provided_moratorium_is_no_aid(nlp: Any) -> None:
    text = "Costa Rica will provide a one-year moratorium on new visas to Aruba."
    assert not [e for e in _events(text) if e[0] == "AID"]


def test_account_provided_by_police_is_no_aid(nlp: Any) -> None:
    text = "An account of the attack provided by the police chief says they are investigating."
    assert not [e for e in _events(text) if e[0] == "AID"]


def test_provided_aid_and_weapons_stay(nlp: Any) -> None:
    assert ("AID", "provided", "events.aid.provide.v1") in _events(
        "The United States provided $5 million in aid to the government.")
    assert ("AID", "provided", "events.aid.provide-weapons.v1") in _events(
        "Russia provided weapons to the separatists.")
    assert ("AID", "provided", "events.aid.provide.v1") in _events(
        "The United States has provided some form of military assistance to Ukraine.")


def test_reinforced_policy_is_no_deployment(nlp: Any) -> None:
    assert not _events("The policy has been reinforced.")
    assert not [e for e in _events("The EU wants to reinforce a close cooperation with Guadeloupe.")
                if e[0] == "MOBILIZE"]


def test_reinforced_troops_stay(nlp: Any) -> None:
    assert ("MOBILIZE", "reinforced", "events.mobilize.reinforce.v1") in _events(
        "Russia reinforced its troops on the border.")


def test_accepted_bribe_is_no_agreement(nlp: Any) -> None:
    assert not _events("The mayor admitted accepting the bribe.")
    assert not _events("The minister accepted 10,000 euros from the company.")


def test_accepted_proposal_and_released_prisoners_stay(nlp: Any) -> None:
    assert ("AGREE", "accepted", "events.agree.accept.v1") in _events(
        "The government accepted the ceasefire proposal.")
    assert ("RETREAT", "released", "events.retreat.release-captives.v1") in _events(
        "The rebels released 20 prisoners.")


def test_narrowed_after_val_keeps_money_conjuncts_and_fighters(nlp: Any) -> None:
    # lead's one narrowing after val: a sum anywhere in the object, a conjoined object, and
    # fighters reached through nested "of" phrases keep the event
    assert [e for e in _events("The ministry has not provided a timeline or money for the "
                               "project.") if e[0] == "AID"]
    assert [e for e in _events("The administration provided financial benefits to Panama "
                               "worth $933 million.") if e[0] == "AID"]
    assert [e for e in _events("Tens of hundreds of rebels in the state have been "
                               "reinforced.") if e[0] == "MOBILIZE"]
    assert not [e for e in _events("The channels provide coverage of Turkmen affairs.")
                if e[0] == "AID"]


def test_services_and_resources_are_aid(nlp: Any) -> None:
    # added after pairs51 (two real aid events were dropped: "services", "resources")
    assert [e for e in _events("The WHO said its staff now provide emergency advice and "
                               "services to the refugees in Chad.") if e[0] == "AID"]
    assert [e for e in _events("Washington has been providing additional resources to the "
                               "Kenyan coast guard.") if e[0] == "AID"]
