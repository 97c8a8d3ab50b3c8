"""Wave 44, ev44b: acts whose frame tells whether they happened (``stages.modality_implied``).

events.modality.failed-act.v1: "failed to reach an agreement" is not done (negated).
events.modality.able-act.v1: "were able to discuss" is done, "will be able to conclude" ahead.
events.modality.permitted-act.v1: "will be allowed to fly" is only allowed (hypothetical).
events.modality.demand-noun.v1: "the demand for Britain's withdrawal" is only asked for (the
nominal is no event).
Near misses: a failing under "if", a noun under the failed verb ("failed to prevent the
attack"), a present ability ("are able to"), a past permission ("were allowed to"), a done act.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
Row = tuple[str, str, str, str | None, str]


def _events(text: str) -> list[Row]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return [(e["type"], e["trigger"]["text"], e["modality"], (e["date"] or {}).get("value"),
             e["rule"]) for e in record["events"]]


def _one(text: str, trigger: str) -> Row:
    [row] = [e for e in _events(text) if e[1] == trigger]
    return row


def test_failed_to_reach_is_negated(nlp: Any) -> None:
    kind, _, modality, date, rule = _one(
        "Leaders failed to reach an agreement on Wednesday.", "reach")
    assert (kind, modality, date) == ("AGREE", "negated", "2023-06-14")
    assert "events.modality.failed-act.v1" in rule.split("+")


def test_failed_to_approve_is_negated(nlp: Any) -> None:
    kind, _, modality, _, rule = _one(
        "The talks were halted when the Algerian government failed to approve the plan.",
        "approve")
    assert (kind, modality) == ("SUPPORT", "negated")
    assert "events.modality.failed-act.v1" in rule.split("+")


def test_conditional_failing_is_not_negated(nlp: Any) -> None:
    rows = [e for e in _events(
        "If the two sides fail to reach an agreement, the talks will collapse.") if e[1] == "reach"]
    assert all(e[2] == "hypothetical" for e in rows)


def test_noun_under_failed_verb_is_untouched(nlp: Any) -> None:
    rows = _events("Police failed to prevent the attack on the embassy.")
    assert not any("failed-act" in e[4] for e in rows)


def test_past_ability_is_asserted(nlp: Any) -> None:
    kind, _, modality, date, rule = _one(
        "The United States and South Korea were able to discuss the crisis on Monday.",
        "discuss")
    assert (kind, modality, date) == ("CONSULT", "asserted", "2023-06-12")
    assert "events.modality.able-act.v1" in rule.split("+")


def test_future_ability_is_future(nlp: Any) -> None:
    kind, _, modality, _, rule = _one(
        "The EU and the United States will be able to conclude an agreement next year.",
        "conclude")
    assert (kind, modality) == ("SUPPORT", "future")
    assert "events.modality.able-act.v1" in rule.split("+")


def test_inability_is_left_alone(nlp: Any) -> None:
    _, _, modality, _, rule = _one("The rebels were unable to capture the town.", "capture")
    assert modality == "hypothetical"
    assert "able-act" not in rule


def test_future_permission_is_hypothetical(nlp: Any) -> None:
    kind, _, modality, date, rule = _one(
        "North Korean missiles will only be allowed to travel to the territory of South Korea.",
        "travel")
    assert (kind, modality, date) == ("CONSULT", "hypothetical", None)
    assert "events.modality.permitted-act.v1" in rule.split("+")


def test_standing_permission_of_a_noun_act_drops_nothing_done(nlp: Any) -> None:
    rows = _events("As county counsel, he is allowed only to prosecute cases of the county.")
    assert not any(e[1] == "prosecute" and e[2] == "asserted" for e in rows)


def test_demand_for_withdrawal_is_no_event(nlp: Any) -> None:
    rows = _events("The Republican Party's demand for Britain's withdrawal angered London.")
    assert not any(e[1] == "withdrawal" for e in rows)


def test_done_acts_keep_their_modality(nlp: Any) -> None:
    kind, _, modality, _, rule = _one("The army withdrew from the town after talks failed.",
                                      "withdrew")
    assert (kind, modality) == ("RETREAT", "asserted")
    assert "events.modality" not in rule
    kind, _, modality, _, _ = _one("The government released the detainees on Friday.",
                                   "released")
    assert (kind, modality) == ("RETREAT", "asserted")
