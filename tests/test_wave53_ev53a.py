"""Wave 53, ev53a: the party a request or warning tells to act is its target.

events.args.addressed-party.v1: the plural common-noun object of a request or warning verb (or
of its "on"/"upon" phrase) that an active to-infinitive follows at once is the target, as a
group actor. Near misses: a passive infinitive, a thing told to go on or stop, an act noun, and
a request with no infinitive keep no target.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.addressed-party.v1"


def _events(text: str) -> list[dict[str, Any]]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    events: list[dict[str, Any]] = record["events"]
    for event in events:
        event["target_names"] = [names[t] for t in event["target"]]
    return events


def _one(text: str, trigger: str) -> dict[str, Any]:
    (event,) = [e for e in _events(text) if e["trigger"]["text"] == trigger]
    return event


def test_ordered_object_to_act(nlp: Any) -> None:
    event = _one("The kidnappers ordered the two cashiers to open the safe.", "ordered")
    assert event["type"] == "REQUEST"
    assert event["target_names"] == ["two cashiers"]
    assert RULE in event["rule"]


def test_called_upon_object_to_act(nlp: Any) -> None:
    event = _one("The navy called upon its reservists to report at the base.", "called")
    assert event["type"] == "REQUEST"
    assert event["target_names"] == ["reservists"]
    assert RULE in event["rule"]


def test_called_on_both_sides(nlp: Any) -> None:
    event = _one("The envoy called on both sides to lay down their arms.", "called")
    assert event["target_names"] == ["sides"]
    assert RULE in event["rule"]


def test_passive_infinitive_keeps_no_target(nlp: Any) -> None:
    event = _one("The judge ordered the ledgers to be burned.", "ordered")
    assert event["target"] == []


def test_thing_told_to_stop_keeps_no_target(nlp: Any) -> None:
    event = _one("The cabinet ordered all flights to stop.", "ordered")
    assert event["target"] == []


def test_request_with_no_infinitive_unchanged(nlp: Any) -> None:
    event = _one("The mayor requested more buses.", "requested")
    assert RULE not in event["rule"]


def test_named_addressee_unchanged(nlp: Any) -> None:
    event = _one("Germany urged Hungary to lift the ban.", "urged")
    assert event["target_names"] == ["Hungary"]
    assert RULE not in event["rule"]


def test_requested_thing_is_no_party(nlp: Any) -> None:
    found = [e for e in _events("The union will request new rules to raise wages.")
             if e["trigger"]["text"] == "request"]
    assert all(RULE not in e["rule"] for e in found)
