"""Wave 53, ev53d: light verbs in another sense ("declined to give details", "give ... in").

- events.sense.withheld-details.v1: a refusal to give details, clarify or make an announcement
  is a source that will not say more, no REJECT; declining an invitation or a proposal, or to
  discuss a proposal, stays REJECT.
- events.sense.give-in-phrase.v1 / events.sense.given-in-phrase.v1 (retired in wave 54: the
  "give in" entry fits only the verb's own particle, events.trigger.own-particle.v1): "give"
  with an object (or a passive subject) and an "in" phrase ("give evidence in the trial") is no
  "give in" (CONCEDE); "refused to give in", "will never give in" and "gave up ... in" keep theirs.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"


def _events(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return events


def _types(text: str) -> list[tuple[str, str]]:
    return [(e["trigger"]["text"], e["type"]) for e in _events(text)]


def test_declined_to_provide_details_is_no_reject(nlp: Any) -> None:
    assert _types("The finance minister declined to provide further details.") == []


def test_declined_to_clarify_is_no_reject(nlp: Any) -> None:
    assert _types("The Interior Ministry declined to clarify when the inquiry would begin.") == []


def test_declined_to_discuss_details_is_no_reject(nlp: Any) -> None:
    assert _types("A ministry spokesman declined to discuss details of the talks.") == []


def test_declined_announcement_is_no_reject(nlp: Any) -> None:
    assert _types("The Foreign Ministry declined to make any announcement on the embargo.") == []


def test_declined_invitation_stays_reject(nlp: Any) -> None:
    assert ("declined", "REJECT") in _types("Iran declined the invitation to attend the summit.")


def test_declined_to_discuss_proposal_stays_reject(nlp: Any) -> None:
    found = _types("Iran declined to discuss the proposal with the United States.")
    assert ("declined", "REJECT") in found


def test_refused_to_withdraw_stays_reject(nlp: Any) -> None:
    found = _types("The army refused to withdraw its troops from the border.")
    assert ("refused", "REJECT") in found


def test_give_reaction_in_a_case_is_no_concession(nlp: Any) -> None:
    text = ("The prosecutor was expected to give the government's first reaction to the "
            "ruling in a case that has divided both countries.")
    assert [t for _, t in _types(text)] == []


def _outcome(text: str, trigger: str) -> str:
    return next(c.outcome for c in explain(text, date=DATE, min_confidence=0)
                if c.trigger == trigger)


def test_give_evidence_in_a_trial_names_the_rule(nlp: Any) -> None:
    text = "The minister agreed to give evidence in the trial of the former president."
    assert all(t != "CONCEDE" for _, t in _types(text))
    found = next(c.refused for c in explain(text, date=DATE, min_confidence=0)
                 if c.trigger == "give")
    assert any("events.trigger.own-particle.v1" in r for r in found)


def test_withheld_details_names_the_rule(nlp: Any) -> None:
    text = "The embassy declined to give details of the arrest."
    assert "events.sense.withheld-details.v1" in _outcome(text, "declined")


def test_never_give_in_stays_concede(nlp: Any) -> None:
    found = _types("The government said it would never give in to the rebels.")
    assert ("give", "CONCEDE") in found


def test_give_in_on_a_date_stays_concede(nlp: Any) -> None:
    assert ("give", "CONCEDE") in _types("The junta will give in on the election date.")


def test_gave_up_land_in_a_deal_stays_concede(nlp: Any) -> None:
    found = _types("Israel gave up land in the deal with the Palestinians.")
    assert ("gave", "CONCEDE") in found
