"""Issue 11, round 21 (ev21c): an order that is itself the coercion, and raids by law enforcement.

Round 17's judges coded "authorities ordered a curfew" COERCE, not REQUEST, and security-force
raids COERCE/seize, not ASSAULT. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of

# --- an order that imposes a curfew or a closure is the coercion -------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "rule"),
    [
        ("The governor ordered a curfew in the port city on Monday.", "curfew",
         "events.sense.order-curfew.v1"),
        ("The cabinet ordered a lockdown of the northern province.", "curfew",
         "events.sense.order-curfew.v1"),
        ("The interior ministry ordered the closure of the opposition weekly.", "restrict",
         "events.sense.order-closure.v1"),
        ("Health officials ordered the quarantine of two border villages.", "restrict",
         "events.sense.order-closure.v1"),
    ],
)
def test_an_order_that_imposes_is_coercion(text: str, mode: str, rule: str) -> None:
    event = _of(text, "ordered")
    assert event.type == "COERCE"
    assert event.mode == mode
    assert rule in event.rule


def test_ordering_a_party_to_act_stays_a_request() -> None:
    event = _of("The president ordered the army to leave the capital.", "ordered")
    assert event.type == "REQUEST"


def test_ordering_goods_is_still_no_event() -> None:
    from tests.event_records import events_on

    assert events_on("The airline ordered twenty new jets from the maker.", "ordered") == []


# --- a raid by police or security forces is law enforcement, not force ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police raids on the homes of opposition activists went on through the night.",
        "A security raid on the offices of the rights group ended with three arrests.",
        "The drug raids by police in the capital drew protests from residents.",
    ],
)
def test_a_law_enforcement_raid_is_coercion(text: str) -> None:
    word = "raids" if "raids" in text else "raid"
    event = _of(text, word)
    assert event.type == "COERCE"
    assert event.mode == "seize"
    assert "events.sense.police-raid.v1" in event.rule


def test_an_air_raid_stays_an_assault() -> None:
    event = _of("Air raids on the border town killed four soldiers.", "raids")
    assert event.type == "ASSAULT"
