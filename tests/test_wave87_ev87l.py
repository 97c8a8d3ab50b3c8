"""Wave 87, ev87l: a person's past post in a body that is not their state gives no country.

actors.person.past-post-body.v1: "Former NATO commander Karel Dostal", "Pavel Orlov, a former KGB
bodyguard": the title names an office the person no longer holds, in an international body or in a
body of a state that no longer exists, so the person is not coded with that body's code. Near
misses: a present post in the same body keeps its code, and a past post in a living state's body
("a former Russian army officer") keeps that state. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.record import Actor
from tests.event_records import record_of

RULE = "actors.person.past-post-body.v1"


def person_named(text: str, name: str) -> Actor:
    """The person of ``text`` whose name is ``name`` (a mention may hold the title too)."""
    return next(a for a in record_of(text).actors if a.name == name)


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("Former NATO commander Karel Dostal urged calm after the vote.", "Karel Dostal", "NATO"),
    ("The plan was drafted by Karel Dostal, a former IMF economist.", "Karel Dostal", "IMF"),
    ("Prosecutors charged Pavel Orlov, a former KGB bodyguard, with murder.", "Pavel Orlov",
     "SUN"),
])
def test_past_post_body_gives_no_code(text: str, name: str, wrong: str) -> None:
    actor = person_named(text, name)
    assert actor.country != wrong
    assert RULE in actor.rule


@pytest.mark.parametrize(("text", "name", "code"), [
    # a present post: the person acts for the body
    ("NATO commander Karel Dostal urged calm after the vote.", "Karel Dostal", "NATO"),
    ("The plan was drafted by Karel Dostal, an IMF economist.", "Karel Dostal", "IMF"),
    # a past post in a living state's body: that is the person's state
    ("Prosecutors charged Pavel Orlov, a former Russian army officer, with murder.",
     "Pavel Orlov", "RUS"),
])
def test_present_or_state_post_keeps_code(text: str, name: str, code: str) -> None:
    actor = person_named(text, name)
    assert actor.country == code
    assert RULE not in actor.rule
