"""Issue 11, round 10 (ev10c): modality, dates and recall, from the round-7 judges' patterns.

Modality: a negative quantifier subject or object negates ("no shots were fired"); a purpose
clause takes the modality of the clause it serves ("no officers will be sent to assist"); a
present-tense "until"/"before" clause has not happened yet; an act a hedge verb weighs is
hypothetical ("would consider mediating"). Dates: a participle under "with" takes its clause's
weekday; a simple past right after a pluperfect sentence is backstory, not the document date.
Recall: a nominal event that "will take effect" or "is expected to begin" is a future event;
"erupted in protests" and "made overtures" are events. Controls guard what must not change.
The sentences are our own wording."""

from __future__ import annotations

from tests.event_records import event_of as _event
from tests.event_records import record_of as _record

# --- modality -----------------------------------------------------------------------------------


def test_no_subject_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army said no rockets were fired at the villages near the border.")
    assert _event(record, "ASSAULT", "fired").modality == "negated"


def test_none_of_subject_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("None of the soldiers were killed in the ambush by the rebels.")
    assert _event(record, "ASSAULT", "killed").modality == "negated"


def test_no_object_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Pakistani troops fired no shells at Indian positions on Tuesday.")
    assert _event(record, "ASSAULT", "fired").modality == "negated"


def test_no_fewer_than_stays_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "no" modifying "fewer" is a number, not a negation."""
    record = _record("No fewer than ten soldiers were killed by the rebels on Monday.")
    assert _event(record, "ASSAULT", "killed").modality == "asserted"


def test_purpose_clause_takes_negated_future(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("No Brazilian officers will be sent to assist the Bolivian police.")
    assert _event(record, "AID", "assist").modality == "negated"


def test_purpose_clause_of_future_is_future(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Japan will send engineers to assist the Philippine government.")
    assert _event(record, "AID", "assist").modality == "future"


def test_purpose_clause_of_past_stays_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: a purpose clause of a past act keeps its own reading. (Help given as the
    purpose of a deployment is no event of its own: ``sense`` rules, round 10.)"""
    record = _record("Egypt sent envoys to negotiate with Hamas.")
    assert _event(record, "CONSULT", "negotiate").modality == "asserted"


def test_until_present_clause_is_future(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Nurses will stay off work until the health ministry negotiates a new "
                     "contract with the Kenyan union.")
    event = _event(record, "CONSULT", "negotiates")
    assert event.modality == "future"
    assert event.date.basis == "unknown"


def test_weighed_gerund_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Norway said it would consider mediating between Colombia and Venezuela.")
    event = _event(record, "CONSULT", "mediating")
    assert event.modality == "hypothetical"
    assert event.date.basis == "unknown"


def test_weighing_a_gerund_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Canada is weighing imposing sanctions on Venezuela.")
    assert _event(record, "SANCTION", "imposing").modality == "hypothetical"


# --- dates --------------------------------------------------------------------------------------


def test_with_participle_takes_clause_weekday(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Students in Caracas on Monday marched on the parliament, with the "
                     "government dismissing their demands.")
    event = _event(record, "REJECT", "dismissing")
    assert (event.date.value, event.date.basis) == ("2023-06-12", "explicit")


def test_simple_past_after_pluperfect_is_backstory(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The general had previously commanded the Syrian air force for ten years. "
                     "The opposition accused him of war crimes in a lawsuit.")
    event = _event(record, "ACCUSE", "accused")
    assert event.date.basis == "unknown"
    assert "events.date.flashback.v1" in event.rule


def test_news_after_plain_past_keeps_document_date(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: a simple past after a simple past sentence is the news."""
    record = _record("Protesters clashed with police in Caracas. The government arrested dozens "
                     "of activists.")
    assert _event(record, "COERCE", "arrested").date.basis == "document_date"


# --- recall -------------------------------------------------------------------------------------


def test_ceasefire_that_will_take_effect(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A ceasefire between Armenia and Azerbaijan will take effect on Friday.")
    event = _event(record, "RETREAT", "ceasefire")
    assert event.modality == "future"
    assert event.date.value == "2023-06-16"
    assert "events.recall.scheduled-nominal.v1" in event.rule


def test_talks_expected_to_begin(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Talks between Ethiopia and Egypt are expected to begin next month.")
    assert _event(record, "CONSULT", "Talks").modality == "future"


def test_talks_held_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: "talks will be held" is the verb's event, not a second nominal one."""
    record = _record("Talks between Russia and Ukraine will be held in Istanbul next week.")
    assert [e.trigger.text for e in record.events if e.type == "CONSULT"] == ["held"]


def test_plans_for_sanctions_stay_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: a nominal event in a plan is no event."""
    record = _record("The European Union will discuss sanctions against Iran next week.")
    assert not [e for e in record.events if e.trigger.text == "sanctions"]


def test_erupted_in_protests(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Iranians on Monday erupted in protests against the government.")
    event = _event(record, "PROTEST", "erupted")
    assert event.source and event.date.value == "2023-06-12"


def test_made_overtures(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Turkey has made overtures to Armenia.")
    event = _event(record, "CONSULT", "overtures")
    assert event.source and event.target


def test_ending_armed_action_is_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Malian militia said on Monday it was ending its offensive against the "
                     "government.")
    assert _event(record, "RETREAT", "ending").modality == "asserted"


def test_handing_over_weapons_is_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kurdish fighters handed over weapons to the Iraqi army on Tuesday.")
    assert _event(record, "RETREAT", "handed").date.value == "2023-06-13"


def test_agreeing_to_end_an_offensive_stays_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: what is agreed to is in the agreement's frame."""
    record = _record("Israel agreed to end its offensive in Gaza.")
    assert not [e for e in record.events if e.type == "RETREAT"]


def test_negated_condition_is_hypothetical(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Serbia said it would respond if Kosovo does not withdraw its police from "
                     "the northern towns.")
    assert _event(record, "RETREAT", "withdraw").modality == "hypothetical"


def test_lifting_a_prohibition_is_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    # Found by CAMEO 081 as a concession; since wave 60 (events.retreat.done-easing.v1) an
    # easing told as done is RETREAT, as the PLOVER codebook has it (CONCEDE is the promise).
    record = _record("The Fijian government on Thursday lifted a prohibition on opposition "
                     "rallies.")
    assert _event(record, "RETREAT", "lifted").date.value == "2023-06-15"


def test_offensive_asked_to_end_is_going_on(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Chadian opposition on Monday urged the army to end its offensive "
                     "against civilians.")
    event = _event(record, "ASSAULT", "offensive")
    assert "events.recall.ongoing-object.v1" in event.rule


def test_halted_offensive_stays_in_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    """Control: an offensive that was halted is the halting's object, not a new attack."""
    record = _record("Israel halted its offensive in Gaza on Friday.")
    assert not [e for e in record.events if e.trigger.text == "offensive"]
