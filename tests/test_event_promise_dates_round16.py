"""Issue 11, round 16 (integration): a promise or a threat is dated when it is made, and a
feared act or the condition of another clause is neither.

ev16c codes a future RETREAT as the CONCEDE of promising it and a conditional hostile act as
THREATEN; the date rules that read the promised act's own futurity left those events undated
(events.date.future-clause.v1), though the promise itself is reported as this news. The
sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import dated_record, event_at

PUBLISHED = "2023-06-15"


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The government of Bolivia will lift the curfew in La Paz on Friday.", "lift",
         "CONCEDE"),
        ("The army of Ghana will withdraw its troops from the border region.", "withdraw",
         "CONCEDE"),
        ("Serbia said it would impose sanctions on Kosovo unless Kosovo frees the prisoners.",
         "impose", "THREATEN"),
    ],
)
def test_a_promise_takes_the_date_it_is_made(text: str, word: str, kind: str) -> None:
    event = event_at(text, word, PUBLISHED)
    assert (event.type, event.date.value, event.date.basis) == (kind, PUBLISHED, "document_date")
    assert "events.date.promise-made.v1" in event.rule


def test_a_promise_reported_on_a_day_takes_that_day() -> None:
    event = event_at("Serbia said on Tuesday that it would lift the curfew in Belgrade.", "lift",
                     PUBLISHED)
    assert (event.type, event.date.value) == ("CONCEDE", "2023-06-13")


def test_a_future_act_that_is_no_promise_stays_undated() -> None:
    event = event_at("The president of Ghana will resign next year, his party said.", "resign",
                     PUBLISHED)
    assert event.modality == "future"
    assert event.date.basis != "document_date"


# --- what is no promise and no threat (integration review of the round-16 output) -------------


def test_a_feared_act_on_a_condition_is_no_threat() -> None:
    event = event_at("The asylum seekers were concerned that the Turkish authorities would "
                     "detain them if they left the camp.", "detain", PUBLISHED)
    assert event.type == "COERCE"
    assert "conditional-threat" not in event.rule


def test_an_act_that_sets_another_clause_time_is_no_promise() -> None:
    text = ("The army of Myanmar said the curfew would remain in place until insurgents stop "
            "attacks on the police.")
    # wave 22: the condition "until insurgents stop attacks" holds no act of its own (only the
    # unkept CAMEO block "cancel" coded it, RETREAT); whatever "stop" codes, it is no promise
    assert [e.type for e in dated_record(text, PUBLISHED).events
            if e.trigger.text == "stop" and e.type == "CONCEDE"] == []
