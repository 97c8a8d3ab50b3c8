"""Wave 34 (ev34c): merge_repeats folds two events of one type, actors and day only on evidence
of one act (events.repeat.same-day.v2)."""

from __future__ import annotations

from tests.event_records import record_of as _record

SAME_DAY = "events.repeat.same-day.v2"


def _triggers(text: str, type_: str) -> list[str]:
    return [e.trigger.text for e in _record(text).events if e.type == type_]


def test_an_act_in_a_separate_incident_stays_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked a village in Borno on Friday. In a separate incident, gunmen "
            "ambushed a bus near Maiduguri.")
    assert _triggers(text, "ASSAULT") == ["attacked", "ambushed"]


def test_also_makes_a_further_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The two ministers agreed to reopen the border. They also agreed to exchange prisoners."
    assert len([e for e in _record(text).events if e.trigger.text == "agreed"]) == 2


def test_a_toll_participle_makes_no_second_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # Wave 40 (events.sense.toll-participle.v1): the participle is dropped as a candidate, where
    # it used to be folded here (and was not where dates or actors differed: round 24's
    # duplicates), so the attack keeps its own mention only and takes the toll as its target.
    events = _record("Troops shelled the village, killing four civilians.").events
    assert [e.trigger.text for e in events] == ["shelled"]
    assert "events.args.toll-victims.v1" in events[0].rule
    assert [m.text for m in events[0].mentions] == ["shelled"]


def test_the_fold_keeps_the_explicit_date_of_the_later_telling(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _record("Militia fighters kept fighting near the dam, fighting along the highway "
                     "over the weekend.").events
    assert len(events) == 1
    assert events[0].date.basis == "explicit"
    assert SAME_DAY in events[0].rule
