"""Wave 76, ev76a: the owner of an attacked site hidden in a list or under a "by" phrase.

- events.args.listed-site.v1: the owned site whose owner is the target (facility-owner,
  attacked-owner) is a conjunct of the act's object ("raided the homes of activists and the
  party's offices") or hangs under a nominal act's "by" phrase ("attacks by militants on army
  posts").
Near misses: a plain object keeps its rule alone; a list of unowned sites gives no target.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _event(text: str, trigger: str):  # type: ignore[no-untyped-def]
    record = record_of(text)
    event = next(e for e in record.events if e.trigger.text == trigger)
    names = [a.name for i in event.target if (a := record.actor(i)) is not None]
    return names, event.rule


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Attacks by separatist fighters on army posts killed four soldiers in May.", "Attacks",
     "army"),
    ("Security forces raided the homes of activists and the party's offices on Tuesday.",
     "raided", "party"),
    ("Gunmen on Sunday torched two buses and a police station in the northern town.", "torched",
     "police"),
])
def test_listed_site_owner(text: str, trigger: str, target: str) -> None:
    names, rule = _event(text, trigger)
    assert any(target in n.lower() for n in names), (names, rule)
    assert "events.args.listed-site.v1" in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels attacked an army base near the border on Friday.", "attacked"),
    ("Gunmen stormed a hotel and a market in the capital on Friday.", "stormed"),
    ("Attacks by gunmen on two hotels killed dozens of guests on Friday.", "Attacks"),
])
def test_near_misses(text: str, trigger: str) -> None:
    _names, rule = _event(text, trigger)
    assert "events.args.listed-site.v1" not in rule
