"""Issue 11, round 12: the counterpart named in the clause (ev12a, judged round 9).

An event matched by an imported CAMEO pattern names its counterpart with the prepositions of its
type ("settled the row with ..."); a target preposition the parser took for a subordinator
("pleaded before the Senate to be granted ...") still names the one pleaded before; a purpose
clause says whom aid is for; a reaction at another party's act targets that party, not the
act's object; a passive killing in a clash was done by the clash's other side; an "in which"
clause on a nominal attack names its victims; a topic ("talk about ...") names no party.
The sentences are our own; controls guard what must not change."""

from __future__ import annotations

from tests.event_records import countries_of as _countries
from tests.event_records import event_of as _event
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

# --- imported patterns: the type's prepositions ---------------------------------------------


def test_settled_dispute_with_company_is_target(nlp) -> None:  # type: ignore[no-untyped-def]
    # wave 22: two companies' patent dispute holds no political act (the gate drops it since the
    # unkept CAMEO block "compromise" no longer codes "settle"); two states' dispute, by
    # agree.settle-dispute.v1, names its "with" party as target
    record = _record("Ghana said on Monday it had settled its bitter fishing dispute with Togo.")
    event = _event(record, "AGREE", "settled")
    assert "Togo" in " ".join(_names(record, event.target))


def test_resolved_row_with_country_is_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghana settled its long border dispute with Togo last year.")
    event = _event(record, "AGREE", "settled")
    assert "TGO" in _countries(record, event.target)


def test_imported_pattern_keeps_scene_out(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghana settled its long border dispute in Lome last year.")
    events = [e for e in record.events if e.trigger.text == "settled"]
    assert all("TGO" not in _countries(record, e.target) for e in events)


# --- a target preposition read as a subordinator ---------------------------------------------


def test_pleaded_before_body_to_be_given(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two airlines had pleaded before Congress to be granted $5 billion in "
                     "aid.")
    event = _event(record, "REQUEST", "pleaded")
    assert "USA" in _countries(record, event.target)
    assert "events.args.misparsed-prep.v1" in event.rule


def test_finite_before_clause_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two airlines pleaded for aid before Congress voted on Friday.")
    event = _event(record, "REQUEST", "pleaded")
    assert "events.args.misparsed-prep.v1" not in event.rule


# --- purpose clauses --------------------------------------------------------------------------


def test_arms_sent_to_support_troops(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Iran is sending rockets to support Lebanese government troops.")
    event = _event(record, "AID", "sending")
    assert "LBN" in _countries(record, event.target)
    assert "events.args.purpose-target.v2" in event.rule


# --- reactions to another party's act ---------------------------------------------------------


def test_disappointment_at_possessors_act(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("French officials voiced disappointment at Ford's cancellation of the "
                     "Renault deal.")
    event = _event(record, "ACCUSE")
    assert "Ford" in " ".join(_names(record, event.target))
    assert "Renault" not in " ".join(_names(record, event.target))


# --- the other side of a clash ----------------------------------------------------------------


def test_killed_in_clash_with_group_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Four policemen were killed in a clash with Taliban fighters on Sunday.")
    event = _event(record, "ASSAULT", "killed")
    assert "Taliban" in " ".join(_names(record, event.source))
    assert "events.args.clash-with.v1" in event.rule


def test_killed_in_clash_without_party_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Four policemen were killed in a clash near the border on Sunday.")
    event = _event(record, "ASSAULT", "killed")
    assert not event.source


# --- victims of an "in which" clause ----------------------------------------------------------


def test_bombing_in_which_officers_were_wounded(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The bombing, in which three Egyptian police officers were wounded, "
                     "shocked the town on Friday.")
    event = _event(record, "ASSAULT", "bombing")
    assert "EGY" in _countries(record, event.target)


# --- a topic is no party ----------------------------------------------------------------------


def test_talk_about_topic_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The two presidents would talk about several issues including Chile's "
                     "mineral wealth.")
    events = [e for e in record.events if e.type == "CONSULT"]
    assert all("CHL" not in _countries(record, e.target) for e in events)


def test_talk_with_partner_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Peruvian president will talk with Chile about several issues.")
    event = _event(record, "CONSULT")
    assert "CHL" in _countries(record, event.target)

