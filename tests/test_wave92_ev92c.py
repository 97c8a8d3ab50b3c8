"""Wave 92, ev92c: a group that stands against a person, when it acts, is the doer, not the person.

events.args.rival-source.v1: "the senator's rivals walked out", "critics of the governor
accused ...", "her opponents marched": the source is the group (with the person's country), not
the person its possessive or "of" phrase names. Near misses: the person acts against the group
("condemned his critics"), a group that is only the act's object, and a camp that speaks for its
head (still the head). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.rival-source.v1"


@pytest.mark.parametrize(("text", "trigger", "group"), [
    ("Kenyan President Uhuru Kenyatta's rivals rejected the tally on Monday.",
     "rejected", "rivals"),
    ("Critics of Kenyan President Uhuru Kenyatta accused the police of brutality.",
     "accused", "Critics"),
    ("Kenyan President Uhuru Kenyatta's opponents marched through Nairobi on Sunday.",
     "marched", "opponents"),
])
def test_rivals_are_the_source(text: str, trigger: str, group: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    names = names_of(record, event.source)
    assert len(names) == 1 and group in names[0]


@pytest.mark.parametrize(("text", "trigger"), [
    # the person acts against the group
    ("Kenyan President Uhuru Kenyatta condemned his critics on Sunday.", "condemned"),
    # the rivals are only told to act: the leader is the doer
    ("Kenyan President Uhuru Kenyatta urged his rivals to accept the tally.", "urged"),
    # a camp speaks for its head, as the coders read it
    ("Kenyan President Uhuru Kenyatta's camp denounced the ruling on Sunday.", "denounced"),
])
def test_leader_stays_the_source(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert any("Kenyatta" in n for n in names_of(record, event.source))
