"""Wave 65, ev65c (lead): a passive "fire" whose subject holds a post is a dismissal.

- sense.fire-dismiss-passive.v1: "four teachers were fired, allegedly over misconduct" and "two
  ministers were sacked over the scandal" are no ASSAULT; sense.fire-dismiss.v1 had kept them
  because it reads "over" as a line of fire ("fired over the border").
- Near misses: "fired on / at" a party stays a shooting, and so does a passive with a weapon or
  a party that holds no post as its subject.
"""

from __future__ import annotations

import pytest

from tests.event_records import trigger_types


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protests grew after four teachers were fired, allegedly over misconduct.", "fired"),
    ("Two ministers were sacked over the scandal on Monday.", "sacked"),
    ("The governor was fired for corruption last week.", "fired"),
])
def test_post_holder_fired_is_no_assault(text: str, trigger: str) -> None:
    assert all(t != trigger for t, _, _ in trigger_types(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protesters were fired on by police in the capital.", "fired"),
    ("Journalists were fired at by soldiers near the border.", "fired"),
    ("Rockets were fired at the town overnight.", "fired"),
])
def test_fired_on_or_weapons_stay_assault(text: str, trigger: str) -> None:
    assert any(t == trigger and kind == "ASSAULT" for t, kind, _ in trigger_types(text))
