"""Wave 38, ev38d: a struck town stands for the country it is in.

- events.args.struck-town.v1: the object of a force verb (or of "at"/"on"/"against") that the
  gazetteer knows as a town is its country's state ("Rebels attacked Kidal" -> Mali); a town
  that only sets the scene ("in Kidal"), one struck by its own country's forces, and names that
  are not places stay no target.
- ``dateline explain`` reads the doc as the events stage does, so it finds the same target.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"  # a Thursday
RULE = "events.args.struck-town.v1"


def _one(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], {a["id"]: a for a in record["actors"]}


def _targets(text: str, trigger: str) -> list[tuple[str, str | None]]:
    event, actors = _one(text, trigger)
    return [(actors[i]["name"], actors[i]["country"]) for i in event["target"]]


def test_attacked_town_is_its_country(nlp: Any) -> None:
    event, actors = _one("Rebels attacked Kidal on Sunday.", "attacked")
    assert [(actors[i]["name"], actors[i]["country"], actors[i]["kind"], actors[i]["sector"])
            for i in event["target"]] == [("Mali", "MLI", "country", None)]
    assert event["rule"] == "events.assault.attack.v1+" + RULE
    assert event["date"]["value"] == "2023-06-11"


def test_town_named_by_place_noun(nlp: Any) -> None:
    assert _targets("Rebels attacked the town of Bambari.", "attacked") == [
        ("Central African Republic", "CAF")]


def test_passive_town(nlp: Any) -> None:
    assert _targets("Kidal was attacked by rebels on Sunday.", "attacked") == [("Mali", "MLI")]


def test_fired_at_town(nlp: Any) -> None:
    assert _targets("Rebels fired rockets at Kidal.", "fired") == [("Mali", "MLI")]


def test_town_as_scene_is_no_target(nlp: Any) -> None:
    event, _ = _one("Rebels attacked a hotel in Kidal.", "attacked")
    assert event["target"] == []
    assert RULE not in event["rule"]


def test_people_in_town_stay_the_target(nlp: Any) -> None:
    assert _targets("Gunmen attacked worshippers in Kidal.", "attacked") == [
        ("worshippers", None)]


def test_own_forces_on_own_town_is_no_target(nlp: Any) -> None:
    event, _ = _one("Malian troops attacked Kidal.", "attacked")
    assert event["target"] == []


def test_group_name_is_no_town(nlp: Any) -> None:
    assert _targets("Militants attacked Hamas fighters.", "attacked") == [
        ("Hamas fighters", "PSE")]


def test_explain_agrees_with_pipeline(nlp: Any) -> None:
    text = "Rebels attacked Kidal on Sunday."
    found = [c for c in explain(text, date=DATE, min_confidence=0) if c.trigger == "attacked"]
    assert len(found) == 1
    assert found[0].target == ["Mali (MLI)"]
    assert RULE in found[0].argument_rules
