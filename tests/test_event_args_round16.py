"""Issue 11, round 16 (ev16a): roles the shape of the sentence gives, read in dev stories.

A past participle that shares a passive without its own auxiliary ("was expelled ... and
jailed"), a passive infinitive under a control verb ("is to be jailed") and a bare participle
opening an adverbial clause ("..., then deported in March") act on a subject named elsewhere:
that party is the target, never the agent (events.args.bare-conjoined-passive.v1,
controlled-passive.v1, participle-clause.v1). An active force verb told as happening in a fight
names the other side in the fight's "with" phrase (events.args.clash-counterpart.v1); a request
whose object is an act done to someone aims at that act's "of" party
(events.args.requested-act-of.v1). The sentences are our own; controls guard what must not
change."""

from __future__ import annotations

from dateline.stages.syntax import words
from tests.event_records import event_of as _event
from tests.event_records import events_in as _events
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record


def _joined(record, ids: list[str]) -> str:  # type: ignore[no-untyped-def]
    return " ".join(_names(record, ids))


# --- passives without an auxiliary of their own ------------------------------------------------


def test_conjoined_bare_participle_has_patient_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Omar Haddad was dismissed from the cabinet in 2019 and imprisoned in "
                     "March on a bribery charge.")
    event = _event(record, "COERCE", "imprisoned")
    assert "Haddad" in _joined(record, event.target)
    assert not event.source
    assert "events.args.bare-conjoined-passive.v1" in event.rule


def test_conjoined_bare_participle_keeps_its_by_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The reporter Lina Sayegh was arrested and charged by Syrian prosecutors "
                     "on Sunday.")
    event = _event(record, "ACCUSE", "charged")
    assert "prosecutors" in _joined(record, event.source)
    assert "Sayegh" in _joined(record, event.target)


def test_conjoined_charge_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Pablo Ortega was arrested on Tuesday and charged with money laundering.")
    event = _event(record, "ACCUSE", "charged")
    assert "Ortega" in _joined(record, event.target)
    assert "Ortega" not in _joined(record, event.source)


def test_active_conjunct_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: a finite verb with an object of its own is no shared passive."""
    record = _record("Turkish troops were moved to the border and shelled Kurdish positions "
                     "in Syria.")
    event = _event(record, "ASSAULT", "shelled")
    assert "events.args.bare-conjoined-passive.v1" not in event.rule


def test_passive_infinitive_under_control_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A former governor of Lagos convicted of fraud is to be jailed next month.")
    event = _event(record, "COERCE", "jailed")
    assert "governor" in _joined(record, event.target)
    assert not event.source
    assert "events.args.controlled-passive.v1" in event.rule


def test_passive_infinitive_after_going(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The protesters in Durban are not going to be arrested, the mayor said.")
    event = _event(record, "COERCE", "arrested")
    assert "protesters" in _joined(record, event.target)
    assert "protesters" not in _joined(record, event.source)


def test_active_infinitive_keeps_controller_as_source(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "began to arrest" is active; its controller does it."""
    record = _record("The Kenyan police began to arrest opposition protesters in Nairobi on "
                     "Monday.")
    event = _event(record, "COERCE", "arrest")
    assert "police" in _joined(record, event.source)


def test_bare_participle_clause_acts_on_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Accused of corruption, the Kenyan finance minister resigned on Monday.")
    event = _event(record, "ACCUSE", "Accused")
    assert "minister" in _joined(record, event.target)
    assert not event.source
    assert "events.args.participle-clause.v1" in event.rule


def test_bare_participle_clause_with_by_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Backed by Russia, the rebels seized the town of Kramatorsk.")
    event = _event(record, "SUPPORT", "Backed")
    assert "Russia" in _joined(record, event.source)
    assert "rebels" in _joined(record, event.target)


def test_misparsed_finite_verb_is_no_participle_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "as men armed with sticks clashed with police": "clashed" is finite, though
    the parser tags it a participle; no comma sets it off."""
    events = [e for e in _events("They carried shields as men armed with sticks clashed with "
                                 "police in Bougainville.") if e.trigger.text == "clashed"]
    assert all("events.args.participle-clause.v1" not in e.rule for e in events)


def test_participle_after_the_subject_is_no_clause_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "the aircraft, deployed from Australia": a modifier of another noun."""
    record = _record("The Philippines will send the AWACS aircraft, deployed from Australia, to "
                     "the Solomon Islands.")
    for event in [e for e in record.events if e.trigger.text == "deployed"]:
        assert "events.args.participle-clause.v1" not in event.rule
        assert "Philippines" not in _joined(record, event.target)


def test_backers_are_not_each_others_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Backed by A and B, X ...": A and B backed X, not each other."""
    record = _record("Backed by Saudi Arabia and Bahrain, the coalition began its air "
                     "campaign in March.")
    for event in [e for e in record.events if e.trigger.text == "Backed"]:
        assert not set(event.source) & set(event.target)


# --- the other side of a fight -----------------------------------------------------------------


def test_fought_in_clashes_with_names_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("French riot police fought in running clashes with Algerian protesters in "
                     "Marseille on Sunday.")
    event = _event(record, "ASSAULT", "fought")
    assert "protesters" in _joined(record, event.target)
    assert "events.args.clash-counterpart.v1" in event.rule


def test_died_in_clashes_with_makes_other_side_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Four villagers died in clashes with the Nigerian army near Maiduguri.")
    event = _event(record, "ASSAULT", "died")
    assert "army" in _joined(record, event.source)
    assert "villagers" in _joined(record, event.target)


def test_victim_verbs_are_a_lexicon_list(nlp) -> None:  # type: ignore[no-untyped-def]
    assert {"die", "perish"} <= words("victim_verbs")


def test_fight_with_direct_object_is_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "fought the rebels" has its own object."""
    record = _record("Malian soldiers fought Tuareg rebels near Kidal on Friday.")
    event = _event(record, "ASSAULT", "fought")
    assert "events.args.clash-counterpart.v1" not in event.rule


# --- the party a requested act is done to ------------------------------------------------------


def test_ordered_arrest_of_names_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghana's government has ordered the arrest of opposition figure "
                     "Kwesi Mensah.")
    # wave 48 (ev48e): an order of an arrest with no addressee is coded as the arrest itself
    event = _event(record, "COERCE", "ordered")
    assert "Mensah" in _joined(record, event.target)
    assert "events.args.requested-act-of.v1" in event.rule
    assert "events.sense.ordered-arrest.v1" in event.rule


def test_ordered_withdrawal_of_troops_has_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: a withdrawal is no act done to the "of" party."""
    events = [e for e in _events("The president ordered the withdrawal of troops from the "
                                 "border.") if e.trigger.text == "ordered"]
    assert all("events.args.requested-act-of.v1" not in e.rule for e in events)


# --- chores --------------------------------------------------------------------------------------


def test_against_on_prepositions_are_a_lexicon_list(nlp) -> None:  # type: ignore[no-untyped-def]
    assert words("against_on_preps") == frozenset({"against", "on"})


def test_crackdown_on_unnamed_party_still_found(nlp) -> None:  # type: ignore[no-untyped-def]
    """The "against-on" list moved to the lexicon; the unnamed party it finds stays."""
    record = _record("Police in Harare cracked down on protesters on Friday.")
    event = next(e for e in record.events if e.trigger.text == "cracked")
    assert "protesters" in _joined(record, event.target)
