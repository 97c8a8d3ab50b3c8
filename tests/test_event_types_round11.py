"""Issue 11, round 11 (ev11c): one act is one event, background acts keep no document date, a
dated nominal in the subject dates its verb, and three type slips.

The sentences are our own, of the shapes the round-8 judge found (docs/judged/round8/events.md,
patterns 6-8)."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_in as _events


def _names(text: str, ids: list[str]) -> set[str]:
    from dateline import extract

    record = extract(text, date="2023-06-15", min_confidence=0)
    return {a.name for a in record.actors if a.id in ids}


# --- pattern 6: the same act coded twice ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the same thanks, to a part of the same addressees, in one sentence
        ("The Kenyan president thanked Uganda and Tanzania for their help, and he thanked "
         "Tanzania again for sending doctors.", "SUPPORT", 1),
        ("The French minister praised Italy and Spain for the rescue, and she praised Spain "
         "again for its ships.", "SUPPORT", 1),
        # one act, two coordinated verbs
        ("Egyptian police arrested or detained 25 students on Sunday.", "COERCE", 1),
        # a definite nominal that restates the act in the same paragraph
        ("Turkish police detained 40 journalists in Ankara on Monday. The crackdown was "
         "condemned by rights groups.", "COERCE", 1),
        ("Thousands of farmers marched against the Indian government in Delhi on Monday. The "
         "march blocked roads for hours.", "PROTEST", 1),
        ("Thousands of teachers protested against the Chilean government in Santiago on "
         "Friday. The protest ended peacefully in the evening.", "PROTEST", 1),
    ],
)
def test_one_act_is_one_event(text: str, kind: str, count: int) -> None:
    assert [e.type for e in _events(text)].count(kind) == count


def test_restated_raids_are_the_raid() -> None:
    text = ("Soldiers raided the offices of an opposition newspaper in Harare on Tuesday. The "
            "raids lasted several hours, witnesses said.")
    assert [e.trigger.text for e in _events(text)] == ["raided"]


def test_folded_event_keeps_both_tellings_and_names_the_rule() -> None:
    text = ("Turkish police detained 40 journalists in Ankara on Monday. The crackdown was "
            "condemned by rights groups.")
    event = _of(text, "detained")
    assert len(event.mentions) == 2
    assert "events.repeat.anaphoric-noun.v1" in event.rule


def test_restatement_gives_the_act_its_narrative_date() -> None:
    text = ("Thousands of nurses protested against the Kenyan government in Nairobi. The protest "
            "on Tuesday ended peacefully.")
    events = _events(text)
    assert [e.trigger.text for e in events] == ["protested"]
    assert events[0].date.value == "2023-06-13"


def test_coordinated_verbs_share_target_and_date() -> None:
    event = _of("Egyptian police arrested or detained 25 students on Sunday.", "arrested")
    assert event.target
    assert event.date.value == "2023-06-11"
    assert "events.repeat.coordinated.v3" in event.rule


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # different targets are different acts
        ("The Kenyan president thanked Uganda for its help and thanked Tanzania for its "
         "doctors.", "SUPPORT", 2),
        # a second, fresh or another act is a new one
        ("Russian jets bombed Aleppo on Monday. Another attack hit Idlib on Wednesday.",
         "ASSAULT", 2),
        # a restatement as its clause's subject in the next paragraph is the act told before
        # (events.repeat.anaphoric-subject.v1, wave 60; round 11 left it alone)
        ("Turkish police detained 40 journalists in Ankara on Monday.\n\nThe crackdown was "
         "condemned by rights groups.", "COERCE", 1),
    ],
)
def test_different_acts_stay_apart(text: str, kind: str, count: int) -> None:
    assert [e.type for e in _events(text)].count(kind) == count


# --- pattern 7: dates of background clauses -------------------------------------------------------


def test_since_clause_act_has_no_document_date() -> None:
    event = _of("The tournament has been suspended since Qatar refused to send its team.",
                "refused")
    assert event.date.basis == "unknown"
    assert "events.date.since-clause.v1" in event.rule


def test_since_clause_under_pluperfect_has_no_date() -> None:
    event = _of("The summit had been forced to move to Geneva since Iran rejected the venue.",
                "rejected")
    assert event.date.basis == "unknown"


def test_dated_since_clause_keeps_its_own_date() -> None:
    event = _of("The border has been closed since Armenia rejected the proposal on Monday.",
                "rejected")
    assert event.date.value == "2023-06-12"


def test_causal_because_clause_keeps_the_document_date() -> None:  # control
    event = _of("The talks collapsed because Iran rejected the proposal.", "rejected")
    assert event.date.basis == "document_date"


def test_possessive_weekday_in_subject_dates_the_verb() -> None:
    event = _of("Protesters at Tuesday's march clashed with police outside the parliament.",
                "clashed")
    assert event.date.value == "2023-06-13"
    assert "events.date.subject-phrase.v1" in event.rule


def test_possessive_weekday_dates_the_nominal() -> None:  # control, held on main
    event = _of("Tuesday's rally against the Serbian government started at noon.", "rally")
    assert event.date.value == "2023-06-13"


def test_time_of_a_relative_clause_in_the_subject_is_not_the_verbs() -> None:
    event = _of("Soldiers who arrived on Monday clashed with protesters.", "clashed")
    assert event.date.value != "2023-06-12"


def test_as_clause_time_dates_the_main_act() -> None:
    event = _of("Gunmen in Mali killed four villagers as they slept in their homes on Tuesday.",
                "killed")
    assert event.date.value == "2023-06-13"
    assert "events.date.as-clause.v2" in event.rule


def test_time_of_a_contrasting_while_clause_is_not_the_acts() -> None:
    event = _of("The Kenyan police are probing two attacks, while last month another convoy "
                "was ambushed near the border.", "probing")
    assert event.date.basis != "explicit"


def test_future_time_in_an_as_clause_is_not_the_acts() -> None:  # control
    event = _of("Rebels attacked the convoy as officials prepared for talks that will open on "
                "Friday.", "attacked")
    assert event.date.basis == "document_date"


# --- pattern 8: type slips ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # powers granted are no aid, and what they allow has not happened
        ("The Peruvian congress gave the army the authority to patrol the cities.", "AID"),
        ("The Peruvian congress gave the army the authority to patrol the cities.", "MOBILIZE"),
        ("The Nigerian senate granted the police the power to detain suspects for a week.",
         "AID"),
        ("The Nigerian senate granted the police the power to detain suspects for a week.",
         "COERCE"),
        # the call (the noun) for protests is the appeal, not a protest
        ("The Venezuelan opposition repeated its call for protests against the government.",
         "PROTEST"),
        ("Union leaders in Peru renewed the calls for a general strike.", "PROTEST"),
        # naming an actor with a label is no phone call
        ("The Syrian foreign ministry calls the committee terrorist in a statement.",
         "CONSULT"),
    ],
)
def test_type_slip_gone(text: str, absent: str) -> None:
    assert absent not in [e.type for e in _events(text)]


def test_labelled_object_is_an_accusation() -> None:
    event = _of("The Syrian foreign ministry calls the committee terrorist in a statement.",
                "calls")
    assert event.type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # controls: aid given, a strike called, a phone call, an invasion
        ("Japan gave Ukraine $500 million in aid on Monday.", "AID"),
        ("The teachers' union called for a general strike on Monday.", "PROTEST"),
        ("The Russian president called the Turkish president on Tuesday.", "CONSULT"),
        ("Russian troops invaded Georgia in August 2008.", "ASSAULT"),
    ],
)
def test_controls_keep_their_type(text: str, kind: str) -> None:
    assert kind in [e.type for e in _events(text)]


# --- pattern 4: recall (story types missed most: CONCEDE, RETREAT, COOPERATE, AID) ---------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # demands complied with are acceded to
        ("Serbia complied with the Albanian demands on Tuesday.", "CONCEDE"),
        # restrictions scrapped or repealed are eased; a curfew or a lockdown scrapped too
        # Done easings are RETREAT since wave 60 (events.retreat.done-easing.v1); CONCEDE promises.
        ("The Thai junta scrapped the restrictions on foreign reporters on Friday.", "RETREAT"),
        ("The Bolivian congress repealed the ban on opposition parties.", "RETREAT"),
        ("The governor of Lagos scrapped the curfew on Sunday.", "RETREAT"),
        ("The Ethiopian government rescinded the lockdown on Sunday.", "RETREAT"),
        # drills held together are military cooperation
        ("Greek and Egyptian warships held joint naval drills off Crete on Friday.", "COOPERATE"),
        # an aid package signed is aid given
        ("Canada signed a $300 million aid package for Haiti on Monday.", "AID"),
    ],
)
def test_recall_pattern_found(text: str, kind: str) -> None:
    assert kind in [e.type for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # controls: a law complied with, a war that ended, drills of one army
        ("The Indonesian company complied with the law.", "CONCEDE"),
        ("Chinese troops held military drills near the Taiwan Strait on Friday.", "COOPERATE"),
        ("The curfew in Lagos ended on Sunday.", "RETREAT"),
    ],
)
def test_recall_control_absent(text: str, absent: str) -> None:
    assert absent not in [e.type for e in _events(text)]
