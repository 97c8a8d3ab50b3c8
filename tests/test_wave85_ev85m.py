"""Wave 85, ev85m: a second copy of one act hung on its verb.

events.repeat.hanging-clause.v1: in one sentence, a verb of the same type and doers that hangs
from a verb of disorder as its participle, with no party of its own ("clashed with police,
torching cars") tells the manner of that act: one event. Near misses:
participles with a party of their own ("exchanging fire with the guards") and participles of a
single act ("opened fire on villagers, torching homes") stay events of their own. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of

RULE = "events.repeat.hanging-clause.v1"


@pytest.mark.parametrize(("text", "type_", "first", "later"), [
    ("Supporters of the opposition party clashed with police in the capital on Friday, "
     "torching cars.", "ASSAULT", "clashed", "torching"),
])
def test_hanging_copy_folds(text: str, type_: str, first: str, later: str) -> None:
    record = record_of(text)
    events = [e for e in record.events if e.type == type_]
    assert [e.trigger.text for e in events] == [first]
    assert RULE in events[0].rule
    assert later in [m.text for m in events[0].mentions]


@pytest.mark.parametrize(("text", "type_", "triggers"), [
    ("Gunmen stormed a hotel in the port late on Friday, exchanging fire with the guards.",
     "ASSAULT", {"stormed", "exchanging"}),
    ("Witnesses said soldiers opened fire on villagers, torching homes.", "ASSAULT",
     {"opened", "torching"}),
])
def test_own_acts_stay(text: str, type_: str, triggers: set[str]) -> None:
    record = record_of(text)
    events = [e for e in record.events if e.type == type_]
    assert {e.trigger.text for e in events} == triggers
    assert not any(RULE in e.rule for e in events)
