"""Wave 83, ev83h: an act told in what a speaker said, which the sentence itself calls a claim
that someone denies, is reported.

events.modality.disputed-claim.v3: "two mayors said their offices had been raided by police, an
accusation the government denied" passes the raid on as a claim (reported), not as a fact. Near
misses: a speaker's claim with no denial after it, a claim noun whose relative clause is no
denial, the saying verb itself, an accusation told as a fact ("was accused of ..., charges he has
denied": the accusation is asserted), and an act in another clause of the sentence. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.modality.disputed-claim.v3"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two mayors said their offices had been raided by police, an accusation the government "
     "denied.", "raided"),
    ("Families said the detainees had been beaten in custody, accusations the ministry has "
     "rejected.", "beaten"),
    ("The rebels said the army had shelled the village, a claim that the military dismissed.",
     "shelled"),
    ("Families said the guards had beaten the prisoners and had denied them visits, "
     "accusations the prison service has rejected.", "beaten"),
])
def test_act_in_denied_claim_is_reported(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "reported"
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # no denial: attribution alone keeps the act asserted
    ("Two mayors said their offices had been raided by police on Monday.", "raided"),
    # a claim noun whose relative clause is no denial
    ("The rebels said the army had shelled the village, a claim that observers repeated.",
     "shelled"),
])
def test_act_without_denied_claim_stays_asserted(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "asserted"
    assert RULE not in event.rule


def test_accusation_itself_is_not_made_reported() -> None:
    text = "The minister was accused of taking bribes, charges he has denied."
    event = trigger_event(record_of(text), "accused")
    assert event.modality == "asserted"
    assert RULE not in event.rule


def test_act_in_another_clause_stays_asserted() -> None:
    text = ("The governor was arrested on Monday, and his aides said troops had raided his home, "
            "an accusation the army denied.")
    event = trigger_event(record_of(text), "arrested")
    assert event.modality == "asserted"
    assert RULE not in event.rule
