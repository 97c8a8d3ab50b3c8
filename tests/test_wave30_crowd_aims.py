"""Wave 30 (pairs27: both judges called a crowd protest's country target wrong when the protest
is aimed at something other than the state: six items).

- ``events.args.crowd-state-target.v1``: a crowd protest that names no party it is aimed at
  addresses the state of its country (the rule that did this had no name before).
- ``events.args.crowd-other-aim.v1``: a crowd protest whose own phrase aims it at violence, a
  death, a company, or holds it in support of someone, has no target rather than that state;
  a state body or a state act in the aim keeps the state.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on

STATE = "events.args.crowd-state-target.v1"
OTHER = "events.args.crowd-other-aim.v1"


def test_a_protest_against_violence_has_no_state_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Hundreds of residents rallied in Lyon on Sunday against the gang violence.")
    event = _on(record, "rallied")
    assert event.target == []
    assert OTHER in event.rule


def test_the_capital_as_place_is_not_the_target_of_such_a_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("About 3,000 people marched in Lima on Friday to protest the killings.")
    event = _on(record, "marched")
    assert event.target == []
    assert OTHER in event.rule


def test_a_rally_in_support_of_others_is_not_aimed_at_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of farmers took part in a rally in Nairobi in support of the "
                     "striking nurses.")
    event = _on(record, "took")
    assert event.target == []
    assert OTHER in event.rule


def test_a_state_act_in_the_aim_keeps_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of students rallied in Nairobi against the killing of a student "
                     "by police.")
    event = _on(record, "rallied")
    assert "KEN" in countries_of(record, event.target)
    assert OTHER not in event.rule


def test_a_protest_naming_no_aim_names_the_state_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Thousands of workers went on strike in Nairobi on Monday.")
    event = _on(record, "strike")
    assert countries_of(record, event.target) == {"KEN"}
    assert STATE in event.rule
