"""Wave 26 (ev26b; round 19 judges: "no event at all" and "the wrong type"). Sense rules that
read a trigger in another sense:

- ``events.sense.anonymity.v2``: "declined comment" is no REJECT (the source would not speak);
- ``events.sense.asked-questions.v1``: asking questions is no REQUEST (it asks for no act);
- ``events.sense.nobody-harmed.v1``: "but no one was killed" is no second, negated ASSAULT;
- ``events.sense.cyber-hit.v1``: "was hit with a cyber attack" is COERCE/cyber, not force;
- ``events.sense.pressed-to-act.v1`` (with ``events.sense.directed-act.v3``): "is being pushed by
  the Congress to step down" is a REQUEST of the Congress, not a RETREAT of the one pushed.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in _record(text).events]


def test_declined_comment_is_no_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REJECT" for t, _ in _triggers(
        "The French Foreign Ministry declined comment on the report."))


def test_refused_comment_is_no_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REJECT" for t, _ in _triggers(
        "Kenya's interior ministry refused comment on Monday."))


def test_declined_invitation_stays_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Malian junta declined the invitation to the summit.")
    assert _on(record, "declined").type == "REJECT"


def test_asking_questions_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REQUEST" for t, _ in _triggers(
        "Opposition lawmakers in Nairobi asked questions about the Chinese loan."))


def test_questions_asked_before_are_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REQUEST" for t, _ in _triggers(
        "Voters are asking the same questions that they asked in 2010."))


def test_asking_for_an_act_stays_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ghanaian government asked the IMF to extend the loan.")
    assert _on(record, "asked").type == "REQUEST"


def test_no_one_killed_is_no_second_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _triggers("Rebels fired mortars at an army base in Goma on Monday, but no one "
                      "was killed.")
    assert ("ASSAULT", "fired") in found
    assert ("ASSAULT", "killed") not in found


def test_nobody_killed_is_no_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _triggers("Gunmen attacked a police post near Kandahar, and nobody was killed.")
    assert ("ASSAULT", "attacked") in found
    assert ("ASSAULT", "killed") not in found


def test_killing_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Soldiers killed two protesters in Lagos on Monday.")
    assert _on(record, "killed").type == "ASSAULT"


def test_hit_with_cyber_attack_is_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Ukrainian defence ministry was hit with a cyber attack last week.")
    event = _on(record, "hit")
    assert (event.type, event.mode) == ("COERCE", "cyber")
    assert "events.sense.cyber-hit.v1" in event.rule


def test_hit_with_rockets_stays_force(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels hit the army base with rockets on Sunday.")
    assert _on(record, "hit").type == "ASSAULT"


def test_pushed_to_step_down_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The Peruvian prime minister is being pushed by the Congress to step down.")
    assert [e.type for e in record.events] == ["REQUEST"]
    event = _on(record, "pushed")
    assert "events.sense.pressed-to-act.v1" in event.rule
    assert event.source and event.target


def test_pressured_to_end_is_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Washington pressured Egypt to end the blockade.")
    assert _on(record, "pressured").type == "REQUEST"


def test_pushed_aside_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REQUEST" for t, _ in _triggers(
        "The president's allies in Brasilia are pushed aside to make way for new ministers."))


def test_called_out_to_fight_keeps_the_fight(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police were called out to a mall in Haifa to fight dozens of youths.")
    assert _on(record, "fight").type == "ASSAULT"
