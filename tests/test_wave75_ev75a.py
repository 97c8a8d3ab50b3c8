"""Wave 75, ev75a: demonyms that name a people, not a state (judged rounds 44-45).

- actors.group.placed-people.v1: "Kosovo Albanian mobs", "Bosnian Serb forces": a people word
  after a place's name or demonym is that place's group (was split into two states' groups).
Near misses: "Albanian police", "Serbian troops", "South Korean troops" keep their states.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _source(text: str, trigger: str) -> list[tuple[str, str | None]]:
    record = record_of(text)
    event = next(e for e in record.events if e.trigger.text == trigger)
    return [(a.name, a.country) for i in event.source if (a := record.actor(i)) is not None]


def _rule(text: str, name: str) -> str:
    return next(a.rule for a in record_of(text).actors if a.name == name)


@pytest.mark.parametrize(("text", "trigger", "expected", "rule"), [
    ("Kosovo Serb protesters attacked a police station in the north on Friday.", "attacked",
     [("Kosovo Serb protesters", "XKX")], "actors.group.placed-people.v1"),
    ("Bosnian Croat soldiers shelled a village on Sunday.", "shelled",
     [("Bosnian Croat soldiers", "BIH")], "actors.group.placed-people.v1"),
])
def test_people_not_state(text: str, trigger: str, expected: list[tuple[str, str | None]],
                          rule: str) -> None:
    assert _source(text, trigger) == expected
    assert rule in _rule(text, expected[0][0])


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Albanian police detained three smugglers on Friday.", "detained",
     ("Albanian police", "ALB")),
    ("Serbian troops attacked the town on Friday.", "attacked", ("Serbian troops", "SRB")),
    ("South Korean troops fired warning shots on Friday.", "fired", ("South Korean troops", "KOR")),
    ("Kosovo police arrested two Serbian officials on Friday.", "arrested",
     ("Kosovo police", "XKX")),
])
def test_state_demonyms_keep_states(text: str, trigger: str,
                                    expected: tuple[str, str]) -> None:
    assert expected in _source(text, trigger)
