"""Issue 11, after judged round 9: verb senses the round-9 judges found coded as events of the
wrong type or as events at all (docs/judged/round9/events-a.md, events-b.md). The sentences are
our own, of the same shapes; each has a control that must keep its event."""

from __future__ import annotations

import pytest


def _types(text: str, word: str) -> list[str]:
    from dateline import extract

    record = extract(text, date="2023-06-15", min_confidence=0)
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
        # how attackers were armed is no aid (sense.carry-weapons.v2)
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
        # wave 22: the aid is coded on its noun (aid.aid-noun.v1, same parties); "carried" was
        # coded only by the unkept CAMEO block "send" ("trucks carrying food" is no act of aid)
        ("The Chinese navy carried aid to the Philippines after the typhoon.", "aid",
         ["AID"]),
    ],
)
def test_controls_keep_their_event(text: str, word: str, expected: list[str]) -> None:
    assert _types(text, word) == expected


def test_pleading_before_a_body_targets_it() -> None:
    """request.plead.v2: "pleaded before Congress" asks Congress (the judged target was empty)."""
    from dateline import extract

    record = extract("Ford pleaded before Congress for emergency loans.", date="2023-06-15",
                     min_confidence=0)
    names = {a.id: a.name for a in record.actors}
    [event] = [e for e in record.events if e.trigger.text == "pleaded"]
    assert event.type == "REQUEST"
    assert [names[i] for i in event.target] == ["US Congress"]


def _modalities(text: str) -> dict[str, str]:
    from dateline import extract

    record = extract(text, date="2023-06-15", min_confidence=0)
    return {e.trigger.text: e.modality for e in record.events}


def test_an_act_called_for_is_not_asserted() -> None:
    """modality.wished-object.v1: the withdrawal is only called for; the call is the event."""
    found = _modalities("The Arab League called for the withdrawal of Israeli troops from Gaza.")
    assert found.get("called") == "asserted"
    assert found.get("withdrawal") in {None, "hypothetical"}


def test_a_done_nominal_act_stays_asserted() -> None:
    found = _modalities("The Malian army completed the withdrawal of its troops on Monday.")
    assert "hypothetical" not in found.values()


def test_due_to_is_future() -> None:
    """An adjective of schedule frames a future, not a hypothetical ("is due to travel")."""
    found = _modalities("The French foreign minister is due to travel to Beijing tomorrow for "
                        "talks with Chinese leaders.")
    assert found.get("travel") == "future"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # walking out of talks breaks off an exchange (sense.quit-talks-out.v1; "withdrew from"
        # was SANCTION already)
        ("The Venezuelan opposition pulled out of negotiations with the government on Friday.",
         "pulled"),
        ("North Korea withdrew from the talks with South Korea last week.", "withdrew"),
    ],
)
def test_quitting_talks_is_no_retreat(text: str, word: str) -> None:
    assert _types(text, word) == ["SANCTION"]


def test_troops_pulling_out_still_retreat() -> None:
    assert _types("Russian troops pulled out of Kherson on Friday.", "pulled") == ["RETREAT"]

