"""Issue 11, after judged round 9: verb senses the round-9 judges found coded as events of the
wrong type or as events at all (docs/judged/round9/events-a.md, events-b.md). The sentences are
our own, of the same shapes; each has a control that must keep its event."""

from __future__ import annotations

import pytest


def _types(text: str, word: str) -> list[str]:
    from dateline import extract

    record = extract(text, date="2023-06-15")
    return [e.type for e in record.events if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # armed forces attacking positions is force, not criticism (sense.verbal-attack.v2)
        ("Russian troops attacked Ukrainian positions near Kharkiv on Monday, Kyiv said.",
         "attacked", ["ASSAULT"]),
        ("The rebels accused the army of attacking their positions near the town.",
         "attacking", ["ASSAULT"]),
        # control: a politician attacking a view is still an accusation
        ("The opposition leader attacked the government's position on pensions.",
         "attacked", ["ACCUSE"]),
        ("Senator Mills attacked the president's plan on Tuesday.", "attacked", ["ACCUSE"]),
    ],
)
def test_attacking_positions(text: str, word: str, expected: list[str]) -> None:
    assert _types(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # going on with one's own plan is no demand (sense.press-ahead.v1)
        ("The Kenyan government said it would press ahead with plans to build the dam.", "press"),
        # how attackers were armed is no aid (sense.carry-weapons.v1)
        ("Police in Pakistan said two suicide bombers carrying gasoline bombs were arrested.",
         "carrying"),
        # buying food is no order to anyone (sense.order-goods.v2)
        ("Vietnam has ordered 500 tonnes of food rations for the flood victims.", "ordered"),
        # looking for agreement is no inquiry (sense.find-agreement.v1)
        ("The Greek and Turkish ministers met in Athens to find common ground on the islands.",
         "find"),
    ],
)
def test_no_event_in_this_sense(text: str, word: str) -> None:
    assert _types(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The opposition pressed the Kenyan government to hold new elections.", "pressed",
         ["REQUEST"]),
        ("Vietnam ordered China to withdraw its survey ship from the area.", "ordered",
         ["REQUEST"]),
        ("The Chinese navy carried aid to the Philippines after the typhoon.", "carried",
         ["AID"]),
    ],
)
def test_controls_keep_their_event(text: str, word: str, expected: list[str]) -> None:
    assert _types(text, word) == expected


def test_pleading_before_a_body_targets_it() -> None:
    """request.plead.v2: "pleaded before Congress" asks Congress (the judged target was empty)."""
    from dateline import extract

    record = extract("Ford pleaded before Congress for emergency loans.", date="2023-06-15")
    names = {a.id: a.name for a in record.actors}
    [event] = [e for e in record.events if e.trigger.text == "pleaded"]
    assert event.type == "REQUEST"
    assert [names[i] for i in event.target] == ["US Congress"]
