"""Wave 38, ev38a: the victims of harm acts as targets.

- events.args.series-object.v1: a harm verb that opens a list of verbs with no object of its
  own ("tortured, killed and disappeared 34 people", "arrested and beat John Smith") acts on the
  object the list ends with; not when a later verb has a subject or an object of its own.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
SERIES = "events.args.series-object.v2"  # v2 in wave 39 (ev39b)


def _events(text: str, trigger: str) -> list[tuple[str, list[str], str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["type"], [names[t] for t in e["target"]], e["rule"])
            for e in record["events"] if e["trigger"]["text"] == trigger]


def test_list_of_harm_verbs_shares_unnamed_victims(nlp: Any) -> None:
    [(kind, target, rule)] = _events(
        "Security forces have tortured, killed and forcibly disappeared at least 34 people.",
        "tortured")
    assert (kind, target) == ("ASSAULT", ["34 people"])
    assert SERIES in rule.split("+")


def test_list_of_harm_verbs_shares_named_victim(nlp: Any) -> None:
    [(kind, target, rule)] = _events("Police arrested and beat John Smith.", "arrested")
    assert (kind, target) == ("COERCE", ["John Smith"])
    assert SERIES in rule.split("+")


def test_verb_with_own_object_keeps_it(nlp: Any) -> None:
    for _, target, rule in _events("Police arrested him and beat protesters.", "arrested"):
        assert "protesters" not in target
        assert SERIES not in rule.split("+")


def test_later_verb_with_own_subject_is_another_act(nlp: Any) -> None:
    [(kind, target, rule)] = _events("Troops attacked, and the rebels killed two soldiers.",
                                     "attacked")
    assert (kind, target) == ("ASSAULT", [])
    assert SERIES not in rule.split("+")


def test_list_ending_on_a_place_names_no_party(nlp: Any) -> None:
    for _, target, rule in _events("Rebels attacked and seized the town.", "attacked"):
        assert target == []
        assert SERIES not in rule.split("+")
