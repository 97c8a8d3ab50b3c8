"""Wave 66, ev66d: trigger words in a sense that is no event of their type (issue 11).

- events.sense.call-for-by-text.v2: a text that lays down terms ("the accord calls for
  elections", "the plan calls for the navy to train crews") asks no party for anything: no
  REQUEST.
Near misses keep their events: a party that calls for something ("the opposition called for
elections"), a text owned by a named party ("Ukraine's plan calls for ..."), a resolution.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import explain_outcome, trigger_types

_events = trigger_types
_outcome = explain_outcome


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya and Uganda signed a border accord on Monday. The accord also calls for the old "
     "customs post to be shut.", "calls"),
    ("The peace plan calls for the navy to train new crews for the coast guard.", "calls"),
    ("The deal, which was signed in Geneva last week, calls for elections in October.",
     "calls"),
])
def test_a_text_calling_for_terms_is_no_request(nlp: Any, text: str, trigger: str) -> None:
    assert all(t != trigger for t, _, _ in _events(text))
    assert "events.sense.call-for-by-text.v2" in _outcome(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan opposition called for new elections on Monday.", "called"),
    ("Ukraine's plan calls for Russian troops to leave the region.", "calls"),
    ("The UN Security Council resolution calls for an immediate ceasefire.", "calls"),
])
def test_a_party_calling_for_something_stays_request(nlp: Any, text: str, trigger: str) -> None:
    assert (trigger, "REQUEST") in [(t, ty) for t, ty, _ in _events(text)]


def test_the_act_a_text_lays_down_is_no_event(nlp: Any) -> None:
    text = "The accord calls for all militias to disarm by March 3."
    assert all(t != "disarm" for t, _, _ in _events(text))
    assert "events.sense.text-term-act.v2" in _outcome(text, "disarm")


def test_the_act_a_party_calls_for_stays_framed(nlp: Any) -> None:
    # the request frames its clause: one REQUEST, the withdrawal is no event of its own
    text = "The rebels called for the army to withdraw from the town."
    assert ("called", "REQUEST") in [(t, ty) for t, ty, _ in _events(text)]
    assert "events.sense.text-term-act.v2" not in _outcome(text, "withdraw")
