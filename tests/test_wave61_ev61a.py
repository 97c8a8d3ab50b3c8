"""Wave 61, ev61a: a description of a state that an act is done to is the state named before.

- actors.description.described-state.v1 / events.args.described-state.v1: "the country" or
  "the nation", singular, with no modifier or a neutral one ("the small nation", "the island
  nation"), that the clause's verb acts on (object, "against / with / to ..." the verb or its
  object noun) is the country named before it other than the clause's own subject, the subject
  of the nearest clause first.
- A plural ("the two countries") is no one described state (since wave 71 it may be a pair).
- Near misses keep no target: a region or judgement modifier
  ("the Asian nation", "the rogue nation"), an "of" phrase, a bare "the island", an island
  nation with no island state in view, and a description with no other country before it.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.described-state.v1"


def _record(text: str) -> dict[str, Any]:
    return dict(extract(text, date=DATE).to_dict())


def _target(text: str, trigger: str) -> tuple[list[str | None], str]:
    record = _record(text)
    codes = {a["id"]: a["country"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return [codes[i] for i in event["target"]], event["rule"]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Chad held a disputed vote on Monday. On Tuesday France condemned the country.",
     "condemned", "TCD"),
    ("Mali expelled two diplomats last week. Germany then imposed sanctions against the country.",
     "imposed", "MLI"),
    ("Fiji held elections on Monday. Two days later Australia sent troops to the country.",
     "sent", "FJI"),
    ("Tonga asked for help after the storm. New Zealand has restored ties with the island nation.",
     "restored", "TON"),
    ("Peru arrested a Chilean fisherman on Sunday. Chile criticized the small nation on Monday.",
     "criticized", "PER"),
])
def test_described_state_is_target(text: str, trigger: str, code: str) -> None:
    target, rule = _target(text, trigger)
    assert target == [code]
    assert RULE in rule


def test_plural_is_not_one_described_state() -> None:
    # Changed on purpose in wave 71: this plural was a near miss with no target; it is still no
    # one described state (no RULE), but ev71a's events.args.both-sides-pair.v2 now reads "the
    # two countries" as the pair the previous sentence names, as a coder would.
    target, rule = _target(
        "Benin and Togo signed a pact on Monday. Ghana criticized the two countries on Tuesday.",
        "criticized")
    assert RULE not in rule
    assert sorted(c for c in target if c) == ["BEN", "TGO"]
    assert "events.args.both-sides-pair.v2" in rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a region or a judgement the rule cannot check
    ("Laos held a vote on Monday. Britain later criticized the Asian nation.", "criticized"),
    ("Iran tested a missile on Monday. Britain later condemned the rogue nation.", "condemned"),
    # a bare "the island": a place as often as a state
    ("Japan moved troops to Okinawa. China later criticized the island.", "criticized"),
    # an island nation with no island state named
    ("Chad held a vote on Monday. France later criticized the island nation.", "criticized"),
    # no other country before it than the doer
    ("France criticized the country on Monday.", "criticized"),
])
def test_near_misses_keep_no_target(text: str, trigger: str) -> None:
    target, rule = _target(text, trigger)
    assert target == []
    assert RULE not in rule


def test_country_named_by_adjective_elsewhere_keeps_own_reading() -> None:
    # "the country's" is a possessive inside a phrase: left to the rules that read it
    text = "Chad held a vote on Monday. France criticized the country's president."
    _, rule = _target(text, "criticized")
    assert RULE not in rule
