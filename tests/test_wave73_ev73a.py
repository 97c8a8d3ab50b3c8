"""Wave 73, ev73a: a party named beside a description in an event's target preposition is the
target (round 43 judges: empty targets although the sentence names the party acted on).

- A country or a named actor in apposition to the preposition's description ("lashed out at
  the former colonial power, France") is the target (events.args.apposed-prep-party.v1).
- Near misses keep what they had: a compound ("the Uighur minority", "the Kremlin website"),
  an "of" phrase ("suspension of its armed wing, X"), a name nested deeper in the phrase ("his
  critics in the capital, Harare"), a preposition that names no party.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_in, targeted_event

RULE = "events.args.apposed-prep-party.v1"


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("The prime minister lashed out at the former colonial power, France, on Tuesday.",
     "lashed", "France"),
    ("In a long speech the general hit out at old colonial ruler Portugal over the dispute.",
     "hit", "Portugal"),
])
def test_party_beside_description_is_the_target(text: str, trigger: str, party: str) -> None:
    _, target, rules = targeted_event(text, trigger)
    assert any(party in name for name in target), target
    assert RULE in rules.split("+")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hackers launched attacks on the Kremlin website last week.", "launched"),
    ("The interior ministry cracked down on the Uighur minority after the riots.", "cracked"),
    ("The president lashed out at his critics in the capital, Harare.", "lashed"),
    ("Thousands of students marched against the new law, the security bill.", "marched"),
])
def test_near_misses_are_unchanged(text: str, trigger: str) -> None:
    _, _, rules = targeted_event(text, trigger)
    assert RULE not in rules.split("+")


def test_named_target_is_kept() -> None:
    _, target, rules = targeted_event("The president lashed out at France on Tuesday.", "lashed")
    assert target and RULE not in rules.split("+")


def test_of_phrase_is_not_read() -> None:
    events = events_in("The party announced the suspension of its armed wing, the People's "
                       "Brigade.")
    assert all(RULE not in e.rule.split("+") for e in events)
