"""Wave 92, ev92a: the party a relative pronoun object stands for.

events.args.relative-object.v2: a relative clause whose verb's object is "whom", "which" or
"that" ("the rebels, whom the ministry accuses of ...") acts on the noun the clause describes,
when that noun is an actor; before, the target was left empty or taken from another phrase of
the clause ("of receiving arms from Iran": Iran). Near misses: an antecedent that is no actor
(an act "which it condemned") and a relative that is the clause's subject. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.relative-object.v2"


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("Riyadh is wary of the Houthi rebels, whom it accuses of receiving weapons from Iran.",
     "accuses", "Houthi"),
    ("Police released the hostages, whom the gunmen had seized in March.", "seized", "hostages"),
])
def test_relative_object_is_target(text: str, trigger: str, party: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert any(party.lower() in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # the antecedent is an act, no party: no target from it
    ("Ministers met after the bombing, which the army condemned on Monday.", "condemned"),
])
def test_no_relative_object_party(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
