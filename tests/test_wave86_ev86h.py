"""Wave 86, ev86h: keeping someone out ("barred ... from") is a restriction, not a sanction.

CAMEO pattern 8026 of the "exclude" block (a verb of barring with "from") was imported as CAMEO 160
(SANCTION, a cut in relations). Every judged "barred from" of rounds 41-51 was coded COERCE by the
coders: soldiers keeping a speaker out of parliament, a council keeping a candidate out of a race,
observers kept out of a trial. The pattern is recoded to CAMEO 172, COERCE/restrict, as the bare
verb "bar" already codes (scripts/import_cameo_events.py, RECODES); a judge's or court's bar,
which sense.court-bars retyped from SANCTION, is the same restriction. Near misses: expulsions
and sanctions, coded by other rules, stay SANCTION. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.cameo.exclude-8026.v2"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Soldiers barred the opposition leader from the courthouse on Monday.", "barred"),
    ("The ministry barred foreign diplomats from visiting the prison.", "barred"),
    ("Guards at the gate barred two lawmakers from the chamber on Tuesday.", "barred"),
])
def test_barred_from_is_a_restriction(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert (event.type, event.mode, event.cameo) == ("COERCE", "restrict", "172")
    assert RULE in event.rule


def test_a_court_bar_is_still_a_restriction() -> None:
    event = trigger_event(record_of("A federal judge barred the senator from leaving the country."),
                          "barred")
    assert (event.type, event.mode) == ("COERCE", "restrict")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Poland expelled two Russian diplomats from the country on Friday.", "expelled"),
    ("The European Union imposed new sanctions on Belarus on Monday.", "imposed"),
])
def test_expulsions_and_sanctions_stay_sanctions(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "SANCTION"
    assert RULE not in event.rule
