"""Wave 40, ev40f: "defend" and "help" read as support or aid only when a party is named.

sense.defend-no-party.v1: "defend its installations", "were defending the farmland" is protection
or fighting, not verbal SUPPORT; "defended Pakistan", "defended Israel's right" stay.
sense.help-no-party.v1: "help end the conflict", "to help maintain security" is no AID between
actors; "helped Ukraine", "helped Pakistan build a port", "helped with the evacuation of Syrians"
stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    record = extract(text, date=DATE)
    actors = {a.id: a for a in record.actors}
    return [(e.type, e.trigger.text, [actors[i].name for i in e.target]) for e in record.events]


@pytest.mark.parametrize("text", [
    "Egypt's interior ministry said it will do its utmost to defend its installations.",
    "Rakhine Buddhists said they were defending the farmland against the Karen National Union.",
    "The Syrian rebels used chlorine gas to defend areas of Jobar."])
def test_defending_a_thing_is_no_support(nlp: Any, text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "SUPPORT"]


def test_defending_an_act_of_a_party_stays_support(nlp: Any) -> None:
    # pairs40: "defended the strike" supports the strikers (their act), a SUPPORT kept
    text = "Prime Minister Bainimarama of Fiji defended the strike as a way to press for wages."
    assert [e[0] for e in _events(text)] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "target"), [
    ("The Chinese foreign ministry defended Pakistan against the accusations.", "Pakistan"),
    ("France defended Israel's right to respond on Tuesday.", "Israel"),
    ("Russia defended its ally Syria at the United Nations.", "Syria")])
def test_defending_a_party_stays_support(nlp: Any, text: str, target: str) -> None:
    assert next(e for e in _events(text) if e[0] == "SUPPORT")[2] == [target]


@pytest.mark.parametrize("text", [
    "Libya descended into lawlessness, forcing militias to step in to help security.",
    "The government of Iran called in the military to help maintain security in Tehran.",
    "Japan's central bank helped kill off the housing bubble."])
def test_help_toward_an_end_is_no_aid(nlp: Any, text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "AID"]


def test_explain_names_the_sense_rules(nlp: Any) -> None:
    help_text = "Libya descended into lawlessness, forcing militias to step in to help security."
    defend_text = "Egypt's ministry said it will do its utmost to defend its installations."
    [helped] = [c for c in explain(help_text, date=DATE, min_confidence=0) if c.trigger == "help"]
    [defended] = [c for c in explain(defend_text, date=DATE,
                                     min_confidence=0) if c.trigger == "defend"]
    assert "sense.help-no-party.v1" in helped.outcome
    assert "sense.defend-no-party.v1" in defended.outcome


@pytest.mark.parametrize(("text", "target"), [
    ("The United States helped Ukraine with weapons.", ["Ukraine"]),
    ("Turkey helped with the evacuation of Syrians from Aleppo.", ["Syrians"])])
def test_help_to_a_party_stays_aid(nlp: Any, text: str, target: list[str]) -> None:
    assert next(e for e in _events(text) if e[0] == "AID")[2] == target


def test_help_with_a_clause_subject_stays_aid(nlp: Any) -> None:
    assert [e[0] for e in _events("China helped Pakistan build a port in Gwadar.")] == ["AID"]
