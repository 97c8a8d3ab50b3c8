"""Wave 27 (ev27c; judged round 19 and pairs25/26: "a promise coded as a carried-out act", "a
second event for the same act"):

- ``events.sense.vow-restraint.v1``: a pledge not to use force is a promise (AGREE), not a
  threat of that force;
- ``events.frame.conjoined-clause.v1``: a to-infinitive joined to one a pledge takes is part of
  the pledge ("pledged not to use violence, and not to attack ..."), no negated ASSAULT;
- ``events.frame.promised-object.v1``: a withdrawal named as the object of a promised
  to-infinitive ("agreed to speed up the withdrawal") is promised, not a RETREAT done.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def test_pledge_not_to_attack_is_a_promise(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The rebels pledged not to attack soldiers of Mali.")
    event = _on(record, "pledged")
    assert event.type == "AGREE"
    assert "events.sense.vow-restraint.v1" in event.rule


def test_vow_to_attack_stays_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The rebels vowed to attack Malian troops.")
    assert _on(record, "vowed").type == "THREATEN"


def test_conjoined_pledged_clause_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The militia in Chad pledged not to use force, and not to attack "
                     "villages or police posts.")
    assert [e.type for e in record.events if e.trigger.text == "attack"] == []
    assert _on(record, "pledged").type == "AGREE"


def test_promised_withdrawal_is_no_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Armenia agreed to speed up the withdrawal of Armenian troops from the "
                     "border with Azerbaijan.")
    assert [e for e in record.events if e.type == "RETREAT"] == []
    assert _on(record, "agreed").type in {"AGREE", "CONCEDE"}


def test_withdrawal_done_stays_a_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Armenia completed the withdrawal of Armenian troops from the border "
                     "on Monday.")
    assert any(e.type == "RETREAT" for e in record.events)
