"""Wave 88, ev88p: the followers of a person who act are the doer, not the person.

events.args.follower-source.v1: "her allies called a strike", "the claims were dismissed by his
defence", "several of Mr. Ortega's backers had demanded ...": the source is the group, not the
person its possessive or phrase names. Near misses: a group told to act, not acting ("urged his
allies to stay calm"), a camp that speaks for its head, and a person acting alone. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.follower-source.v1"


@pytest.mark.parametrize(("text", "trigger", "group"), [
    ("Mr. Ortega leads the opposition. His allies called a general strike for Friday.",
     "called", "allies"),
    ("Mr. Ortega was charged with fraud, claims his defence has dismissed as invented.",
     "dismissed", "defence"),
    ("Several of Mr. Ortega's backers had demanded that the minister resign at once.",
     "demanded", "backers"),
])
def test_followers_are_the_source(text: str, trigger: str, group: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    names = names_of(record, event.source)
    assert len(names) == 1 and group in names[0]


@pytest.mark.parametrize(("text", "trigger"), [
    # the group is told to act: its leader is the doer
    ("Mr. Ortega urged his allies to stay calm on Sunday.", "urged"),
    # a camp speaks for its head, as the coders read it
    ("Mr. Ortega's camp denounced the ruling on Sunday.", "denounced"),
    # the person acts alone
    ("Mr. Ortega demanded that the minister resign at once.", "demanded"),
])
def test_leader_stays_the_source(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert any("Ortega" in n for n in names_of(record, event.source))
