"""Wave 75, ev75b: triggers read in another sense (rounds 44-45 judges).

- events.sense.charge-at.v1: "strikers charged at them" is a physical rush, no accusation.
- events.sense.flown-passive.v1: "was flown by helicopter to the capital" is no visit.
- events.sense.met-by-crowds.v1: "was met by angry crowds" is a protest, not a meeting.
- events.sense.appeal-for-donations.v1: "hospitals appealed for blood donations" is no request.
- events.sense.fight-back-trade.v1: "forced to fight back" over tariffs is no assault.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.explain import explain


def _outcome(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    found = [c for c in explain(text, date="2024-05-06", min_confidence=0) if c.trigger == trigger]
    assert found, [c.trigger for c in explain(text, date="2024-05-06", min_confidence=0)]
    return found[0].outcome, found[0].type, found[0].rule


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("The commissioner said officers opened fire after a band of armed miners charged at them "
     "near the pit.", "charged", "charge-at.v1"),
    ("The detained governor was handcuffed and flown by helicopter to the capital after his "
     "surrender.", "flown", "flown-passive.v1"),
    ("Clinics in the northern towns appealed for blood donations as the wounded arrived.",
     "appealed", "appeal-for-donations.v1"),
    ("The trade ministry in Beijing said it had been \"forced to fight back\" and that its own "
     "tariffs on American goods took effect.", "fight", "fight-back-trade.v1"),
])
def test_other_sense_is_no_event(text: str, trigger: str, rule: str) -> None:
    outcome, _, _ = _outcome(text, trigger)
    assert outcome.startswith("sense rule") and rule in outcome, outcome


def test_met_by_angry_crowds_is_protest() -> None:
    outcome, type_, rule = _outcome(
        "President Ilham Aliyev was met by angry crowds of Azerbaijanis in Paris during a tour "
        "this month.", "met")
    assert outcome == "event" and type_ == "PROTEST"
    assert rule is not None and "met-by-crowds.v1" in rule


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Prosecutors charged the former minister with fraud on Monday.", "charged", "ACCUSE"),
    ("The Iranian foreign minister flew to Moscow for talks on Monday.", "flew", "CONSULT"),
    ("President Ilham Aliyev met the French president in Paris on Monday.", "met", "CONSULT"),
    ("The opposition appealed for calm after the vote on Monday.", "appealed", "REQUEST"),
])
def test_near_misses_keep_their_sense(text: str, trigger: str, type_: str) -> None:
    outcome, found, _ = _outcome(text, trigger)
    assert outcome == "event" and found == type_, outcome


# actors.organization.body-namesake.v1: "Congress" ending a longer proper name is another body.
def _actor(text: str, mention: str) -> tuple[str | None, str | None]:
    from tests.event_records import actor_by_mention

    actor = actor_by_mention(text, mention)
    return actor.country, actor.rule


def test_longer_name_ending_in_congress_is_no_us_congress() -> None:
    country, rule = _actor("Tesfaye Bekele, chairman of the Sidama Liberation Congress, criticised "
                           "the election board on Monday.", "Sidama Liberation Congress")
    assert country != "USA"
    assert rule == "actors.organization.body-namesake.v1"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The Indian National Congress criticised the ruling party on Monday.",
     "Indian National Congress", "IND"),
    ("The African National Congress criticised the opposition on Monday.",
     "African National Congress", "ZAF"),
    ("The U.S. Congress passed the bill on Monday.", "U.S. Congress", "USA"),
    ("El Salvador's Congress approved the decree on Sunday.", "El Salvador's Congress", "SLV"),
])
def test_own_and_possessed_names_keep_their_body(text: str, mention: str, country: str) -> None:
    found, rule = _actor(text, mention)
    assert found == country and rule != "actors.organization.body-namesake.v1"
