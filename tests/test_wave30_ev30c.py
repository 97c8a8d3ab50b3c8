"""Wave 30 (ev30c; judged round 20: "the target of what is said, threatened or charged"):

- ``events.args.threatened-shared-object.v1``: "threatened to arrest and jail the protesters":
  the object the coordinated verbs of a threatened act share is whom the threat is against;
- ``events.args.message-addressee.v1``: "wrote to the United Nations, urging an end to the
  blockade": a request told as a participle on a verb of sending words goes to the recipient.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

SHARED_OBJECT = "events.args.threatened-shared-object.v1"


def test_threat_to_coordinated_acts_names_their_object(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army threatened to arrest and jail the protesters.")
    event = _on(record, "threatened")
    assert _names(record, event.target) == ["protesters"]
    assert SHARED_OBJECT in event.rule


def test_threat_to_coordinated_acts_names_foreign_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The rebels threatened to attack and kill the French soldiers.")
    event = _on(record, "threatened")
    assert _names(record, event.target) == ["French soldiers"]
    assert SHARED_OBJECT in event.rule


def test_threat_with_own_object_keeps_its_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The government threatened to ban opposition groups.")
    event = _on(record, "threatened")
    assert _names(record, event.target) == ["opposition groups"]
    assert SHARED_OBJECT not in event.rule


MESSAGE_ADDRESSEE = "events.args.message-addressee.v1"


def test_participle_request_on_letter_goes_to_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chad wrote to the United Nations, urging an end to the blockade.")
    event = _on(record, "urging")
    assert _names(record, event.target) == ["United Nations"]
    assert MESSAGE_ADDRESSEE in event.rule


def test_participle_request_on_report_has_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chad wrote a report on the blockade, urging an end to it.")
    event = _on(record, "urging")
    assert MESSAGE_ADDRESSEE not in event.rule
