"""Wave 84, ev84d: the party congratulated or appealed to, named by a description.

events.args.greeted-party.v1: the object of "congratulate" ("thank", "commend") or of the "to"
phrase of "appeal", with no actor in it, is the target when its noun names a person by his place
in a contest or an office ("her predecessor", "the victor") or a counted set of states ("both
nations", "the four countries"); a possessive pronoun gives the source's country. Near misses:
a thing congratulated on ("the team on its victory" has no party noun), an uncounted plural
("countries"), and an appeal for something ("appealed for calm"). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.greeted-party.v1"


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("The Chilean foreign minister congratulated her predecessor on Monday.",
     "congratulated", "predecessor"),
    ("The Foreign Ministry in Ankara rushed to congratulate the victor late on Monday.",
     "congratulate", "victor"),
    ("German Chancellor Karl Weber congratulated both nations after the border deal.",
     "congratulated", "nations"),
    ("The Japanese foreign minister appealed to both countries to resume talks.",
     "appealed", "countries"),
])
def test_described_party_is_target(text: str, trigger: str, party: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert any(party in name for name in names_of(record, event.target))


def test_possessed_rival_takes_source_country() -> None:
    record = record_of("Kenyan opposition leader Paul Otieno congratulated his rival on Friday.")
    event = trigger_event(record, "congratulated")
    assert RULE in event.rule
    assert countries_of(record, event.target) == {"KEN"}


@pytest.mark.parametrize(("text", "trigger"), [
    # no party noun: a team is congratulated on a thing, nothing this rule reads
    ("The Brazilian president congratulated the team on its victory.", "congratulated"),
    # an uncounted plural of states: which ones the sentence does not say
    ("The Brazilian president congratulated countries that cut emissions.", "congratulated"),
    # an appeal for something, no party appealed to
    ("The Brazilian president appealed for calm after the vote.", "appealed"),
])
def test_near_misses_keep_no_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
