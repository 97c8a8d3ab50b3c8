"""Wave 98, ev98e: an object pronoun of a subject-controlled infinitive is not that subject.

events.args.infinitive-pronoun-not-doer.v1: "the minister flew in to thank him", "the envoy
called to congratulate her": coreference gave the pronoun to the subject that does the
infinitive, so the act's target (the same party as its source) was dropped. A reflexive would
name the doer, so that resolution is dropped and the pronoun takes the one fitting party of its
sentence or the previous one. Near misses: an infinitive whose doer is the head verb's object
("urged the army to ...") or a party the head verb names through a preposition, and two fitting
parties in the previous sentence (no guess). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.infinitive-pronoun-not-doer.v1"


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("Ranil Perera won the Sri Lankan presidential vote on Saturday. Japanese Prime Minister "
     "Fumio Kishida telephoned to congratulate him.", "congratulate", "Ranil Perera"),
    ("Kenya freed the opposition leader Raila Odinga on Tuesday. Tanzanian President John "
     "Magufuli phoned to welcome him.", "welcome", "Raila Odinga"),
])
def test_pronoun_of_infinitive_is_not_its_doer(text: str, trigger: str, party: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert names_of(record, event.target) == [party]


@pytest.mark.parametrize(("text", "trigger"), [
    # two people who could be "him" in the sentence before: no guess
    ("Ranil Perera beat Sajith Silva in the presidential vote on Saturday. Japanese Prime "
     "Minister Fumio Kishida telephoned to congratulate him.", "congratulate"),
])
def test_no_single_party_keeps_no_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert not event.target


def test_object_controlled_infinitive_is_left_alone() -> None:
    # the head verb has an object: that party does the infinitive, not the subject
    record = record_of("Ranil Perera met Fumio Kishida on Friday and asked him to thank "
                       "them.")
    for event in record.events:
        assert RULE not in event.rule
