"""Wave 52, ev52d: a place people are moved to, from or within is not the act's target.

- events.args.destination-place.v1: a country named only after "to", "from", "into", "out of"
  or "in" under the trigger leaves the target when the act has another party as target or
  its verb moves people; troops sent, force fired, extraditions keep the place.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.destination-place.v1"


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], {a["id"]: a for a in record["actors"]}


def _names(event: dict[str, Any], actors: dict[str, Any], slot: str) -> list[str]:
    return [actors[a]["name"] for a in event[slot]]


def test_deported_to_a_country_keeps_only_the_people(nlp: Any) -> None:
    event, actors = _event("Italy deported 500 migrants to Argentina last year.", "deported")
    assert event["type"] == "COERCE"
    assert _names(event, actors, "target") == ["migrants"]
    assert _names(event, actors, "source") == ["Italy"]
    assert RULE in event["rule"]


def test_near_miss_troops_sent_to_a_country_keep_it(nlp: Any) -> None:
    event, actors = _event("France sent troops to Mali in 2013.", "sent")
    assert event["type"] == "MOBILIZE"
    assert _names(event, actors, "target") == ["Mali"]
    assert RULE not in event["rule"]


def test_near_miss_rockets_fired_into_a_state_keep_it(nlp: Any) -> None:
    event, actors = _event("Hamas fired rockets into Israel on Sunday.", "fired")
    assert _names(event, actors, "target") == ["Israel"]
    assert RULE not in event["rule"]


def test_near_miss_extradition_keeps_the_receiving_state(nlp: Any) -> None:
    event, actors = _event("Spain extradited the suspect to the United States.", "extradited")
    assert "United States" in _names(event, actors, "target")
    assert RULE not in event["rule"]


def test_near_miss_weapons_provided_to_a_state_keep_it(nlp: Any) -> None:
    event, actors = _event("Russia provided weapons to Syria.", "provided")
    assert _names(event, actors, "target") == ["Syria"]
    assert RULE not in event["rule"]


def test_near_miss_own_embassy_reopened_in_a_state_keeps_it(nlp: Any) -> None:
    event, actors = _event("The US has reopened its embassy in Tunisia.", "reopened")
    assert "Tunisia" in _names(event, actors, "target")
    assert RULE not in event["rule"]


def test_near_miss_agreed_to_extradite_keeps_the_receiving_state(nlp: Any) -> None:
    event, _ = _event("Tajikistan has agreed to extradite two soldiers to the United States.",
                           "agreed")
    assert RULE not in event["rule"]


def test_a_possessor_in_the_phrase_is_no_place(nlp: Any) -> None:
    # lead's narrowing from the event_cases dev part: Sweden owns the membership at issue
    (event,) = [e for e in extract("Hungary dropped its objection to Sweden's NATO membership.",
                                   date="2024-02-27", min_confidence=0).events]
    assert "events.args.destination-place.v1" not in event.rule


def test_a_mutual_act_keeps_its_parties(nlp: Any) -> None:
    # lead's narrowing from the news_events dev part: a mutual act's parties are its targets
    # the news_events dev case ngec-2551 (the development part may be read)
    text = ("The leaders of seven rebel groups that remained active in the eastern Congo have "
            "reached a tentative disarmament deal that officials say aims to end violence and help "
            "bring about peace in a country on the brink of a new war.")
    for event in extract(text, date="2023-06-15", min_confidence=0).events:
        assert "events.args.destination-place.v1" not in event.rule
