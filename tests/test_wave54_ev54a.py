"""Wave 54, ev54a: acts under withheld leave, and provisions named by "it".

- events.modality.refused-leave.v1: the act a party does not allow, or refuses to let happen,
  in the active, did not happen (negated), or is only possible (hypothetical) when the leave
  will or would be withheld or is vowed to be; a noun act under a light verb ("make a visit",
  "hold a rally") counts as that act, and a hypothetical noun act is no happening.
- events.gate.provided-act-pronoun.v1: a subject "it" of a verb of giving leave that stands for
  a law or deal named just before (the nearest main-clause subject that is not a person) makes
  the act a provision, no event, as in events.gate.provided-act.v1.
"""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner

from dateline import extract
from dateline.cli import main

DATE = "2023-06-15"


def _events(text: str) -> list[tuple[str, str, str, str]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [(e["trigger"]["text"], e["type"], e["modality"], e["rule"]) for e in events]


def _modality(text: str, trigger: str) -> str | None:
    return next((m for t, _, m, _ in _events(text) if t == trigger), None)


def _explain(text: str) -> str:
    return CliRunner().invoke(main, ["explain", text]).output


# --- events.modality.refused-leave.v1 ---------------------------------------------------------

def test_refused_to_let_act_is_negated(nlp: Any) -> None:
    text = "The tribunal refused to let the guards arrest the journalist."
    found = _events(text)
    assert any(t == "arrest" and m == "negated" and "refused-leave" in r
               for t, _, m, r in found)
    assert any(t == "refused" and ty == "REJECT" for t, ty, _, _ in found)


def test_did_not_let_is_negated(nlp: Any) -> None:
    assert _modality("The mayor did not let the exiles meet the envoy.", "meet") == "negated"


def test_progressive_denial_with_passive_act(nlp: Any) -> None:
    text = "The province is not allowing the reserve battalion to be deployed in the hills."
    assert _modality(text, "deployed") == "negated"


def test_future_denial_is_hypothetical(nlp: Any) -> None:
    text = "Beijing will not allow Manila to hold talks with Tokyo."
    assert _modality(text, "hold") == "hypothetical"


def test_light_verb_noun_under_denial_is_no_event(nlp: Any) -> None:
    text = "Accra said it won't allow the visiting premier to make a state visit."
    assert all(t != "visit" for t, _, _, _ in _events(text))
    assert "events.modality.refused-leave.v1" in _explain(text)


def test_granted_leave_is_unchanged(nlp: Any) -> None:
    assert _modality("The mayor let the exiles meet the envoy.", "meet") == "asserted"


def test_act_before_the_denial_is_unchanged(nlp: Any) -> None:
    text = "The ministry will work with Paris on the plan... we cannot allow chaos to spread."
    assert _modality(text, "work") == "future"


def test_negated_to_infinitive_keeps_older_rule(nlp: Any) -> None:
    text = "The general said he would never permit the militia to attack the camp."
    found = _events(text)
    assert any(t == "attack" and m == "negated" and "refused-leave" not in r
               for t, _, m, r in found)


# --- events.gate.provided-act-pronoun.v1 ------------------------------------------------------

def test_it_after_deal_in_same_sentence(nlp: Any) -> None:
    text = ("The new pact lets the coast guard patrol the strait, but it does not allow the "
            "coast guard to attack fishing boats.")
    assert all(t != "attack" for t, _, _, _ in _events(text))


def test_it_after_decree_in_previous_sentence(nlp: Any) -> None:
    text = "The decree was published on Monday. It allows police to arrest strikers at will."
    assert all(t != "arrest" for t, _, _, _ in _events(text))
    assert "events.gate.provided-act-pronoun.v1" in _explain(text)


def test_it_after_a_party_is_kept(nlp: Any) -> None:
    text = "Moscow signed the deal on Monday. It allows its troops to attack the rebels."
    assert any(t == "attack" for t, _, _, _ in _events(text))
