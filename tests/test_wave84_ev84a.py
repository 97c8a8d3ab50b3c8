"""Wave 84, ev84a: the load a weapon fires is read through to what is fired.

"fired volleys of tear gas", "fired canisters of tear gas": the quantity word
(clauses.quantity_heads: volley, canister) stands before the weapon, so the act matched no
crowd-control entry (gunfire, or no event at all). Read through it, the act is
assault.fire-teargas.v2 (crowd control), and the crowd its sentence names is its target
(events.args.sentence-crowd.v1). Near misses: volleys of shots stay gunfire, volleys of rockets
are heavy weapons (read through too), and tear gas fired with no crowd named keeps no target.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

TEARGAS = "events.assault.fire-teargas.v2"
CROWD = "events.args.sentence-crowd.v1"


@pytest.mark.parametrize(("text", "crowd"), [
    ("Dozens of youths threw bottles at riot police, who fired volleys of tear gas near the "
     "bridge.", "youths"),
    ("Police fired canisters of tear gas as rioters blocked the ring road.", "rioters"),
])
def test_fired_load_of_tear_gas_is_crowd_control(text: str, crowd: str) -> None:
    record = record_of(text)
    event = trigger_event(record, "fired")
    assert event.type == "ASSAULT"
    assert event.mode == "crowd-control"
    assert TEARGAS in event.rule and CROWD in event.rule
    assert any(crowd in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "mode"), [
    ("Soldiers fired volleys of shots over the heads of the crowd.", "firearms"),
    ("The army fired volleys of rockets at the hills overnight.", "heavy-weapons"),
])
def test_other_loads_keep_their_mode(text: str, mode: str) -> None:
    event = trigger_event(record_of(text), "fired")
    assert event.mode == mode
    assert TEARGAS not in event.rule


def test_no_crowd_named_keeps_no_target() -> None:
    event = trigger_event(record_of("Police fired volleys of tear gas late on Monday."), "fired")
    assert event.mode == "crowd-control"
    assert event.target == []
