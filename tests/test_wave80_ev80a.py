"""Wave 80, ev80a: acts told inside a counted "after" clause share its time.

events.date.gap-after-inner.v1: "came weeks after the guerrillas began withdrawing", "days after
the envoy travelled to the capital to press ...", "..., and weeks after the army released ...":
the gap hangs on the clause's first verb, and the act below it (a complement, a purpose clause,
a reported content) or a second gapped "after" clause joined to it took the document date.
Near misses: a gap in hours, a clause with no gap, an act of the main clause, a future act.
Sentences written for these tests (document date 2023-06-15, a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger

RULE = "events.date.gap-after-inner.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The decision came nearly a week after the guerrillas began withdrawing from the valley.",
     "withdrawing"),
    ("The vote came days after the envoy travelled to Harare to urge the president to step "
     "aside.", "urge"),
    ("It came days after farmers staged a strike, and weeks after the junta released hundreds "
     "of detainees.", "released"),
    ("The treaty was signed on Tuesday, months after the president announced that the troops "
     "were pulling out of the border zone.", "pulling"),
])
def test_inner_act_of_rough_gap_has_no_date(text: str, trigger: str) -> None:
    value, basis, rule = dates_by_trigger(text)[trigger]
    assert (value, basis) == (None, "unknown")
    assert RULE in rule


def test_inner_act_of_whole_day_gap_counts_back() -> None:
    value, basis, rule = dates_by_trigger(
        "The army retook the town on Tuesday, two days after the rebels began shelling its "
        "outskirts.")["shelling"]
    assert (value, basis) == ("2023-06-11", "narrative")
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a gap in hours: the same day as the act it hangs on
    ("The army retook the town on Tuesday, hours after the rebels began shelling its "
     "outskirts.", "shelling"),
    # no gap told
    ("The army retook the town on Tuesday after the rebels began shelling its outskirts.",
     "shelling"),
    # the main clause's own act
    ("The guerrillas began withdrawing from the valley on Tuesday, days after the truce.",
     "withdrawing"),
])
def test_near_misses_keep_no_inner_rule(text: str, trigger: str) -> None:
    _value, _basis, rule = dates_by_trigger(text)[trigger]
    assert RULE not in rule


def test_first_gapped_verb_keeps_its_rule() -> None:
    _value, _basis, rule = dates_by_trigger(
        "The vote came days after the envoy travelled to Harare to urge the president to step "
        "aside.").get("travelled", (None, "", ""))
    assert RULE not in rule
