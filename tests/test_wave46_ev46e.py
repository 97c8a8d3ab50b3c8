"""Wave 46, ev46e: acts only hoped for, and refusals to comment (module ``modality_views``).

The English model lemmatizes "hoped", "hopes", "hoping" as "hop", so "the government hoped to
sign a deal" was read as a signing done: the act of a to-infinitive under a form of "hope" is
hypothetical (events.modality.hoped-act.v1). "declined to say whether they would meet" refuses
a comment, not a proposal: no REJECT (events.reject.no-comment.v1). Near misses: a refusal of
talks or of a release stays a REJECT; an act done and hoped for earlier stays asserted.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import record_of, trigger_event

HOPED = "events.modality.hoped-act.v1"


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.modality) for e in record_of(text).events]


def test_hoped_signing_is_hypothetical(nlp: Any) -> None:
    event = trigger_event(record_of("The government hoped to sign a peace deal with the rebels."),
                          "sign")
    assert (event.type, event.modality) == ("SUPPORT", "hypothetical")
    assert HOPED in event.rule.split("+")


def test_hoping_to_meet_is_hypothetical(nlp: Any) -> None:
    event = trigger_event(record_of("The minister is hoping to meet the rebel leaders."), "meet")
    assert (event.type, event.modality) == ("CONSULT", "hypothetical")


def test_signing_hoped_for_stays_asserted(nlp: Any) -> None:
    assert _kinds("The government signed the deal it had hoped for.") == \
        [("SUPPORT", "signed", "asserted")]


def test_plain_signing_stays_asserted(nlp: Any) -> None:
    assert _kinds("The government signed a peace deal with the rebels.")[0] == \
        ("SUPPORT", "signed", "asserted")


def test_declined_to_say_is_no_event(nlp: Any) -> None:
    assert _kinds("The ministers declined to say whether they would meet the delegation.") == []


def test_refused_to_confirm_is_no_event(nlp: Any) -> None:
    assert [k for k in _kinds("The army refused to confirm the toll.") if k[0] == "REJECT"] == []


def test_refused_talks_stays_reject(nlp: Any) -> None:
    assert _kinds("The rebels refused to discuss the ceasefire.") == \
        [("REJECT", "refused", "asserted")]


def test_refused_release_stays_reject(nlp: Any) -> None:
    event = trigger_event(record_of("Hamas refused to release the hostages."), "refused")
    assert (event.type, event.modality, event.rule) == \
        ("REJECT", "asserted", "events.reject.refuse.v1+events.args.domestic-target.v2")
