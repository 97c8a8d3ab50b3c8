"""Wave 53, ev53c: what a law or an agreement allows is no act done.

- events.gate.provided-act.v1: the act under an active verb of giving leave (allow, permit,
  let, enable, authorize ...) whose giver is a text or measure (law, treaty, agreement, policy,
  amendment ...) is a provision, not an event: "the statute lets the coast guard board
  trawlers". A party that gives leave, a passive of leave and acts inside the object's own
  clauses are left as they were.
"""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner

from dateline import extract
from dateline.cli import main

DATE = "2023-06-15"


def _types(text: str) -> list[tuple[str, str]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [(e["trigger"]["text"], e["type"]) for e in events]


def test_statute_allowing_arrests_is_no_event(nlp: Any) -> None:
    assert _types("The new statute allows the police to arrest and detain strikers.") == []


def test_relative_clause_of_amendment(nlp: Any) -> None:
    text = "Lawmakers passed an amendment that permits the army to seek foreign aid."
    assert all(t != "seek" for t, _ in _types(text))


def test_participle_after_law_took_effect(nlp: Any) -> None:
    text = "A decree came into force on Friday authorizing the militia to seize weapons."
    assert all(t != "seize" for t, _ in _types(text))


def test_carried_on_act_and_noun_object(nlp: Any) -> None:
    assert _types("The accord lets the navy continue searching fishing boats.") == []
    found = _types("The pact, signed in Amman, would let Jordan carry out raids in Syria.")
    assert all(t != "raids" for t, _ in found)


def test_explain_names_the_rule(nlp: Any) -> None:
    text = "The treaty allows the coast guard to arrest foreign fishermen."
    result = CliRunner().invoke(main, ["explain", text])
    assert "events.gate.provided-act.v1" in result.output


def test_party_giving_leave_is_kept(nlp: Any) -> None:
    found = _types("The junta agreed on Monday to let the rebels attack the garrison.")
    assert ("agreed", "AGREE") in found


def test_act_inside_object_clause_is_kept(nlp: Any) -> None:
    text = "The law allows the return of the officials who were detained by the rebels."
    assert ("detained", "COERCE") in _types(text)


def test_party_not_text_as_giver_is_kept(nlp: Any) -> None:
    text = "The government passed a law on Monday, allowing police to arrest protesters."
    assert ("arrest", "COERCE") in _types(text)
