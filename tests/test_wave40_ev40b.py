"""Wave 40, ev40b: the people a harm or coercion act is done to, named by a word that refers
back (events.args.referred-patient.v1): a bare number, a quantifier or a pronoun."""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
REFERRED = "events.args.referred-patient.v1"


def _events(text: str, trigger: str) -> list[tuple[str, list[tuple[str, str | None]], str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    return [(e["type"], [actors[t] for t in e["target"]], e["rule"])
            for e in record["events"] if e["trigger"]["text"] == trigger]


def test_number_refers_to_group_named_before(nlp: Any) -> None:
    [(kind, target, rule)] = _events(
        "Four Sunni protesters marched in Baghdad on Monday. "
        "Two were arrested by security forces on Tuesday.", "arrested")
    assert (kind, target) == ("COERCE", [("Sunni protesters", "IRQ")])
    assert REFERRED in rule.split("+")


def test_pronoun_refers_to_group_not_place(nlp: Any) -> None:
    [(kind, target, rule)] = _events(
        "The protesters blocked a road in Cairo. Yesterday, they were arrested by police.",
        "arrested")
    assert (kind, target) == ("COERCE", [("protesters", "EGY")])
    assert REFERRED in rule.split("+")


def test_uncoded_place_dropped_when_no_referent(nlp: Any) -> None:
    [(_, target, rule)] = _events(
        "Armed elements attacked a checkpoint in Mosul. "
        "Yesterday, they were arrested by military and police.", "arrested")
    assert target == []
    assert REFERRED in rule.split("+")


def test_two_rival_groups_give_no_target(nlp: Any) -> None:
    [(_, target, rule)] = _events(
        "Farmers fought with herdsmen in Benue on Monday. Two were arrested by police.",
        "arrested")
    assert target == []
    assert REFERRED not in rule.split("+")


def test_unnamed_people_are_rivals(nlp: Any) -> None:
    [(_, target, _rule)] = _events(
        "Farmers fought with villagers in Benue on Monday. Two were arrested by police.",
        "arrested")
    assert target == []


def test_active_count_object_not_referred(nlp: Any) -> None:
    for _, target, rule in _events("Gunmen attacked a bus in Kano. They killed six.", "killed"):
        assert REFERRED not in rule.split("+")
        assert ("Gunmen", "NGA") not in target


def test_resolved_object_pronoun_kept(nlp: Any) -> None:
    [(kind, target, rule)] = _events(
        "A journalist was stopped in Minsk on Monday. Police detained him for hours.",
        "detained")
    assert (kind, target) == ("COERCE", [("journalist", "BLR")])
    assert REFERRED not in rule.split("+")
