"""Wave 26 (ev26a; judged round 19: "a target left empty although the sentence names the party
acted on"):

- ``events.args.nominal-patient.v1``: the unnamed people of a nominal force, coercion or release
  event's "of" phrase undergo it ("the detention of three students");
- ``events.args.phrase-partners.v1``: "delegates from A and B held talks": the source coded as
  A's people has B as the other side of the joint act;
- ``events.args.possessed-patient.v1``: "Ortega's detention": the possessor of a nominal act
  done to people undergoes it (target), it does not do it.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of as _countries
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def test_detention_of_students(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The detention of three students last week drew criticism from Berlin.")
    event = _on(record, "detention")
    assert "students" in " ".join(_names(record, event.target))
    assert "events.args.nominal-patient.v1" in event.rule


def test_killing_of_farmers(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The killing of two farmers sparked protests in Lagos.")
    event = _on(record, "killing")
    assert "farmers" in " ".join(_names(record, event.target))
    assert "events.args.nominal-patient.v1" in event.rule


def test_release_of_things_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The release of the funds was delayed until March.")
    for event in record.events:
        assert "events.args.nominal-patient.v1" not in event.rule


def test_delegates_from_two_countries_hold_talks(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Delegates from Bolivia and Paraguay held talks in Asuncion on Monday.")
    event = _on(record, "held")
    assert _countries(record, event.target) == {"PRY"}
    assert "events.args.phrase-partners.v1" in event.rule


def test_envoys_from_two_countries_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Envoys from Estonia and Finland agreed to expand ferry links.")
    event = _on(record, "agreed")
    assert _countries(record, event.target) == {"FIN"}
    assert "events.args.phrase-partners.v1" in event.rule


def test_one_country_phrase_names_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Delegates from Bolivia held talks in La Paz on Monday.")
    for event in record.events:
        assert "events.args.phrase-partners.v1" not in event.rule


def test_possessor_of_detention_is_detained(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ortega's detention angered the opposition in Managua.")
    event = _on(record, "detention")
    assert "Ortega" in " ".join(_names(record, event.target))
    assert "Ortega" not in " ".join(_names(record, event.source))
    assert "events.args.possessed-patient.v1" in event.rule


def test_possessor_with_of_phrase_is_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The junta's killing of five students drew condemnation.")
    event = _on(record, "killing")
    assert "junta" in " ".join(_names(record, event.source))
    assert "events.args.possessed-patient.v1" not in event.rule
