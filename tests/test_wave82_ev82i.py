"""Wave 82, ev82i: triggers that tell a journey or a standing rule, not an act.

events.sense.trip-after-leaving.v1: "resigned and flew to Madrid": a flight told as one of the
traveller's own moves away, with no aim, is no visit. events.sense.standing-bar.v1: "is barred
from seeking a second term": a ban in the simple present with no agent is a rule that holds.
Near misses: a trip with an aim ("for talks", "to meet"), a trip told by itself, a ban with an
agent or in the past. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _events(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e.type, e.rule) for e in record_of(text).events if e.trigger.text == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senator resigned on Friday and flew to Madrid, where he has family.", "flew"),
    ("Rebel leader Joseph Kony left Uganda and travelled to Sudan, officials said.", "travelled"),
    ("The president quit the summit early and flew home to Ankara.", "flew"),
    ("Chile votes in November, and President Boric is barred from seeking a second straight term.",
     "barred"),
    ("The opposition leader, who is barred from standing because of a fraud conviction, said he "
     "would back the rival candidate.", "barred"),
])
def test_no_event(text: str, trigger: str) -> None:
    assert _events(text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # a trip with an aim stays a visit
    ("The foreign minister left Cairo and flew to Amman for talks with King Abdullah.", "flew",
     "CONSULT"),
    ("The envoy left Beijing on Monday and flew to Seoul to meet the South Korean president.",
     "flew", "CONSULT"),
    # a trip told by itself, or beside a meeting, stays
    ("The French president flew to Kyiv on Tuesday and met the Ukrainian leader.", "flew",
     "CONSULT"),
    # a ban with an agent, or in the past, is an act (COERCE/restrict since wave 86's recode of
    # "barred ... from", events.cameo.exclude-8026.v2)
    ("The former premier was barred from running in the election by the electoral court.",
     "barred", "COERCE"),
    ("Soldiers barred the speaker from entering parliament on Monday.", "barred", "COERCE"),
])
def test_event_kept(text: str, trigger: str, type_: str) -> None:
    found = _events(text, trigger)
    assert [t for t, _ in found] == [type_]
    assert not any("trip-after-leaving" in r or "standing-bar" in r for _, r in found)
