"""Wave 91, ev91b: "all sides", "the parties" take the story's country only in a one-country
story.

events.args.sides-country.v1: a group named only by a word for the sides of a dispute, told to
act ("urged all sides to refrain") or asked ("called on the parties"), takes the article's
country when the story names that country far more often than any other; in a story about two
states' quarrel it takes none (one side's country would be wrong). Near misses: a two-state
story, and sides the sentence ties to someone ("its allies"), which the rule leaves alone.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, names_of, record_of, trigger_event

RULE = "events.args.sides-country.v1"

ONE_COUNTRY = ("Nepal's parliament was dissolved on Monday after weeks of feuding in Kathmandu. "
               "Nepalese police clashed with students in Kathmandu and Pokhara, and Nepal's "
               "army was deployed. ")
TWO_STATES = ("Chile and Peru traded accusations on Monday over the disputed fishing waters. "
              "Chile said Peru had seized boats, and Peru said Chile had sent warships. ")


@pytest.mark.parametrize("request_", [
    "Foreign diplomats urged all sides to refrain from violence.",
    "The European Union urged both sides to return to talks.",
])
def test_sides_take_one_country(request_: str) -> None:
    record = record_of(ONE_COUNTRY + request_)
    event = trigger_event(record, "urged")
    assert RULE in event.rule
    assert any("sides" in name for name in names_of(record, event.target))
    assert countries_of(record, event.target) == {"NPL"}


@pytest.mark.parametrize("request_", [
    "Foreign diplomats urged all sides to refrain from violence.",
    "Foreign diplomats urged all parties to refrain from violence.",
])
def test_sides_of_two_states_take_no_country(request_: str) -> None:
    record = record_of(TWO_STATES + request_)
    event = trigger_event(record, "urged")
    assert countries_of(record, event.target) <= {None}


def test_owned_party_is_not_a_side() -> None:
    record = record_of(ONE_COUNTRY + "The king urged his supporters to stay calm.")
    event = trigger_event(record, "urged")
    assert RULE not in event.rule
