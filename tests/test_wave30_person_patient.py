"""Wave 30 (judged round 20: a kidnapping of "more than 200 schoolgirls" coded against the state).

- ``events.args.person-patient.v2``: the counted plural object of a verb whose object can only
  be people (``clauses.person_patient_verbs``: kidnap, arrest, behead, deport, ...) names people,
  though no word list holds its noun; not for verbs whose object may be animals or things, and
  not when the object's phrase names an actor (v1 lost "ties to the Hungarian government").

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

PERSON_PATIENT = "events.args.person-patient.v2"


def test_counted_captives_are_the_target_not_their_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels kidnapped more than 200 schoolgirls in northern Nigeria last year.")
    event = _on(record, "kidnapped")
    assert _names(record, event.target) == ["200 schoolgirls"]
    assert countries_of(record, event.target) == {"NGA"}
    assert PERSON_PATIENT in event.rule


def test_a_quantity_of_people_is_read_through(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Gunmen abducted dozens of churchgoers on Sunday.")
    event = _on(record, "abducted")
    assert _names(record, event.target) == ["churchgoers"]
    assert PERSON_PATIENT in event.rule


def test_a_verb_whose_object_may_be_animals_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Militants killed 30 cattle near the border.")
    event = _on(record, "killed")
    assert event.target == []
    assert PERSON_PATIENT not in event.rule


def test_an_actor_named_in_the_object_phrase_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Poland expelled dozens of diplomats who are suspected of having ties to "
                     "the Hungarian government.")
    event = _on(record, "expelled")
    assert "HUN" in countries_of(record, event.target)
    assert PERSON_PATIENT not in event.rule
