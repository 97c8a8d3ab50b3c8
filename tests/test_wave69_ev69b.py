"""Wave 69, ev69b: "charge" and "call" read in another sense (round 42 judges).

- events.sense.charge-crowd.v1, charge-at-crowd.v1, charge-with-weapons.v1, baton-charge.v1: a
  police or troop charge on a crowd ("riot police charged the crowd", "charged into the
  marchers", "charged the protesters with batons") is force used on it (ASSAULT, crowd
  control), not a legal charge.
- events.sense.call-naming-relative.v1 and call-home.v1: "the land they still call X",
  "families call it home" give a name, no phone call: no event.
- events.sense.call-to-act.v1: "called to all citizens to stay indoors" is a REQUEST.
- Near misses: a charge with an offence ("charged the protesters with rioting"), a prosecutor's
  charge, and a real phone call ("called the Ugandan leader") keep what they had.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger as _events
from tests.event_records import record_dict


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


def _kinds(rec: dict[str, Any], trigger: str) -> list[tuple[str, str]]:
    return [(e["type"], e["rule"].split("+")[0]) for e in _events(rec, trigger)]


@pytest.mark.parametrize(("text", "rule"), [
    ("Zambian riot police charged the crowd outside parliament on Monday.",
     "events.sense.charge-crowd.v1"),
    ("Zambian gendarmes charged at the demonstrators in Lusaka.",
     "events.sense.charge-crowd.v1"),
    ("Zambian police charged the students with batons on Tuesday.",
     "events.sense.charge-with-weapons.v1"),
])
def test_police_charge_is_force(record: Any, text: str, rule: str) -> None:
    assert _kinds(record(text), "charged") == [("ASSAULT", rule)]


def test_charge_at_crowd_is_no_accusation(record: Any) -> None:
    # events.sense.charge-at-crowd.v1: no legal charge (the ASSAULT has no source here)
    rec = record("Ruling party militants charged at the marchers in Lusaka on Friday.")
    assert [t for t, _ in _kinds(rec, "charged")] in ([], ["ASSAULT"])


@pytest.mark.parametrize("text", [
    "Zambian police charged 20 protesters with unlawful assembly on Monday.",
    "Zambian prosecutors charged the opposition leader with treason on Friday.",
])
def test_legal_charge_stays_accuse(record: Any, text: str) -> None:
    kinds = _kinds(record(text), "charged")
    assert kinds and all(t == "ACCUSE" for t, _ in kinds)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Uganda wants back the hills they still call Kigezi.", "call"),
    ("Thousands of Kenyan families call the valley home.", "call"),
])
def test_naming_call_is_no_event(record: Any, text: str, trigger: str) -> None:
    assert _events(record(text), trigger) == []


def test_call_to_act_is_request(record: Any) -> None:
    rec = record("The Saudi embassy called to all Kenyan citizens to be calm.")
    assert _kinds(rec, "called") == [("REQUEST", "events.sense.call-to-act.v1")]


def test_phone_call_stays_consult(record: Any) -> None:
    rec = record("The Kenyan president called the Ugandan leader on Monday.")
    assert _kinds(rec, "called") == [("CONSULT", "events.consult.call.v1")]
