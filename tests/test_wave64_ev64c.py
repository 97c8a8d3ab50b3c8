"""Wave 64, ev64c: a body named after "at" under a verb of throwing is the one aimed at.

- actors.group.thrown-at.v1 / events.args.thrown-at.v1: "youths hurled bottles at police": an
  unnamed description after "at" was read as a place ("at the hospital") and built no actor,
  so the throwing had no target; after a verb of throwing, or after what it throws, it is the
  party aimed at and the act's target.
- Near misses: a place after "at" ("at the police station"), "at" under a verb that throws
  nothing ("met at police headquarters"), and a group the events stage already reads there
  ("at soldiers"), which keep their old reading.
"""

from __future__ import annotations

from tests.event_records import party_events

RULE = "events.args.thrown-at.v1"


_events = party_events


def _event(text: str, trigger: str) -> tuple[str, str, list[str], list[str], str]:
    return next(e for e in _events(text) if e[1] == trigger)


def test_stones_at_police_is_target() -> None:
    _, _, source, target, rule = _event(
        "Angry youths threw stones at police near the market late on Friday.", "threw")
    assert source and target == ["police"]
    assert RULE in rule


def test_hurled_at_police_is_target() -> None:
    _, _, _, target, rule = _event(
        "Demonstrators hurled stones at police during the night.", "hurled")
    assert target == ["police"]
    assert RULE in rule


def test_place_after_at_is_no_party() -> None:
    _, _, _, target, rule = _event(
        "Demonstrators hurled stones at the police station during the night.", "hurled")
    assert target == []
    assert RULE not in rule


def test_other_verb_keeps_locative_reading() -> None:
    for _, _, source, target, rule in _events(
            "The minister met union leaders at police headquarters on Friday."):
        assert "police" not in source + target
        assert RULE not in rule


def test_group_word_at_keeps_old_rule() -> None:
    _, _, _, target, rule = _event(
        "Angry youths threw stones at soldiers near the market late on Friday.", "threw")
    assert target == ["soldiers"]
    assert "events.args.at-party.v2" in rule
    assert RULE not in rule
