"""Wave 71, ev71b: force whose party is named on a conjoined object.

- events.args.conjoined-object-party.v1: "used gas, water cannon and live rounds against
  demonstrators": the "against" phrase hangs on the last conjoined object; its unnamed party
  is the target (it had none).
- Near misses: a single object keeps its reading (no new rule), and a place phrase on a
  conjoined object is no party.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import targeted_event

CONJOINED = "events.args.conjoined-object-party.v1"


@pytest.fixture(scope="module")
def targeted(nlp: Any) -> Any:
    return targeted_event  # the pipeline loads once (conftest), records per text


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("Police have used tear gas, water cannon and live rounds against demonstrators, and more "
     "than 30 people have been hurt.", "used", "demonstrators"),
    ("Guards have used tear gas, water cannon and live rounds against demonstrators, and more "
     "than 12 people have been killed, officials said.", "used", "demonstrators"),
])
def test_conjoined_object_party(targeted: Any, text: str, trigger: str, party: str) -> None:
    kind, target, rule = targeted(text, trigger)
    assert kind == "ASSAULT"
    assert any(party in name for name in target), target
    assert CONJOINED in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Officers used tear gas against demonstrators in the capital.", "used"),
    ("Police fired stun grenades to clear the square.", "fired"),
])
def test_near_misses(targeted: Any, text: str, trigger: str) -> None:
    _, target, rule = targeted(text, trigger)
    assert CONJOINED not in rule
    assert "square" not in " ".join(target)
