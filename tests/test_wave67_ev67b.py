"""Wave 67, ev67b: a state's envoy to an international body speaks for the state.

- actors.person.state-envoy.v1: a person whose title names a state first (possessive, demonym
  or name) and then an international body ("Britain's UN envoy, Nick Bryer,", "the French
  NATO ambassador") takes the state's country, not the body's.
- Near misses: the body's own envoy ("the UN's Syria envoy", "UN envoy Geir Pedersen") keeps
  the body's code; a plain state envoy stays the state's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import actor_named as actor
from tests.event_records import record_dict

RULE = "actors.person.state-envoy.v1"


@pytest.fixture(scope="module")
def record() -> Any:
    return record_dict  # one cached record per text (tests/event_records.py)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Britain's UN envoy, Nick Bryer, met senior Honduran officials on Monday.",
     "Nick Bryer", "GBR"),
    ("Paul Tembo, Zambia's UN envoy, criticized the council on Tuesday.", "Paul Tembo", "ZMB"),
    ("The French NATO ambassador, Jean Dupont, criticized Russia on Monday.",
     "Jean Dupont", "FRA"),
])
def test_state_envoy_takes_state(record: Any, text: str, name: str, country: str) -> None:
    person = actor(record(text), name)
    assert person["country"] == country
    assert RULE in person["rule"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The UN's Syria envoy, Geir Pedersen, met Syrian officials on Monday.",
     "Geir Pedersen", "UNO"),
    ("UN envoy Geir Pedersen met Syrian officials on Monday.", "Geir Pedersen", "UNO"),
])
def test_body_envoy_keeps_body(record: Any, text: str, name: str, country: str) -> None:
    person = actor(record(text), name)
    assert person["country"] == country
    assert RULE not in person["rule"]
