"""Wave 33 (ev33d, judged round 21: the party an act is aimed at left empty).

- ``events.args.named-victim.v1``: a toll verb's proper-name object is the person the attack
  kills ("the strike was carried out ..., killing <name>").
- ``events.args.nominal-aimed.v1``: a nominal act of force names its target in an "on" /
  "against" phrase ("assaults on reporters"), as in an "of" phrase.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

NAMED_VICTIM = "events.args.named-victim.v1"
NOMINAL_AIMED = "events.args.nominal-aimed.v1"


def _target_names(record, event) -> list[str]:  # type: ignore[no-untyped-def]
    actors = {a.id: a for a in record.actors}
    return [actors[i].name for i in event.target]


def test_a_named_person_killed_by_a_raid_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Malian army said the raid was carried out Friday, killing Ahmed Diallo.")
    event = _on(record, "raid")
    assert NAMED_VICTIM in event.rule
    assert _target_names(record, event) == ["Ahmed Diallo"]


def test_assaults_on_people_have_them_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels have been staging frequent attacks on government forces in "
                     "eastern Chad.")
    event = _on(record, "attacks")
    assert NOMINAL_AIMED in event.rule
    assert _target_names(record, event) == ["government forces"]


def test_a_crackdown_on_a_thing_has_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The new government announced a crackdown on corruption.")
    assert all(NOMINAL_AIMED not in e.rule for e in record.events)
