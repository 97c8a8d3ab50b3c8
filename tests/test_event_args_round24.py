"""Round 24 (ev24a, judged round 18: a place coded as the target): an act with no object told
with where it happened ("fought in southern Ukraine", "attacked in northern Mali") lands on no
party there, so the country of the scene is no target (``events.args.intransitive-scene.v1``).
Force with an object ("shelled positions in ...") still lands on the holder of what it hit."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record

INTRANSITIVE_SCENE = "events.args.intransitive-scene.v1"


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def test_fighting_in_a_country_has_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels said they would keep fighting in southern Ukraine.")
    event = _on(record, "fighting")
    assert _names(record, event.target) == []
    assert INTRANSITIVE_SCENE in event.rule


def test_attack_in_a_country_has_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Gunmen attacked in northern Mali on Monday.")
    event = _on(record, "attacked")
    assert _names(record, event.target) == []
    assert INTRANSITIVE_SCENE in event.rule


def test_clash_across_a_country_has_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Militants clashed across eastern Congo last week.")
    event = _on(record, "clashed")
    assert "Democratic Republic of the Congo" not in _names(record, event.target)
    assert "Congo" not in _names(record, event.target)


def test_named_opponent_is_still_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels fought in Mali against government troops.")
    event = _on(record, "fought")
    assert _names(record, event.target) == ["government troops"]
    assert INTRANSITIVE_SCENE not in event.rule


def test_force_with_an_object_keeps_the_place_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Troops shelled positions in Ukraine on Monday.")
    event = _on(record, "shelled")
    assert _names(record, event.target) == ["Ukraine"]
    assert INTRANSITIVE_SCENE not in event.rule
