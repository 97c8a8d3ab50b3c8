"""Wave 74, ev74d: a person the story named and then calls by age alone ("The 69-year-old was
executed") is that person (actors.description.aged-person.v1, named in the event's rules as
events.args.aged-person.v1).

- Positive: the age phrase as passive subject, object or subject, with one named person in its
  sentence or the sentence before (across a paragraph break too).
- Near misses keep what they had: two named persons before it (unsure which), an age before a
  noun ("the 52-year-old envoy", read as a description of its own), a person named three
  sentences back, an age phrase that is no party ("a 40-year-old shopkeeper said").
"""

from __future__ import annotations

import pytest

from tests.event_records import named_event, record_of

RULE = "events.args.aged-person.v1"


@pytest.mark.parametrize(("text", "trigger", "slot", "party"), [
    ("Former army chief Omar Kassem was sentenced last month for the massacre.\n\n"
     "The 71-year-old was executed at a prison outside the capital on Friday.",
     "executed", "target", "Omar Kassem"),
    ("The rebel commander Ivo Petrak surrendered to police on Monday, and soldiers later "
     "detained the 58-year-old at a border post.", "detained", "target", "Ivo Petrak"),
    ("Opposition leader Maria Duval returned home from exile on Sunday. The 64-year-old "
     "accused the ruling party of rigging the vote.", "accused", "source", "Maria Duval"),
])
def test_age_phrase_is_the_named_person(text: str, trigger: str, slot: str, party: str) -> None:
    _, source, target, rule = named_event(text, trigger)
    found = source if slot == "source" else target
    assert party in [name for name, _ in found], (source, target)
    assert RULE in rule.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Prime Minister Ali Karimi met President Omar Bashir on Monday. The 60-year-old was "
     "later arrested by soldiers.", "arrested"),
    ("Gunmen overran the compound, and the 52-year-old envoy was killed in the assault.",
     "killed"),
    ("Former minister Pavel Horak was freed in May. Hundreds of people marched in the city. "
     "Police made no comment. The 70-year-old was arrested again on Monday.", "arrested"),
])
def test_near_misses_take_no_aged_person(text: str, trigger: str) -> None:
    _, _, _, rule = named_event(text, trigger)
    assert RULE not in rule.split("+")


def test_age_before_a_noun_is_not_read() -> None:
    record = record_of("President Lena Varga resigned on Sunday. A 40-year-old shopkeeper said "
                       "the protesters would stay.")
    varga = [a for a in record.actors if a.name == "Lena Varga"]
    assert varga and all("year-old" not in m.text for a in varga for m in a.mentions)
