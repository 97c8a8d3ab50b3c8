"""Wave 83, ev83m: acts a clause negates without "not".

events.modality.neither-nor.v1: "neither" pairing two verbs negates both ("the council neither
approved nor rejected the bid"). events.modality.yet-to.v1: a to-infinitive under "yet" ("has
yet to ratify", "is yet to sign") is an act still not done: negated. Near misses: the same verbs
joined by "and", "yet" as a conjunction, and a plain "has to". Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

NEITHER = "events.modality.neither-nor.v1"
YET_TO = "events.modality.yet-to.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norway said it neither accepts nor endorses the tribunal's verdict.", "accepts"),
    ("The refugee had neither requested nor been granted asylum, officials said.", "granted"),
    ("The refugee had neither requested nor been granted asylum, officials said.", "requested"),
    # the pair after a first clause it is joined to
    ("Oslo said the envoy had been let in and had neither asked for nor been granted asylum.",
     "granted"),
])
def test_neither_nor_negates_both_verbs(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "negated"
    assert NEITHER in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("Portugal has yet to ratify the new trade accord.", "ratify"),
    ("The defence minister is yet to visit Kabul.", "visit"),
    ("Portugal has yet to sign or ratify the accord.", "ratify"),
])
def test_yet_to_negates_the_act(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "negated"
    assert YET_TO in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # joined by "and": both acts happened
    ("Norway said it accepts and endorses the tribunal's verdict.", "accepts"),
    # "yet" as a conjunction, not a frame of the act
    ("The talks stalled, yet the defence minister visited Kabul.", "visited"),
    # joined to a "neither" pair by "and": a clause of its own
    ("The rebels neither asked for talks nor were granted them, and later attacked the town.",
     "attacked"),
    # a plain "has to": an obligation, not an act not yet done
    ("The envoy has to meet the Afghan president.", "meet"),
])
def test_near_misses_stay_as_they_were(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert NEITHER not in event.rule
    assert YET_TO not in event.rule
    assert event.modality != "negated"
