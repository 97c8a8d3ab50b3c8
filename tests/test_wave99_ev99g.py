"""Wave 99, ev99g: "both sides" asked to act, resolved to the pair the story named a little before.

events.args.named-pair-sides.v2: a request or other saying-act whose object is a pair noun
counted as two ("both sides", "both nuclear-armed neighbours") and already made an uncoded group
of its own takes the two parties of the one coordinated pair of different countries named in
the sentence, up to three sentences back, or in the lead. Near misses: "all sides" (no count of
two), no pair named, and a pair of one country. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.named-pair-sides.v2"


@pytest.mark.parametrize(("text", "pair"), [
    ("Gunfire was exchanged on the frontier between Armenia and Azerbaijan late on Sunday. "
     "Three soldiers were hurt. Brussels urged both sides to return to talks.",
     {"Armenia", "Azerbaijan"}),
    ("Artillery units of India and Pakistan traded shells across the line. Villages were "
     "emptied. The United Nations urged both nuclear-armed neighbours to show restraint.",
     {"India", "Pakistan"}),
])
def test_counted_sides_take_named_pair(text: str, pair: set[str]) -> None:
    record = record_of(text)
    event = trigger_event(record, "urged")
    assert event.type == "REQUEST"
    assert RULE in event.rule
    assert set(names_of(record, event.target)) == pair


@pytest.mark.parametrize("text", [
    # "all sides" is no count of two
    "Gunfire was exchanged on the frontier between Armenia and Azerbaijan late on Sunday. "
    "Three soldiers were hurt. Brussels urged all sides to return to talks.",
    # no pair named anywhere
    "Gunfire was heard near the frontier late on Sunday. Three soldiers were hurt. "
    "Brussels urged both sides to return to talks.",
])
def test_near_misses_keep_target(text: str) -> None:
    record = record_of(text)
    event = trigger_event(record, "urged")
    assert RULE not in event.rule
