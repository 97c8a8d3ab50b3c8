"""Wave 54, ev54b: the attacker a sentence names for a passive act of harm outside a "by" phrase.

- events.args.battle-with.v1: a passive ASSAULT verb with no "by" phrase told as happening in
  a fight noun that is no trigger of its own ("a firefight with", "an exchange of fire with")
  takes the fight's "with" party as its source.
- events.args.harm-clause-attacker.v2: a passive ASSAULT verb with no "by" phrase whose
  "when"/"after"/"as" clause has an active act of force takes that clause's named subject as
  its source (not a pronoun, not a crowd).
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
BATTLE = "events.args.battle-with.v1"
CLAUSE = "events.args.harm-clause-attacker.v2"


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], {a["id"]: a for a in record["actors"]}


def _names(event: dict[str, Any], actors: dict[str, Any], slot: str) -> list[str]:
    return [actors[a]["name"] for a in event[slot]]


def test_firefight_with_names_the_killer(nlp: Any) -> None:
    event, actors = _event("Two Malian guards were killed in a firefight with jihadist "
                           "militants near Gao.", "killed")
    assert event["type"] == "ASSAULT"
    assert any("militants" in n for n in _names(event, actors, "source"))
    assert BATTLE in event["rule"]


def test_exchange_of_fire_with_names_the_killer(nlp: Any) -> None:
    event, actors = _event("Nine smugglers were killed in an exchange of fire with the "
                           "Peruvian army on Friday.", "killed")
    assert any("army" in n for n in _names(event, actors, "source"))
    assert BATTLE in event["rule"]


def test_clause_of_attack_names_the_attacker(nlp: Any) -> None:
    event, _ = _event("A Kenyan officer was killed when al-Shabaab fighters ambushed "
                      "his patrol.", "killed")
    assert event["source"]
    assert CLAUSE in event["rule"]


def test_near_miss_exchange_between_two_sides_has_no_source(nlp: Any) -> None:
    event, _ = _event("Three farmers were killed in an exchange of fire between the army "
                      "and rebels.", "killed")
    assert event["source"] == []
    assert BATTLE not in event["rule"]


def test_near_miss_exchange_of_letters_is_no_fight(nlp: Any) -> None:
    event, _ = _event("Two clerks were arrested during an exchange of letters with the "
                      "Bolivian embassy.", "arrested")
    assert BATTLE not in event["rule"]


def test_near_miss_pronoun_clause_subject_is_not_read(nlp: Any) -> None:
    event, _ = _event("Four soldiers were killed when they attacked a rebel camp.", "killed")
    assert event["source"] == []
    assert CLAUSE not in event["rule"]


def test_near_miss_crowd_in_the_clause_is_no_shooter(nlp: Any) -> None:
    event, _ = _event("Two men were shot when protesters stormed the town hall.", "shot")
    assert event["source"] == []
    assert CLAUSE not in event["rule"]


def test_near_miss_by_phrase_is_kept(nlp: Any) -> None:
    event, actors = _event("Five rebels were killed by Chadian troops in a battle with the "
                           "army.", "killed")
    assert any("Chad" in n or "troops" in n for n in _names(event, actors, "source"))
    assert BATTLE not in event["rule"]
