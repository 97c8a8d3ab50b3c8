"""Wave 79, ev79c: the two sides of a clash and the crowd that police act against.

events.args.merged-sides.v1: "clashes between police and opposition supporters", which the
parse merges into one phrase, gives police as the source and the supporters as the target.
events.args.clause-between.v1: "clashes broke out ... between A and B" (the "between" phrase on
the verb) gives A and B. events.args.crowd-pronoun.v1: "used tear gas to disperse them" takes the
crowd named before in the sentence, never the force's own side. events.args.weapon-clause-party.v1:
"fired tear gas and rubber bullets to disperse X" with the clause on the weapon. Near misses keep
their arguments. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

MERGED = "events.args.merged-sides.v1"
CLAUSE = "events.args.clause-between.v1"
PRONOUN = "events.args.crowd-pronoun.v1"


def _parties(text: str, trigger: str) -> tuple[list[str], list[str], str]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    return names_of(record, event.source), names_of(record, event.target), event.rule


def test_merged_sides_split() -> None:
    source, target, rule = _parties(
        "Late-night clashes between police and opposition supporters left nine people hurt.",
        "clashes")
    assert MERGED in rule
    assert any("police" in s for s in source) and not any("supporters" in s for s in source)
    assert any("opposition supporters" in t for t in target)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Clashes broke out in the capital between riot police and students.", "police", "students"),
    ("Clashes erupted near the stadium between his supporters and his opponents.",
     "supporters", "opponents"),
])
def test_clause_between(text: str, first: str, second: str) -> None:
    source, target, rule = _parties(text, text.split()[0])
    assert CLAUSE in rule
    assert any(first in s for s in source)
    assert any(second in t for t in target)


@pytest.mark.parametrize(("text", "trigger", "crowd"), [
    ("Hundreds of teachers rallied outside the ministry in Kampala, and officers used tear gas "
     "to disperse them.", "used", "teachers"),
    ("Riot police blocked the marchers near the square in Bucharest and used batons against "
     "some of them.", "used", "marchers"),
])
def test_crowd_pronoun(text: str, trigger: str, crowd: str) -> None:
    _, target, rule = _parties(text, trigger)
    assert PRONOUN in rule
    assert any(crowd in t for t in target)
    assert not any("police" in t.lower() or "officers" in t for t in target)


@pytest.mark.parametrize(("text", "trigger"), [
    # no crowd named before "them" in the sentence
    ("Officers said they had used tear gas to disperse them.", "used"),
    # only the force's own side is named before
    ("Soldiers joined the police, and the officers used tear gas to disperse them.", "used"),
])
def test_pronoun_not_taken(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert PRONOUN not in event.rule


@pytest.mark.parametrize("text", [
    # a true pair: the older between rules read it, unchanged
    "Clashes between government supporters and opponents left three people dead.",
    # no "between" phrase at all
    "Clashes broke out in the capital on Friday night.",
])
def test_sides_not_taken(text: str) -> None:
    event = trigger_event(record_of(text), "Clashes")
    assert MERGED not in event.rule and CLAUSE not in event.rule
