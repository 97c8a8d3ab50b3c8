"""Wave 58, ev58a: an act a past plan names is not reported done.

- events.modality.past-plan.v1: the to-infinitive act of "plan", "intend" or "prepare" told in
  the past progressive or past perfect ("were planning to launch", "had planned to hold", "was
  preparing to block") is future (the future in the past), not asserted.
- Near misses keep their reading: the plain plan (future already, by the older frame rule),
  a plan denied (negated), an act done beside the plan ("planned and then staged"), a past
  progressive of another verb ("were trying to"), and "was set to" (left as it was).
"""

from __future__ import annotations

from tests.event_records import events_on, record_of, trigger_event

RULE = "events.modality.past-plan.v1"


def _reading(text: str, trigger: str) -> tuple[str, str, str]:
    event = trigger_event(record_of(text), trigger)
    return event.type, event.modality, event.rule


def test_past_progressive_plan_is_future() -> None:
    kind, modality, rule = _reading("The militants were planning to launch an offensive on "
                                    "the northern town, the army said.", "launch")
    assert kind == "ASSAULT" and modality == "future" and RULE in rule


def test_past_perfect_plan_is_future() -> None:
    kind, modality, rule = _reading("The ministers had planned to hold talks with the Japanese "
                                    "delegation in Oslo.", "hold")
    assert kind == "CONSULT" and modality == "future" and RULE in rule


def test_past_progressive_preparation_is_future() -> None:
    kind, modality, rule = _reading("Farmers were preparing to block a highway outside the "
                                    "capital.", "block")
    assert kind == "PROTEST" and modality == "future" and RULE in rule


def test_plain_plan_keeps_the_older_rule() -> None:
    kind, modality, rule = _reading("Moscow plans to deploy troops to the border next year.",
                                    "deploy")
    assert kind == "MOBILIZE" and modality == "future" and RULE not in rule


def test_denied_plan_stays_negated() -> None:
    _, modality, rule = _reading("The general said the army had not planned to launch an "
                                  "offensive.", "launch")
    assert modality == "negated" and RULE not in rule


def test_act_beside_the_plan_stays_asserted() -> None:
    text = "Police were planning a raid and arrested four activists on Monday."
    for event in events_on(text, "arrested"):
        assert event.modality == "asserted" and RULE not in event.rule


def test_other_past_progressive_is_untouched() -> None:
    text = "Soldiers were trying to disperse the crowd in the square."
    for event in events_on(text, "disperse"):
        assert RULE not in event.rule
