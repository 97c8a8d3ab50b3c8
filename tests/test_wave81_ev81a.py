"""Wave 81, ev81a: a threat aims at the party whose act would set it off, named in the warned
clause.

events.args.warned-condition-party.v1: "Egypt vowed to respond if Ethiopia filled the dam": the
subject of a condition ("if", "unless", inverted "should") of the threat or of its warned act.
events.args.warned-step-party.v1: "warned that any move by Qatar would be seen as ...": the doer
of an act noun that is the warned clause's subject. Near misses: a condition whose subject is
the warner's own side, a condition whose subject is no party, a threat that already has a
target. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

CONDITION = "events.args.warned-condition-party.v1"
STEP = "events.args.warned-step-party.v1"


@pytest.mark.parametrize(("text", "trigger", "rule", "name"), [
    ("Egypt warned on Sunday that it would take action if Ethiopia began filling the dam.",
     "warned", CONDITION, "Ethiopia"),
    ("Moscow threatened to halt grain exports should Poland close its border.", "threatened",
     CONDITION, "Poland"),
    ("North Korea vowed to retaliate unless South Korea stopped the broadcasts.", "vowed",
     CONDITION, "South Korea"),
    ("Beijing warned that any further move by Lithuania on the matter would be seen as "
     "hostile.", "warned", STEP, "Lithuania"),
])
def test_warned_party(text: str, trigger: str, rule: str, name: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "THREATEN"
    assert rule in event.rule
    assert name in " ".join(names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # the condition names the warner's own side: no target
    ("Egypt warned that it would act if Egyptian workers were harmed.", "warned"),
    ("Turkey threatened to respond if Turkish troops came under fire.", "threatened"),
    # the condition's subject is no party
    ("Egypt warned that it would retaliate if the talks on the dam failed again.", "warned"),
    # a concession, not a condition
    ("Chad warned that it would close the border, even if Sudan's ministers did not seem to "
     "know it.", "warned"),
])
def test_no_warned_party(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert CONDITION not in event.rule and STEP not in event.rule


def test_target_already_named_is_kept() -> None:
    record = record_of("Iran warned Israel that it would respond if Britain joined the strikes.")
    event = trigger_event(record, "warned")
    assert CONDITION not in event.rule
    assert "Israel" in " ".join(names_of(record, event.target))
