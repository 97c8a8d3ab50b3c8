"""Issue 11, round 8: event arguments and dates (ev9b), from the round-6 judge's patterns.

Targets: where something happened is no party ("killed across Kenya", "filed in California"),
nor is who reports it ("according to the Associated Press"); the "from" phrase of a request
names who is asked; the addressee of an order is its target, not the partner of the ordered
act. Sources: who warns of a third party's act does not threaten. Dates: a relative clause in
the simple past under a present main clause, and a possessed nominal event in a prepositional
phrase, are background with no document date. Controls guard what must not change."""

from __future__ import annotations

from tests.event_records import DATE
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

# --- targets ------------------------------------------------------------------------------------


def test_place_of_a_killing_is_not_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("At least eight people have been killed across Kenya, according to the "
                     "authorities.")
    event = _event(record, "ASSAULT", "killed")
    assert all(a.kind != "country" for i in event.target if (a := record.actor(i)) is not None)


def test_reporter_is_not_a_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Agents have seized documents and arrested several staff members, according "
                     "to the Associated Press.")
    event = _event(record, "COERCE", "seized")
    assert "Associated Press" not in _names(record, event.target)


def test_place_a_suit_is_filed_in_is_not_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A similar suit was filed simultaneously in California, Apple Computer's "
                     "home state.")
    event = _event(record, "ACCUSE", "filed")
    assert "USA" not in _countries(record, event.target)
    assert "events.args.verbal-domestic.v1" in event.rule


def test_people_accused_where_they_are_stay_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police in Egypt accused protesters in Cairo of attacking a police station.")
    event = _event(record, "ACCUSE", "accused")
    assert _names(record, event.target) == ["protesters"]


def test_from_phrase_of_a_request_is_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("France's investigative agency BEA has requested financial assistance for "
                     "the search from Airbus and Air France.")
    event = _event(record, "REQUEST", "requested")
    assert "Airbus" in _names(record, event.target)
    assert "events.args.asked-from.v1" in event.rule


def test_addressee_of_an_order_not_its_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Air Force was ordered by Congress to work with Boeing on the new tanker "
                     "program.")
    event = _event(record, "REQUEST", "ordered")
    assert _names(record, event.target) == ["Air Force"]


def test_subject_control_keeps_the_inner_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ukraine said it was ready to work with Moscow.")
    event = _event(record, "AGREE", "ready")
    assert _countries(record, event.target) == {"RUS"}


# --- sources -------------------------------------------------------------------------------------


def test_warning_of_a_third_partys_act_is_not_its_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The opposition leader warned that the army will crack down on protesters.")
    event = _event(record, "THREATEN", "warned")
    assert _names(record, event.source) == ["army"]
    assert "events.args.warned-act.v1" in event.rule


def test_warning_of_own_retaliation_stays_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Iran warned that it would retaliate against Israel.")
    event = _event(record, "THREATEN", "warned")
    assert _countries(record, event.source) == {"IRN"}


def test_warning_that_another_will_face_consequences(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The US warned that Iran would face severe consequences.")
    event = _event(record, "THREATEN", "warned")
    assert _countries(record, event.source) == {"USA"}


# --- dates ---------------------------------------------------------------------------------------


def test_past_relative_clause_under_present_news(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two countries have restored relations, which were broken off when Iran "
                     "expelled the British ambassador.")
    event = _event(record, "SANCTION", "expelled")
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.relative-past.v1" in event.rule


def test_past_relative_clause_in_a_past_story_keeps_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two countries restored relations, which were broken off when Iran "
                     "expelled the British ambassador.")
    event = _event(record, "SANCTION", "expelled")
    assert event.date.value == DATE


def test_reported_past_keeps_the_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Iran says it expelled the British ambassador.")
    event = _event(record, "SANCTION", "expelled")
    assert event.date.value == DATE


def test_possessed_nominal_event_referred_to_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The talks came days after Russia's invasion of Ukraine.")
    event = _event(record, "ASSAULT", "invasion")
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.possessed-nominal.v2" in event.rule


def test_possessed_nominal_event_as_subject_keeps_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("China's arrest of the activists drew protests.")
    event = _event(record, "COERCE", "arrest")
    assert event.date.value == DATE


def test_place_an_object_is_in_is_not_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("China Eastern Airlines signed the agreement in Paris on June 15.")
    event = _event(record, "SUPPORT", "signed")
    assert "FRA" not in _countries(record, event.target)


def test_pluperfect_takes_no_narrative_date(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kikwete retired last week. The Danish government had invited Kikwete to "
                     "lead the party.")
    event = _event(record, "AGREE", "invited")
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.background-narrative.v1" in event.rule

