"""Wave 66, ev66c: follow-ups of ev65b (a crowd's demands retyped PROTEST).

- events.request.crowd-demand-own-target.v1: a crowd demand retyped PROTEST keeps the party its
  demanded clause asks to act, not the state that the crowd state rules put in its place.
- events.args.rejected-crowd-demand.v1: "rejected calls ..." with no target answers the latest
  crowd demand retyped PROTEST, dated as before (the document date for "has rejected").
- Near misses: a demand naming no party keeps the state target; a rejection of something else
  ("rejected the election") takes no crowd; a real REQUEST still feeds the narrative.
"""

from __future__ import annotations

from tests.event_records import party_events

OWN = "events.request.crowd-demand-own-target.v1"
REJECTED = "events.args.rejected-crowd-demand.v1"
RETYPE = "events.request.crowd-demand-protest.v1"


def _event(text: str, trigger: str) -> tuple[str, str, list[str], list[str], str]:
    return next(e for e in party_events(text) if e[1] == trigger)


def test_demanded_clause_party_is_the_target() -> None:
    text = ("Thousands of people rallied in Nairobi on Sunday. The protesters demanded that "
            "President Uhuru Kenyatta resign.")
    kind, _, _, target, rule = _event(text, "demanded")
    assert kind == "PROTEST" and RETYPE in rule
    assert any("Kenyatta" in t for t in target) and OWN in rule
    assert "events.args.group-protest-state.v1" not in rule


def test_demand_naming_no_party_keeps_the_state() -> None:
    text = ("Thousands of people rallied in Nairobi on Sunday. The protesters demanded lower "
            "fuel prices.")
    kind, _, _, target, rule = _event(text, "demanded")
    assert kind == "PROTEST" and OWN not in rule
    assert target == [] or all("Kenyatta" not in t for t in target)


def test_rejected_calls_answer_the_crowd_demand() -> None:
    text = ("Thousands of people rallied in Nairobi on Sunday. The protesters demanded that "
            "President Uhuru Kenyatta resign. Kenyatta has rejected calls to quit.")
    kind, _, _, target, rule = _event(text, "rejected")
    assert kind == "REJECT" and REJECTED in rule
    assert any("protesters" in t.lower() for t in target)


def test_rejected_election_takes_no_crowd() -> None:
    text = ("Thousands of people rallied in Nairobi on Sunday. The protesters demanded that "
            "President Uhuru Kenyatta resign. Kenyatta has rejected the election.")
    found = [e for e in party_events(text) if e[1] == "rejected"]
    assert all(REJECTED not in e[4] and not any("protesters" in t.lower() for t in e[3])
               for e in found)


def test_rejected_calls_answer_a_ministry_request() -> None:
    text = ("The foreign ministry demanded that Kenya hand over the suspects. On Monday Kenya "
            "rejected the demand.")
    kind, _, _, target, _ = _event(text, "rejected")
    assert kind == "REJECT" and target
