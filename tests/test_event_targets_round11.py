"""Issue 11, round 11: event targets (ev11a), from the round-8 judge's patterns.

A relative clause on an object that names people says what they did: its actors and places are
no target of the outer verb. The subject of a passive that names people of a country ("a Tunisian
asylum seeker was deported") is the target, never the agent. A passive coordinated with an active
verb ("asked ... but was denied access") acts on that verb's subject. A protest told as erupting
into a nominal protest is against what that noun's "against" phrase names. People deported
from a country are not its own; a reaction in a relative clause on a noun that sums up the main
clause (", a move Haiti has praised") reacts to that clause's subject.
The sentences are our own; controls guard what must not change."""

from __future__ import annotations

from dateline.record import Event, Record
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record


def _events(record: Record, type_: str) -> list[Event]:
    return [e for e in record.events if e.type == type_]


# --- relative clauses on people ------------------------------------------------------------------


def test_place_in_victims_relative_clause_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Soldiers killed four unarmed people who crossed the border with Uganda.")
    event = _event(record, "ASSAULT", "killed")
    assert "UGA" not in _countries(record, event.target)


def test_country_in_suspects_relative_clause_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested the driver who had smuggled weapons from Libya.")
    event = _event(record, "COERCE", "arrested")
    assert "LBY" not in _countries(record, event.target)


def test_victim_of_relative_clause_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenyan police arrested a man who had attacked a Chinese diplomat.")
    event = _event(record, "COERCE", "arrested")
    assert "CHN" not in _countries(record, event.target)


def test_control_affiliation_clause_keeps_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Slovakia expelled dozens of diplomats who are suspected of having ties to "
                     "the Hungarian government.")
    event = _event(record, "SANCTION", "expelled")
    assert "HUN" in _countries(record, event.target)


def test_control_owner_of_object_stays_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya praised Japan's decision to send aid.")
    event = _event(record, "SUPPORT", "praised")
    assert _countries(record, event.target) == {"JPN"}


def test_control_named_people_object_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested members of the Kenyan opposition who had marched on Monday.")
    event = _event(record, "COERCE", "arrested")
    assert "KEN" in _countries(record, event.target)


# --- passives on people --------------------------------------------------------------------------


def test_deported_national_is_target_not_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A Tunisian asylum seeker was deported on Tuesday.")
    event = _event(record, "COERCE", "deported")
    assert "TUN" not in _countries(record, event.source)
    assert _countries(record, event.target) == {"TUN"}


def test_deported_national_with_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A Tunisian asylum seeker was deported by Italy on Tuesday.")
    event = _event(record, "COERCE", "deported")
    assert _countries(record, event.source) == {"ITA"}
    assert _countries(record, event.target) == {"TUN"}


def test_killed_nationals_are_not_the_attacker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Two Ghanaian fishermen were killed off the coast on Monday.")
    for event in _events(record, "ASSAULT"):
        assert "GHA" not in _countries(record, event.source)


def test_control_weapons_owner_stays_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russian missiles were fired at Kyiv on Monday.")
    event = _event(record, "ASSAULT", "fired")
    assert _countries(record, event.source) == {"RUS"}


# --- a passive coordinated with an active verb ---------------------------------------------------


def test_denied_after_asking_acts_on_the_asker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The jailed opposition leader said he asked to see his lawyer but was denied "
                     "access by the Egyptian authorities.")
    event = _event(record, "REJECT", "denied")
    assert _names(record, event.target) and "opposition leader" in _names(record, event.target)[0]
    assert _countries(record, event.source) == {"EGY"}


def test_denied_without_agent_has_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Iranian foreign minister said he asked to visit the prisoners but was "
                     "denied access.")
    event = _event(record, "REJECT", "denied")
    assert not event.source
    assert "IRN" in _countries(record, event.target)


def test_control_coordinated_active_keeps_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Egypt received the request and rejected it on Monday.")
    for event in _events(record, "REJECT"):
        assert _countries(record, event.source) == {"EGY"}


# --- protests that erupt -------------------------------------------------------------------------


def test_erupted_protest_against_the_government(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of people erupted in protests against the government on Friday.")
    event = _event(record, "PROTEST", "erupted")
    assert _names(record, event.target) == ["government"]


def test_erupted_protest_told_once(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of people erupted in protests against the government on Friday.")
    assert len(_events(record, "PROTEST")) == 1


# --- meetings: controls (no meeting without a partner) -------------------------------------------


def test_control_body_meeting_alone_no_consult(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The security council met on Tuesday to discuss the crisis.")
    assert not [e for e in _events(record, "CONSULT") if e.trigger.text == "met"]


def test_control_meeting_requirements_no_consult(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The companies met the requirements of the regulator.")
    assert not _events(record, "CONSULT")


# --- deported from a country ---------------------------------------------------------------------


def test_deported_from_country_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Four people who were deported from Jamaica had their hearings rescheduled.")
    event = _event(record, "COERCE", "deported")
    assert "JAM" not in _countries(record, event.target)


def test_control_deporting_country_named_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Jamaica deported four Haitian migrants on Monday.")
    event = _event(record, "COERCE", "deported")
    assert _countries(record, event.source) == {"JAM"}
    assert _countries(record, event.target) == {"HTI"}


# --- a reaction to a move summed up --------------------------------------------------------------


def test_praised_move_targets_the_mover(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("France is sending two frigates to patrol the Gulf of Guinea, a move Ghana "
                     "has praised as a sign of friendship.")
    event = _event(record, "SUPPORT", "praised")
    assert _countries(record, event.target) == {"FRA"}


def test_condemned_decision_targets_its_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russia withdrew its ambassador from Kyiv, a decision that Germany condemned "
                     "on Monday.")
    event = _event(record, "ACCUSE", "condemned")
    assert "RUS" in _countries(record, event.target)


def test_control_reaction_with_own_object_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russia withdrew its ambassador from Kyiv, and Germany condemned Hungary on "
                     "Monday.")
    event = _event(record, "ACCUSE", "condemned")
    assert _countries(record, event.target) == {"HUN"}


def test_control_conjoined_passive_on_unnamed_people(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Roma make up about 5 percent of the population and have long been denied "
                     "the same rights as other Slovaks.")
    for event in _events(record, "REJECT"):
        assert "SVK" not in _countries(record, event.target)
