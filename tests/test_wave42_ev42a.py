"""Wave 42, ev42a: common-noun groups that name a party but made no actor.

- roles.yaml ``groups``: plural nouns for people or bodies that act as parties (bodyguards,
  factions, hackers, officers, personnel, opponents ...), so that the events naming them keep
  their source or target (``actors.description.group.v1``, its word list only).
- actors.group.listed-compound.v1: a phrase ending in a listed group word of several words whose
  head alone is no group word ("four armed men", "gang members") is a group phrase.
Near misses: the bare heads "men", "members", "people" stay no actor of their own.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.stages.actor_lexicon import code_description

DATE = "2023-06-15"
COMPOUND = "actors.group.listed-compound.v1"
Party = tuple[str, str | None, str | None]


def _events(text: str) -> list[tuple[str, str, list[Party], list[Party], str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country"), a.get("rule")) for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[s] for s in e["source"]],
             [actors[t] for t in e["target"]], e["rule"]) for e in record["events"]]


def _parties(text: str, trigger: str) -> tuple[str, list[str], list[str]]:
    [(kind, _, source, target, _)] = [e for e in _events(text) if e[1] == trigger]
    return kind, [s[0] for s in source], [t[0] for t in target]


def test_bodyguards_shoot(nlp: Any) -> None:
    assert _parties("The gunman was shot dead by the president's bodyguards.", "shot") == (
        "ASSAULT", ["president's bodyguards"], ["gunman"])


def test_factions_welcome(nlp: Any) -> None:
    assert _parties("The decision was welcomed by all factions.", "welcomed") == (
        "SUPPORT", ["all factions"], [])


def test_hackers_attack_with_no_country(nlp: Any) -> None:
    [(kind, _, source, _, _)] = _events("The attack was carried out by hackers.")
    assert (kind, source) == ("ASSAULT", [("hackers", None, "actors.description.group.v1")])


def test_police_officers_arrest(nlp: Any) -> None:
    assert _parties("Police officers arrested ten journalists in the capital.", "arrested") == (
        "COERCE", ["Police officers"], ["journalists"])


def test_security_personnel_fire(nlp: Any) -> None:
    assert _parties("Security personnel fired tear gas at the protesters.", "fired") == (
        "ASSAULT", ["Security personnel"], ["protesters"])


def test_opponents_accuse(nlp: Any) -> None:
    assert _parties("Opponents of the president accused the government of fraud.",
                    "accused") == ("ACCUSE", ["Opponents"], ["government"])


def test_armed_men_compound(nlp: Any) -> None:
    [(kind, _, source, _, _)] = _events("Four armed men stormed the village.")
    assert kind == "ASSAULT"
    assert source == [("armed men", None, f"actors.description.group.v1+{COMPOUND}")]


def test_gang_members_compound(nlp: Any) -> None:
    [(_, _, source, _, _)] = _events("Gang members attacked the village.")
    assert source == [("Gang members", None, f"actors.description.group.v1+{COMPOUND}")]


def test_listed_head_keeps_its_rule(nlp: Any) -> None:
    [(_, _, source, _, _)] = _events("Gunmen attacked the village.")
    assert source == [("Gunmen", None, "actors.description.group.v1")]


def test_bare_heads_make_no_actor(nlp: Any) -> None:
    for text in ("The men stormed the village.", "Members attacked the village.",
                 "People attacked the village."):
        assert _events(text) == [], text


def test_sectors_of_new_words() -> None:
    sectors = {w: code_description(w).sector for w in
               ("bodyguards", "hackers", "officers", "police officers", "security personnel",
                "military personnel", "rebel factions", "factions", "mediators", "inmates")}
    assert sectors == {"bodyguards": "COP", "hackers": "UAF", "officers": None,
                       "police officers": "COP", "security personnel": "COP",
                       "military personnel": "MIL", "rebel factions": "REB", "factions": None,
                       "mediators": "GOV", "inmates": "CVL"}
