"""Wave 71, ev71f: acts of lead paragraphs that dateline missed.

- events.frame.finite-conjunct.v1: a past- or present-tense verb the parser joins to a
  to-infinitive ("agreed to close the border and urged ...") is an act of its own, not part of
  what the higher verb agrees to, asks for or threatens.
- events.sanction.cut-supply.v1: "cut off (gas) supplies to X" is a SANCTION.
- Near misses: a to-infinitive joined to a framed one ("agreed to close the border and to
  expel ...") stays in the frame; "cut off supply lines" is no sanction.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_on

FINITE = "events.frame.finite-conjunct.v1"
CUT = "events.sanction.cut-supply.v1"


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Gulf ministers agreed on Tuesday to close the border with Qatar and urged shipping firms "
     "to stop calling at its ports.", "urged", "REQUEST"),
    ("The Brazilian government threatened to expel the envoy and accused Caracas of meddling "
     "in its election.", "accused", "ACCUSE"),
])
def test_finite_conjunct_is_its_own_event(text: str, trigger: str, type_: str) -> None:
    found = events_on(text, trigger)
    assert found, trigger
    assert found[0].type == type_
    assert FINITE in found[0].rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    # a to-infinitive joined to the framed one is still what is agreed
    ("Gulf ministers agreed on Tuesday to close the border with Qatar and to expel its "
     "diplomats.", "expel"),
    # a bare infinitive joined under the threat is still threatened
    ("The Brazilian government threatened to recall its envoy and expel the Venezuelan "
     "diplomats.", "expel"),
])
def test_joined_infinitive_stays_in_the_frame(text: str, trigger: str) -> None:
    assert events_on(text, trigger) == []


@pytest.mark.parametrize("text", [
    "The Algerian state energy firm cut off gas supplies to Morocco on Sunday.",
    "Russia's state gas company cut off supplies to Moldova last week.",
])
def test_cut_supplies_is_a_sanction(text: str) -> None:
    found = events_on(text, "cut")
    assert found
    assert found[0].type == "SANCTION"
    assert CUT in found[0].rule.split("+")


@pytest.mark.parametrize("text", [
    "Rebel fighters cut off the army's supply lines near the river on Sunday.",
])
def test_supply_lines_are_no_sanction(text: str) -> None:
    assert all(CUT not in e.rule for e in events_on(text, "cut"))
