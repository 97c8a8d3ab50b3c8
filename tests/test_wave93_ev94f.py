"""Wave 94, ev94f: a vow that is only a statement of resolve is no AGREE.

events.frame.vow-resolve.v1: a vow ("vowed to ...") that no sense rule and no promised act
read, whose to-infinitive is no act done with or for a party nor the keeping of a rule or an
office ("vowed to press on to the coast", "vowed to stay in the square"), offers no one
anything: no event. Near misses: a vow to keep an office or a rule, a vow of force (a threat),
a vow to pull out (a concession), a pledge or a promise (not a vow), and a that-clause vow.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of

RULE = "events.frame.vow-resolve.v1"


def _vow_events(text: str) -> list[str]:
    record = record_of(text)
    return [e.type for e in record.events if e.trigger.text.lower().startswith("vow")]


@pytest.mark.parametrize("text", [
    "The insurgent leaders vowed to press on to the coast.",
    "Students gathered again outside the ministry, vowing to stay in the square.",
    "The former premier vowed to win back his seat next year.",
    "The opposition alliance has vowed to boycott the local elections.",
    "The governor vowed to take the dispute to the supreme court.",
])
def test_vow_of_resolve_is_no_event(text: str) -> None:
    assert _vow_events(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    # keeping an office or a rule stays a promise
    ("The new president vowed to uphold the charter and to serve every citizen.", "AGREE"),
    # force promised is a threat (events.frame.promised-act.v1)
    ("The defence minister of Ruritania vowed to crush the rebels in the hills.", "THREATEN"),
    # a pullback promised is a concession
    ("The army vowed to withdraw its troops from the border region.", "CONCEDE"),
])
def test_other_vows_kept(text: str, kind: str) -> None:
    assert _vow_events(text) == [kind]


def test_pledge_is_not_touched() -> None:
    record = record_of("The mayor pledged to press on with the new housing plan.")
    assert any(e.trigger.text == "pledged" for e in record.events)
