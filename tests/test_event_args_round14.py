"""Issue 11, round 14: targets the sentence names but the events stage left empty (ev14a,
judged rounds 11-12).

Where a coder reads the target depends on the event's type (``clauses.target_positions``): an
unnamed party as the object of an arrest or an appeal, as the subject of a passive shooting or
charging, in the "on" phrase of a crackdown, is the target as a group actor
(events.args.unnamed-party.v1); a deployment "to help" a country is for that country
(events.args.purpose-target.v2). A thing or a place at those positions is no party. The
sentences are our own; controls guard what must not change."""

from __future__ import annotations

from dateline.stages.event_arg_actors import harm_types, target_positions
from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

UNNAMED_PARTY = "events.args.unnamed-party.v1"


# --- the table --------------------------------------------------------------------------------


def test_positions_are_read_by_type(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "passive-subject" in target_positions("ASSAULT")
    assert "object" in target_positions("REQUEST")
    assert "purpose-clause" in target_positions("MOBILIZE")
    assert target_positions("CONSULT") == frozenset()


def test_harm_types_are_one_list(nlp) -> None:  # type: ignore[no-untyped-def]
    assert harm_types() == frozenset({"ASSAULT", "COERCE"})


# --- passive subjects -------------------------------------------------------------------------


def test_shot_man_is_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A young man was shot in the leg outside a bakery in Alexandria.")
    event = _event(record, "ASSAULT", "shot")
    assert "man" in " ".join(_names(record, event.target))
    assert UNNAMED_PARTY in event.rule


def test_people_being_charged_are_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Dozens of workers are being charged with tax fraud, prosecutors in "
                     "Nairobi said on Monday.")
    event = _event(record, "ACCUSE", "charged")
    assert "workers" in " ".join(_names(record, event.target))


def test_dispersed_crowd_is_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The crowd was dispersed in Lusaka on Saturday.")
    event = _event(record, "ASSAULT", "dispersed")
    assert "crowd" in " ".join(_names(record, event.target))
    assert "ZMB" in _countries(record, event.target)


# --- objects ----------------------------------------------------------------------------------


def test_arrested_islamists_with_place_country(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Soldiers arrested suspected Islamists near Gao in Mali on Sunday.")
    event = _event(record, "COERCE", "arrested")
    assert "Islamists" in " ".join(_names(record, event.target))
    assert "MLI" in _countries(record, event.target)


def test_apprehended_robbers_are_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police in Manila apprehended the robbers after a long chase.")
    event = _event(record, "COERCE", "apprehended")
    assert "robbers" in " ".join(_names(record, event.target))


def test_urged_lenders_are_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Thai finance ministry urged the country's largest lenders to cut fees.")
    event = _event(record, "REQUEST", "urged")
    assert "lenders" in " ".join(_names(record, event.target))
    assert UNNAMED_PARTY in event.rule


def test_crackdown_on_militants(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Pakistani government is cracking down on local militants.")
    event = _event(record, "COERCE", "cracking")
    assert "militants" in " ".join(_names(record, event.target))


# --- controls: a thing or a place is no party ---------------------------------------------------


def test_seized_cargo_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Customs officers in Lagos seized the cargo on Friday.")
    events = [e for e in record.events if e.trigger.text == "seized"]
    assert all(UNNAMED_PARTY not in e.rule for e in events)


def test_named_victim_stays_named(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Egyptian police arrested Ahmed Douma in Cairo.")
    event = _event(record, "COERCE", "arrested")
    assert "Douma" in " ".join(_names(record, event.target))
    assert UNNAMED_PARTY not in event.rule


# --- purpose clauses --------------------------------------------------------------------------


def test_troops_sent_to_help_country(nlp) -> None:  # type: ignore[no-untyped-def]
    # wave 106 (sense.forces-sent-to-help.v1): forces sent to help another country are AID
    record = _record("Chad said it was sending troops to help Niger.")
    event = _event(record, "AID", "sending")
    assert "NER" in _countries(record, event.target)
    assert "events.args.purpose-target.v2" in event.rule


# --- verbs of undergoing ------------------------------------------------------------------------


def test_suffered_attacks_target_the_sufferer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Belgium has suffered a wave of attacks by Islamist groups since 2016.")
    event = _event(record, "ASSAULT", "attacks")
    assert "BEL" in _countries(record, event.target)
    assert "events.args.suffered-act.v1" in event.rule


def test_faced_attacks_is_not_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya faced repeated attacks last year.")
    events = [e for e in record.events if e.trigger.text == "attacks"]
    assert all("KEN" not in _countries(record, e.source) for e in events)


# --- owned places as passive subjects ------------------------------------------------------------


def test_raided_office_targets_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Amnesty International said its office in Nairobi was raided by Kenyan "
                     "police on Sunday.")
    event = _event(record, "COERCE", "raided")
    assert "Amnesty" in " ".join(_names(record, event.target))
    assert "Amnesty" not in " ".join(_names(record, event.source))
    assert "events.args.owned-patient.v1" in event.rule


def test_owner_of_attacked_office_is_no_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Amnesty International said its office in Nairobi was raided by a group "
                     "of armed men on Sunday.")
    events = [e for e in record.events if e.trigger.text == "raided"]
    assert all("Amnesty" not in " ".join(_names(record, e.source)) for e in events)


# --- the party a deal's "to" clause deals with ---------------------------------------------------


def test_cancelled_deal_to_sell_to_company(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Greek government said on Monday it was cancelling a deal to sell "
                     "fighter jets to Turkey.")
    event = _event(record, "SANCTION", "cancelling")
    assert "TUR" in _countries(record, event.target)
    assert "events.args.deal-clause.v1" in event.rule
