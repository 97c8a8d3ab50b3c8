"""Wave 63, ev63e: the countries a party's own phrase names together all act.

- events.args.title-states.v1: a country-less party whose own "of"/"from" phrase joins two coded
  countries or more and nothing else ("the governments of Serbia and Bulgaria", "the foreign
  ministers of Chad, Niger and Mali") gives way to those countries in its argument; before, the
  parse finder added only the first country and kept the country-less party.
- Near misses keep their arguments: one country in the phrase ("the president of France"), a
  country joined with a body ("the leaders of the United States and the U.S. Navy"), a body in
  the phrase ("the president of the European Commission").
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.title-states.v1"


def _event(text: str, trigger: str) -> tuple[dict[str, Any], list[str], list[str]]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: f'{a["name"]}/{a["country"]}' for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return event, [names[i] for i in event["source"]], [names[i] for i in event["target"]]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The governments of Serbia and Bulgaria on Tuesday called on Greece to reopen the border.",
     "called", ["Serbia/SRB", "Bulgaria/BGR"]),
    ("The foreign ministers of Chad, Niger and Mali urged Russia to pull out its mercenaries.",
     "urged", ["Chad/TCD", "Niger/NER", "Mali/MLI"]),
    ("The leaders of Serbia and Bulgaria criticized the European Union on Monday.",
     "criticized", ["Serbia/SRB", "Bulgaria/BGR"]),
])
def test_phrase_countries_act(text: str, trigger: str, source: list[str]) -> None:
    event, found, _ = _event(text, trigger)
    assert RULE in event["rule"]
    assert found == source


def test_joined_to_the_head() -> None:
    """The second country parsed as joined to the head, not to the first country."""
    event, found, target = _event(
        "The governments of Vietnam and the Marshall Islands have expanded cooperation "
        "against smugglers.", "expanded")
    assert RULE in event["rule"]
    assert sorted(found) == ["Marshall Islands/MHL", "Vietnam/VNM"]
    assert sorted(target) == sorted(found)


def test_other_party_stays_target() -> None:
    _, found, target = _event(
        "The leaders of Serbia and Bulgaria met the Russian president on Monday.", "met")
    assert found == ["Serbia/SRB", "Bulgaria/BGR"]
    assert target == ["Russian president/RUS"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The president of France urged Russia to pull out its mercenaries.", "urged"),
    ("The president of the European Commission urged Russia to pull out its mercenaries.",
     "urged"),
    ("Senior leaders of the United States and the U.S. Navy criticized China on Monday.",
     "criticized"),
    ("The president of Serbia and the Bulgarian leader met on Monday.", "met"),
])
def test_near_misses(text: str, trigger: str) -> None:
    event, _, _ = _event(text, trigger)
    assert RULE not in event["rule"]
