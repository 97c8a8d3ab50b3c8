"""Wave 63, ev63b: the party that owns what an act lands on is its target.

- events.args.object-owner.v1: an act of a force, legal, critical, protest or sanction type
  that still has no target, whose object (or the object of "against"/"on") is a common noun
  naming no party of its own, takes as target the country, body or group that noun's demonym,
  compound or possessor names ("Israeli attacks on Syrian targets", "a protest against Israeli
  land confiscation").
- Near misses keep what they were: a pronoun owner ("its own base"), the source's own thing, an
  object with an "of" phrase, followers of a party ("MDS sympathizers"), a target already found,
  an act of another type ("praised the Syrian plan").
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.object-owner.v1"


def _event(text: str, trigger: str) -> tuple[dict[str, Any], list[str], list[str]]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return event, [names[i] for i in event["source"]], [names[i] for i in event["target"]]


@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("Months of friction have now led to Israeli attacks on Syrian targets.", "attacks", "Syria"),
    ("The long quarrel ended in Turkish strikes on Iraqi targets near the river.", "strikes",
     "Iraq"),
    ("Hundreds joined a protest against Israeli land confiscation near Hebron on Friday.",
     "protest", "Israel"),
])
def test_owner_of_object_is_target(text: str, trigger: str, owner: str) -> None:
    event, _, targets = _event(text, trigger)
    assert targets == [owner]
    assert RULE in event["rule"]


def test_pronoun_owner_not_taken() -> None:
    event, _, targets = _event("Israel bombed its own base by mistake on Monday.", "bombed")
    assert targets == [] and RULE not in event["rule"]


def test_follower_noun_not_owner() -> None:
    event, _, targets = _event("Months of unrest ended in police raids on MDS sympathizers.",
                               "raids")
    assert RULE not in event["rule"] and "MDS" not in targets


def test_community_thing_not_state() -> None:
    text = "He plotted to bomb a Lithuanian Jewish community center in 2006."
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    assert all(RULE not in e["rule"] for e in record["events"])


def test_people_owner_left_to_crowd_rules() -> None:
    text = "A youth held a placard at a rally against the Jordanians crackdown in Amman."
    event, _, targets = _event(text, "rally")
    assert targets == ["Jordan"] and RULE not in event["rule"]


def test_of_phrase_object_not_owner() -> None:
    text = "Officers deported a Dutch member of parliament to Congo on Monday."
    event, _, _ = _event(text, "deported")
    assert RULE not in event["rule"]


def test_found_target_unchanged() -> None:
    event, _, targets = _event("Israeli jets struck Syrian troops near the border on Monday.",
                               "struck")
    assert targets and RULE not in event["rule"]


def test_other_types_unchanged() -> None:
    record = extract("Brazil praised the Syrian peace plan on Monday.", date=DATE,
                     min_confidence=0).to_dict()
    assert all(RULE not in e["rule"] for e in record["events"])


def test_demonym_on_verb_object_not_owner() -> None:
    record = extract("Their reforms helped kill off the Japanese property bubble.",
                     date=DATE, min_confidence=0).to_dict()
    assert all(RULE not in e["rule"] for e in record["events"])


def test_country_inside_longer_name_not_owner() -> None:
    text = "Last week a mob staged an attack on the Myanmar Times office in Yangon."
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    assert all(RULE not in e["rule"] for e in record["events"])
