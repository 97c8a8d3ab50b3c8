"""Wave 75, ev75c: aid or money offered is a promise of aid, not aid given.

- events.sense.offer-aid.v1: "Norway offered emergency assistance to the flood victims",
  "had offered the militia two million dollars": an offer whose object is aid or money
  (``senses.yaml`` class ``money``) is AGREE (CAMEO 033, intent to provide material aid), as a
  pledge of aid is (``agree.pledge-aid.v1``), not AID (``sense.give-money.v1``). Aid given,
  aid pledged, and an offer of something else (to mediate, a reward) are not changed.
- events.args.joint-one-way.v1 now also reads "offer" (``clauses.joint_one_way_acts``):
  "Norway, Denmark and Finland offered assistance" is no offer of each to the others.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_types

RULE = "events.sense.offer-aid.v1"


def _on(text: str, word: str) -> tuple[str, str, str]:
    found = [t for t in trigger_types(text) if t[0] == word]
    assert found, trigger_types(text)
    return found[0]


@pytest.mark.parametrize("text", [
    "Norway offered emergency assistance to the flood victims in Bangladesh.",
    "Canada offered humanitarian aid after the earthquake in Turkey.",
    "Officials said Iran had offered the militia two million dollars.",
])
def test_offered_aid_is_an_agree(text: str) -> None:
    _, kind, rule = _on(text, "offered")
    assert kind == "AGREE"
    assert rule.startswith(RULE)
    event = next(e for e in record_of(text).events if e.trigger.text == "offered")
    assert event.cameo == "033"


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Japan gave 150 million dollars in aid to Kenya.", "gave", "AID"),
    ("Sweden provided emergency assistance to the flood victims.", "provided", "AID"),
    ("Germany pledged aid to Turkey after the earthquake.", "pledged", "AGREE"),
    ("Qatar offered to mediate between the two factions.", "offered", "AGREE"),
])
def test_near_misses_keep_their_rule(text: str, word: str, kind: str) -> None:
    _, found, rule = _on(text, word)
    assert found == kind
    assert RULE not in rule


def test_reward_offered_is_still_no_event() -> None:
    text = "Police offered a reward of 5,000 dollars for information about the attack."
    assert all(t[0] != "offered" for t in trigger_types(text)), trigger_types(text)


def test_joint_offer_is_not_mutual() -> None:
    """events.args.joint-one-way.v1: offerers named together are not each other's target."""
    record = record_of("Norway, Denmark and Finland offered emergency assistance.")
    event = next(e for e in record.events if e.trigger.text == "offered")
    assert event.type == "AGREE"
    assert event.target == []

