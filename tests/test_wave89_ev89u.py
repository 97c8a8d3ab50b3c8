"""Wave 89, ev89u: an act of an "after" clause is not dated later than the act it led to.

events.date.after-clause-before-head.v1: an act told in an "after" clause came before the act
the clause hangs on; when it would get a day (the document date, or a day carried over) later
than the day the text gives that head act, it is left undated. Near misses: a head act of the
document date itself, a clause another rule dates first, an "after" clause with its own day, and
an act in no "after" clause.
Sentences written for these tests (documents dated Thursday 2023-06-15).
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.after-clause-before-head.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The envoy left the capital on Tuesday, soon after the rebels voted to reject the "
     "proposal.", "reject"),
])
def test_after_clause_of_an_earlier_head_is_undated(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE in event.rule
    assert event.date.basis == "unknown"
    assert event.date.value is None


@pytest.mark.parametrize(("text", "trigger"), [
    # the head act is of the document date: the clause may be of that day too
    ("The governor announced a curfew on Thursday after armed men attacked a police "
     "station in the north.", "attacked"),
    # a rule that dates the clause by its head act runs first
    ("The governor announced a curfew on Tuesday, shortly after armed men attacked a police "
     "station in the north.", "attacked"),
    # an act in no "after" clause keeps the date it had
    ("Armed men attacked a police station in the north, and the governor announced a "
     "curfew.", "attacked"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value is not None


def test_clause_with_its_own_day_keeps_it() -> None:
    record = record_of("The governor announced a curfew on Tuesday after armed men attacked "
                       "a police station on Sunday.")
    event = trigger_event(record, "attacked")
    assert RULE not in event.rule
    assert event.date.value == "2023-06-11"
