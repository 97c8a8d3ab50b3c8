"""Wave 37, ev37c: triggers in a non-event sense (judged round 23).

- events.sense.opposed-attributive.v1: "activists opposed to the dam" tells a stance, no REJECT.
- events.sense.help-evade.v1: helping someone evade capture is no AID.
- events.sense.call-thing-a-party.v1: "called the event a terrorist group" is no phone call.
- events.sense.issue-arrest-warrant.v1 / issue-warrant.v1: a warrant issued is COERCE, not REQUEST.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _events(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return events


def _event(text: str, trigger: str) -> dict[str, Any]:
    found = [e for e in _events(text) if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def _triggers(text: str) -> list[str]:
    return [e["trigger"]["text"] for e in _events(text)]


def test_opposed_describing_a_group_is_no_reject(nlp: Any) -> None:
    text = "Farmers opposed to the new airport marched in Lima on Tuesday."
    assert _triggers(text) == ["marched"]


def test_group_opposed_by_officials_is_no_reject(nlp: Any) -> None:
    assert "opposed" not in _triggers("Soldiers shelled a militia opposed by the regional council.")


def test_opposing_as_a_verb_stays_reject(nlp: Any) -> None:
    event = _event("Peru opposed the new airport on Tuesday.", "opposed")
    assert (event["type"], event["rule"]) == ("REJECT", "events.reject.oppose.v1")


def test_being_opposed_to_stays_reject(nlp: Any) -> None:
    event = _event("The opposition is opposed to the new budget.", "opposed")
    assert (event["type"], event["modality"]) == ("REJECT", "asserted")


def test_help_to_evade_capture_is_no_aid(nlp: Any) -> None:
    text = "The cartel paid the guards to help the smugglers evade arrest."
    assert "help" not in _triggers(text)


def test_help_to_rebuild_stays_aid(nlp: Any) -> None:
    event = _event("Japan helped Nepal rebuild schools after the earthquake.", "helped")
    # wave 40 (ev40a): the helped party before the infinitive is the target
    assert (event["type"], event["rule"]) == (
        "AID", "events.aid.help.v1+events.args.helped-party.v1")


def test_calling_a_thing_a_party_is_no_call(nlp: Any) -> None:
    text = "The police chief on Friday called the rally a new far-right terrorist group."
    assert "called" not in _triggers(text)


def test_phone_call_to_a_leader_stays_consult(nlp: Any) -> None:
    event = _event("Obama called Putin on Monday.", "called")
    assert (event["type"], event["rule"]) == ("CONSULT", "events.consult.call.v1")


def test_arrest_warrant_issued_is_coerce_arrest(nlp: Any) -> None:
    event = _event("A Lima court issued an arrest warrant for the former mayor.", "issued")
    assert (event["type"], event["mode"], event["cameo"], event["rule"]) == (
        "COERCE", "arrest", "173", "events.sense.issue-arrest-warrant.v1")


def test_search_warrant_issued_is_coerce(nlp: Any) -> None:
    event = _event("Police issued search warrants for the homes of five suspects.", "issued")
    assert (event["type"], event["cameo"], event["rule"]) == (
        "COERCE", "171", "events.sense.issue-warrant.v1")


def test_warrant_sought_is_a_legal_accusation(nlp: Any) -> None:
    # REQUEST until wave 103; rounds 51 and 56 judged seeking charges or warrants ACCUSE allege
    # (sense.seek-charges.v1), and a warrant sought is still not one issued (COERCE).
    event = _event("Prosecutors sought an arrest warrant for the former mayor.", "sought")
    assert (event["type"], event["rule"].split("+")[0]) == (
        "ACCUSE", "events.sense.seek-charges.v1")
