"""Helpers the event and actor test files share: one article's record on a fixed date, its
event, and the actor a mention belongs to."""

from __future__ import annotations

from functools import cache
from typing import Any

from dateline.record import Actor, Event, Record

DATE = "2023-06-15"  # a Thursday


def record_of(text: str) -> Record:
    """The record of ``text`` with every event the rules found (``min_confidence=0``): these
    tests pin the rules; the default threshold is tested in test_confidence."""
    from dateline import extract

    record = extract(text, date=DATE, min_confidence=0)
    assert isinstance(record, Record)
    return record


def event_of(record: Record, type_: str, trigger: str | None = None) -> Event:
    found = [e for e in record.events if e.type == type_
             and (trigger is None or e.trigger.text == trigger)]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def trigger_event(record: Record, word: str) -> Event:
    """The first event of ``record`` whose trigger reads ``word`` (there must be one)."""
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


def dates_by_trigger(text: str) -> dict[str, tuple[str | None, str, str]]:
    """Each event of ``text`` on the fixed date, by trigger: date value, basis and rule."""
    return {e.trigger.text: (e.date.value, e.date.basis, e.rule) for e in record_of(text).events}


def actor_by_mention(text: str, mention: str) -> Actor:
    """The actor of the article ``text`` that has a mention reading ``mention``."""
    record = record_of(text)
    return next(a for a in record.actors if mention in {m.text for m in a.mentions})


def names_of(record: Record, ids: list[str]) -> list[str]:
    """The names of the record's actors ``ids`` (an event's source or target), in order."""
    return [a.name for i in ids if (a := record.actor(i)) is not None]


def countries_of(record: Record, ids: list[str]) -> set[str | None]:
    """The countries of the record's actors ``ids``."""
    return {a.country for i in ids if (a := record.actor(i)) is not None}


def events_in(text: str) -> list[Event]:
    """The events of the article ``text`` on the fixed date."""
    return list(record_of(text).events)


def events_on(text: str, word: str) -> list[Event]:
    """The events of ``text`` whose trigger reads ``word``."""
    return [e for e in events_in(text) if e.trigger.text == word]


def event_on(text: str, word: str) -> Event:
    """The first event of ``text`` whose trigger reads ``word`` (there must be one)."""
    found = events_on(text, word)
    assert found, f"no event on {word!r}"
    return found[0]


def dated_record(text: str, date: str | None = DATE) -> Record:
    """The record of ``text`` with ``date`` as its document date (the date tests' article)."""
    from dateline import extract

    record = extract(text, date=date, min_confidence=0)
    assert isinstance(record, Record)
    return record


def event_at(text: str, word: str, date: str | None = DATE) -> Event:
    """The first event on ``word`` in ``text`` dated ``date`` (there must be one)."""
    found = [e for e in dated_record(text, date).events if e.trigger.text == word]
    assert found, f"no event on {word!r}"
    return found[0]


def date_of(text: str, word: str, date: str | None = DATE) -> tuple[str | None, str]:
    """The (value, basis) of the date of the event on ``word``."""
    event = event_at(text, word, date)
    return event.date.value, event.date.basis


Party = tuple[str, str | None]
Named = tuple[str, str, list[Party], list[Party], str]


def named_events(text: str) -> list[Named]:
    """Each event of ``text`` as (type, trigger text, source and target as (name, country) pairs,
    rule): the shape the wave 43-44 tests compare whole."""
    record = record_of(text)
    actors = {a.id: (a.name, a.country) for a in record.actors}
    return [(e.type, e.trigger.text, [actors[s] for s in e.source],
             [actors[t] for t in e.target], e.rule) for e in record.events]


def named_event(text: str, trigger: str) -> tuple[str, list[Party], list[Party], str]:
    """The one event at ``trigger``: (type, source, target, rule)."""
    [(kind, _, source, target, rule)] = [e for e in named_events(text) if e[1] == trigger]
    return kind, source, target, rule


def event_dicts(text: str) -> list[dict[str, Any]]:
    """Each event of ``text`` as a dict: trigger text, type, rule, mention texts, and source and
    target as actor names (the shape the wave 59-60 tests read)."""
    record = record_of(text).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{"trigger": e["trigger"]["text"], "type": e["type"], "rule": e["rule"],
             "mentions": [m["text"] for m in e["mentions"]],
             "source": [names[i] for i in e["source"]],
             "target": [names[i] for i in e["target"]]} for e in record["events"]]


def targeted_event(text: str, trigger: str) -> tuple[str, list[str], str]:
    """The one event at ``trigger``: (type, target names, rule)."""
    kind, _, target, rule = named_event(text, trigger)
    return kind, [name for name, _ in target], rule


def trigger_types(text: str) -> list[tuple[str, str, str]]:
    """Each event of ``text`` as (trigger text, type, rule): the shape the sense tests of waves
    53-63 compare."""
    return [(e["trigger"], e["type"], e["rule"]) for e in event_dicts(text)]


def explain_outcome(text: str, trigger: str) -> str:
    """What ``dateline explain`` says became of the first candidate at ``trigger``."""
    from dateline.explain import explain

    return next(c.outcome for c in explain(text, date=DATE,
                                           min_confidence=0) if c.trigger == trigger)


def party_events(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    """Each event of ``text`` as (type, trigger text, source names, target names, rule)."""
    return [(e["type"], e["trigger"], e["source"], e["target"], e["rule"])
            for e in event_dicts(text)]


@cache
def record_dict(text: str) -> dict[str, Any]:
    """The record of ``text`` on DATE as a dict, made once per text (tests only read it)."""
    from dateline import extract

    return dict(extract(text, date=DATE, min_confidence=0).to_dict())


def events_with_trigger(record: dict[str, Any], trigger: str) -> list[dict[str, Any]]:
    """The events of a record dict whose trigger reads ``trigger``."""
    return [e for e in record["events"] if e["trigger"]["text"] == trigger]


def event_with_trigger(record: dict[str, Any], trigger: str) -> dict[str, Any]:
    """The first event of a record dict whose trigger reads ``trigger`` (there must be one)."""
    found = events_with_trigger(record, trigger)
    assert found, [e["trigger"]["text"] for e in record["events"]]
    return found[0]


def actor_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The actor of a record dict named ``name``."""
    return next(a for a in record["actors"] if a["name"] == name)
