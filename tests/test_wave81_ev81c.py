"""Wave 81, ev81c: acts of an "hours after" clause the parse hangs low, or lying below it.

events.date.gap-hours-lifted.v1: "ordered on Tuesday that X hand over ..., hours after the court
voted to reject ...", the clause read as the content of the dated act, and "recaptured the town
on Tuesday, hours after parliament voted to condemn ...", the act below the clause's verb: the act
takes the dated act's day. Near misses: a gap of days, a head with no day of its own, a head in
the future, and a clause hung straight on the dated verb (gap-hours-same-day.v1 reads it).
Sentences written for these tests (document date 2023-06-15, a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger

RULE = "events.date.gap-hours-lifted.v1"
SAME_DAY_RULE = "events.date.gap-hours-same-day.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    # the clause parsed as the content of the dated order
    ("Judge Maria Lopes ordered on Tuesday that the senator hand over his passport, hours after "
     "the constitutional court voted to reject his plea.", "reject"),
    # the act below the clause's verb, the clause on a dated head
    ("The army recaptured the town on Tuesday, hours after the parliament voted to condemn the "
     "rebels.", "condemn"),
    ("A judge ruled on Tuesday that the former minister must go to prison, hours after the "
     "constitutional court voted to reject his plea.", "reject"),
])
def test_act_takes_the_dated_head_day(text: str, trigger: str) -> None:
    value, basis, rule = dates_by_trigger(text)[trigger]
    assert (value, basis) == ("2023-06-13", "narrative")
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a gap of days: counted back by the rules of days
    ("The army recaptured the town on Tuesday, two days after the parliament voted to condemn "
     "the rebels.", "condemn"),
    # no day given to the head
    ("The judge ordered that the senator report to the police, hours after the high court voted "
     "to reject his appeal.", "reject"),
    # a head in the future
    ("The army will recapture the town, hours after the parliament voted to condemn the rebels.",
     "condemn"),
])
def test_near_misses_keep_no_lifted_rule(text: str, trigger: str) -> None:
    _value, _basis, rule = dates_by_trigger(text)[trigger]
    assert RULE not in rule


def test_clause_on_the_dated_verb_keeps_its_rule() -> None:
    value, _basis, rule = dates_by_trigger(
        "Parliament elected a new speaker on Tuesday, hours after the premier resigned."
    )["resigned"]
    assert value == "2023-06-13"
    assert SAME_DAY_RULE in rule and RULE not in rule
