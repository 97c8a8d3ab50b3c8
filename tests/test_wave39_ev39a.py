"""Wave 39, ev39a: victims with no known country, dispersed gatherings.

- events.args.foreign-victims.v1: the unnamed victims of force by a coded source that is no
  police force are the target, with the sentence's place's country or none (never the
  article's guess).
- events.args.dispersed-gathering.v2: dispersing a protest or rally acts on its protesters.
- events.args.dispersal-purpose.v2: "used tear gas to disperse about 300 people".
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
FOREIGN = "events.args.foreign-victims.v1"
GATHERING = "events.args.dispersed-gathering.v2"
PURPOSE = "events.args.dispersal-purpose.v2"


def _events(text: str, trigger: str) -> list[tuple[str, list[tuple[str, str | None]], str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    return [(e["type"], [actors[t] for t in e["target"]], e["rule"])
            for e in record["events"] if e["trigger"]["text"] == trigger]


def test_foreign_force_victims_without_country(nlp: Any) -> None:
    # the toll folds into its attack (events.args.toll-victims.v1 with the same rule)
    [(kind, target, rule)] = _events(
        "Russian forces shelled the city overnight, killing four people.", "shelled")
    assert (kind, target) == ("ASSAULT", [("four people", None)])
    assert FOREIGN in rule.split("+")


def test_foreign_force_victims_not_given_article_country(nlp: Any) -> None:
    text = ("Russia's parliament in Moscow approved a new budget for Russia on Monday. "
            "Russian forces shelled the city overnight, killing four people.")
    [(_, target, rule)] = _events(text, "shelled")
    assert target == [("four people", None)]
    assert FOREIGN in rule.split("+")


def test_police_victims_unchanged(nlp: Any) -> None:
    for _, target, rule in _events("Kenyan police killed three people.", "killed"):
        assert target == [("three people", "KEN")]
        assert FOREIGN not in rule.split("+")


def test_dispersed_protest_targets_protesters(nlp: Any) -> None:
    [(kind, target, rule)] = _events("Police broke up the rally with tear gas.", "broke")
    assert (kind, target) == ("ASSAULT", [("protesters", None)])
    assert GATHERING in rule.split("+")


def test_dispersed_protests_passive(nlp: Any) -> None:
    [(_, target, rule)] = _events("The protests were dispersed by police.", "dispersed")
    assert target == [("protesters", None)]
    assert GATHERING in rule.split("+")


def test_force_used_to_disperse_people(nlp: Any) -> None:
    [(kind, target, rule)] = _events("Police used tear gas to disperse about 300 people.", "used")
    assert (kind, target) == ("ASSAULT", [("about 300 people", None)])
    assert PURPOSE in rule.split("+")


def test_broke_without_up_is_no_dispersal(nlp: Any) -> None:
    for _, _, rule in _events("Police broke the rally's barricade.", "broke"):
        assert GATHERING not in rule.split("+")


def test_named_crowd_kept(nlp: Any) -> None:
    for _, target, rule in _events("Police dispersed the crowd.", "dispersed"):
        assert target == [("crowd", None)]
        assert GATHERING not in rule.split("+") and PURPOSE not in rule.split("+")
