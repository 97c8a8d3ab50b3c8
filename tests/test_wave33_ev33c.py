"""Wave 33 (ev33c, judged round 21: acts that are only the content of something else): an act a
purpose clause means to prevent ("deployed to prevent further clashes",
``events.modality.prevented-purpose.v1``) and an act inside the clause of "on the condition
that" (``events.modality.condition-noun.v1``) are hypothetical, not asserted; the governing act
(the deployment, the acceptance) stays asserted."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

PREVENTED = "events.modality.prevented-purpose.v1"
CONDITION_NOUN = "events.modality.condition-noun.v1"


def _modality_rules(nlp, text: str, word: str) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    from dateline.stages.modality import modality_of, modality_rules

    token = next(t for t in nlp.make_doc(text) if t.text == word)  # for its index only
    doc = nlp(text)
    parsed = doc[token.i]
    modality = modality_of(parsed)
    return modality, modality_rules(parsed, modality)


def test_prevented_attack_is_no_asserted_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops were sent to the border to prevent attacks by the rebels."
    record = _record(text)
    assert all(e.modality != "asserted" for e in record.events if e.trigger.text == "attacks")
    assert _on(record, "sent").modality == "asserted"
    assert _modality_rules(nlp, text, "attacks") == ("hypothetical", [PREVENTED])


def test_stopping_a_fight_is_not_prevention(nlp) -> None:  # type: ignore[no-untyped-def]
    _modality, rules = _modality_rules(nlp, "Soldiers were sent to stop the fighting.", "fighting")
    assert PREVENTED not in rules


def test_prevented_act_outside_purpose_clause_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    modality, rules = _modality_rules(nlp, "The rebels attacked the town on Monday.", "attacked")
    assert modality == "asserted" and rules == []


def test_act_inside_condition_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The rebels accepted the truce on the condition that the army also stop its "
            "shelling of the town.")
    record = _record(text)
    assert all(e.modality != "asserted" for e in record.events if e.trigger.text == "shelling")
    assert _on(record, "accepted").modality == "asserted"
    assert _modality_rules(nlp, text, "shelling") == ("hypothetical", [CONDITION_NOUN])
