"""Wave 91, ev91d: an infinitive of purpose that tells what an act of its own type was for.

events.repeat.purpose-infinitive.v2: "blocked roads to protest against the fees", "will stage a
strike to protest against low pay": the purpose is folded into the act it hangs on (coders code
the act once), and the act takes the purpose's target when it has none. Near misses: a purpose
of another type ("called her to congratulate her", "flew there to ask for aid") stays an act of
its own, and so does an infinitive with a subject of its own.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_in, names_of, record_of, trigger_event

RULE = "events.repeat.purpose-infinitive.v2"


@pytest.mark.parametrize(("text", "kept", "folded"), [
    ("Nurses in Nairobi staged a strike on Tuesday to protest against the health ministry's "
     "pay freeze.", "staged", "protest"),
    ("On Tuesday, dock workers were expected to stage a strike in Callao to protest against "
     "new port fees.", "stage", "protest"),
])
def test_same_type_purpose_is_folded(text: str, kept: str, folded: str) -> None:
    events = events_in(text)
    triggers = [e.trigger.text for e in events]
    assert folded not in triggers
    keeper = next(e for e in events if e.trigger.text == kept)
    assert RULE in keeper.rule


def test_act_takes_the_purpose_target() -> None:
    record = record_of("Nurses in Nairobi staged a strike on Tuesday to protest against the "
                       "health ministry's pay freeze.")
    event = trigger_event(record, "staged")
    assert RULE in event.rule
    assert any("ministry" in name for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "purpose"), [
    # another type: a call and a word of praise are two acts
    ("President Lula phoned Chancellor Scholz on Monday to congratulate him.", "congratulate"),
    # another type: a visit and a request
    ("The Kenyan foreign minister flew to Addis Ababa on Sunday to ask Ethiopia for help.",
     "ask"),
])
def test_other_type_purpose_stays(text: str, purpose: str) -> None:
    events = events_in(text)
    assert purpose in [e.trigger.text for e in events]
    assert all(RULE not in e.rule for e in events)
