"""Wave 78, ev78a: a reaction to someone's quitting is aimed at the one who quits.

events.args.resigner-target.v1: "accepted the resignation of Prime Minister X" takes X as the
target. Near misses: a pronoun owner, an act done to someone (a dismissal), a target already
found. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.resigner-target.v1"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("President Mirela Sandu accepted the resignation of Prime Minister Tomas Varga on Friday.",
     "accepted", "Tomas Varga"),
    ("The palace said King Edmund had accepted the resignation of Interior Minister Pavel "
     "Horak.", "accepted", "Pavel Horak"),
    ("Parliament rejected the resignation of Speaker Amina Okafor on Tuesday.", "rejected",
     "Amina Okafor"),
])
def test_resigner_is_target(text: str, trigger: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert name in " ".join(names_of(record, event.target))
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Mirela Sandu accepted his resignation on Friday.", "accepted"),
    ("General Otieno refused to accept his dismissal by the defence minister.", "refused"),
    ("The cabinet accepted the proposal of the finance ministry on Monday.", "accepted"),
    ("Germany welcomed the dismissal of Interior Minister Pavel Horak.", "welcomed"),
])
def test_not_taken(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
