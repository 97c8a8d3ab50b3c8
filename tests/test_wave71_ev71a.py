"""Wave 71, ev71a: "both sides" told to act or blamed is the pair the sentence names
(events.args.both-sides-pair.v2; issue 11, empty targets of saying-acts).

- A request, accusation or warning addressed to "both sides"/"the two countries" takes the one
  coordinated pair of two parties of two countries named in the same sentence, or, with none
  there, in the previous sentence.
- Near misses keep no pair: a list of three, a pair set in a place phrase ("the wars in X and
  Y"), a pair that holds the source, "all sides" (not counted as two).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger, record_dict

RULE = "events.args.both-sides-pair.v2"


def _target(text: str, trigger: str) -> tuple[set[str | None], str]:
    rec: dict[str, Any] = record_dict(text)
    [event] = events_with_trigger(rec, trigger)
    actors = {a["id"]: a for a in rec["actors"]}
    return {actors[i]["country"] for i in event["target"]}, event["rule"]


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("Germany urged both countries to talk after border clashes between Sudan and Ethiopia.",
     "urged", {"SDN", "ETH"}),
    ("The Kremlin called on both sides to hold their fire, and its envoys have spoken daily "
     "with Yerevan and Baku.", "called", {"ARM", "AZE"}),
    ("Troops of India and China fought on the border on Monday. The UN urged both sides to "
     "exercise restraint.", "urged", {"IND", "CHN"}),
])
def test_both_sides_is_the_named_pair(text: str, trigger: str, pair: set[str]) -> None:
    countries, rule = _target(text, trigger)
    assert countries == pair
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("India, China and Nepal held talks on Monday. The UN urged both sides to exercise "
     "restraint.", "urged"),
    ("The United States urged both sides to show restraint, with diplomats worried about the "
     "wars in Syria and Yemen.", "urged"),
    ("France and Germany urged both sides to return to talks.", "urged"),
    ("Fighting broke out between India and China on Monday. The UN urged all sides to "
     "exercise restraint.", "urged"),
    ("The UN urged both sides to exercise restraint.", "urged"),
])
def test_near_misses_take_no_pair(text: str, trigger: str) -> None:
    rec = record_dict(text)
    for event in events_with_trigger(rec, trigger):
        assert RULE not in event["rule"]
