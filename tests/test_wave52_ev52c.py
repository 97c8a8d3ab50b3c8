"""Wave 52, ev52c: acts done to each other are coded both ways.

- events.args.reciprocal-object.v1: "X and Y accused each other", "fired on one another": every
  subject party is a source and the target holds the same parties (as for "X and Y met").
- accuse.trade-accusations.v1, threaten.trade-threats.v1, assault.trade-fire.v1 (and the
  "exchanged" twins of the first two): trading blame, threats or fire is a mutual act, not trade.
Near misses: a named target ("accused Albania"), a possessive ("each other's proposals"), two
clauses ("A accused B, and B accused A"), and trade in goods.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.reciprocal-object.v1"


def _events(text: str, trigger: str) -> list[dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    for e in found:
        e["source_names"] = sorted(names[i] for i in e["source"])
        e["target_names"] = sorted(names[i] for i in e["target"])
    return found


def _one(text: str, trigger: str) -> dict[str, Any]:
    found = _events(text, trigger)
    assert len(found) == 1, found
    return found[0]


def test_accused_each_other_is_coded_both_ways(nlp: Any) -> None:
    e = _one("Serbia and Kosovo accused each other of violating the truce.", "accused")
    assert e["type"] == "ACCUSE"
    assert e["source_names"] == e["target_names"] == ["Kosovo", "Serbia"]
    assert RULE in e["rule"] and "events.args.mutual.v1" in e["rule"]


def test_blamed_one_another(nlp: Any) -> None:
    e = _one("Israel and Hamas blamed one another for the attack.", "blamed")
    assert e["source_names"] == e["target_names"] == ["Hamas", "Israel"]
    assert RULE in e["rule"]


def test_fired_on_each_other_through_a_preposition(nlp: Any) -> None:
    e = _one("The rebels and the army fired on each other.", "fired")
    assert e["type"] == "ASSAULT"
    assert e["source_names"] == e["target_names"] == ["army", "rebels"]


def test_threatened_each_other(nlp: Any) -> None:
    e = _one("Russia and Ukraine threatened each other with sanctions.", "threatened")
    assert e["type"] == "THREATEN"
    assert e["source_names"] == e["target_names"] == ["Russia", "Ukraine"]


def test_traded_accusations_is_mutual_accuse(nlp: Any) -> None:
    e = _one("Armenia and Azerbaijan traded accusations over the shelling.", "traded")
    assert e["type"] == "ACCUSE"
    assert e["source_names"] == e["target_names"] == ["Armenia", "Azerbaijan"]
    assert "events.accuse.trade-accusations.v1" in e["rule"]


def test_traded_threats_and_fire(nlp: Any) -> None:
    e = _one("India and Pakistan traded threats.", "traded")
    assert (e["type"], e["source_names"], e["target_names"]) == (
        "THREATEN", ["India", "Pakistan"], ["India", "Pakistan"])
    e = _one("India and Pakistan traded fire across the border.", "traded")
    assert (e["type"], e["source_names"], e["target_names"]) == (
        "ASSAULT", ["India", "Pakistan"], ["India", "Pakistan"])


def test_named_target_is_not_each_other(nlp: Any) -> None:
    e = _one("Serbia and Kosovo accused Albania of violating the truce.", "accused")
    assert e["source_names"] == ["Kosovo", "Serbia"]
    assert e["target_names"] == ["Albania"]
    assert RULE not in e["rule"]


def test_possessive_reciprocal_is_not_read(nlp: Any) -> None:
    e = _one("Serbia and Kosovo rejected each other's proposals.", "rejected")
    assert e["target_names"] == []
    assert RULE not in e["rule"]


def test_two_clauses_stay_two_one_way_events(nlp: Any) -> None:
    found = _events("Israel accused Hamas, and Hamas accused Israel.", "accused")
    assert [(e["source_names"], e["target_names"]) for e in found] == [
        (["Israel"], ["Hamas"]), (["Hamas"], ["Israel"])]
    assert all(RULE not in e["rule"] for e in found)


def test_lone_subject_party_is_left(nlp: Any) -> None:
    e = _one("Several rebel groups started fighting each other.", "fighting")
    assert e["target_names"] == []
    assert RULE not in e["rule"]


def test_trade_in_goods_is_no_accusation(nlp: Any) -> None:
    found = _events("Japan and China trade electronics.", "trade")
    assert all(e["type"] != "ACCUSE" for e in found)
