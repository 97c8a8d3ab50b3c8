"""Wave 67 (ev67d): an attack noun that is the means of a harm verb's act is one ASSAULT
(events.repeat.means-noun.v1); a weapon test-fired is no attack (events.sense.test-fire.v1)."""

from __future__ import annotations

from typing import Any

from dateline.record import Event
from tests.event_records import record_of

RULE = "events.repeat.means-noun.v1"


def _assaults(nlp: Any, text: str) -> list[Event]:
    return [e for e in record_of(text).events if e.type == "ASSAULT"]


def test_strike_noun_folds_into_kill(nlp: Any) -> None:
    events = _assaults(nlp, "Three soldiers were killed during Russian raids in eastern "
                            "Ukraine on Monday.")
    assert len(events) == 1
    assert events[0].trigger.text == "killed"
    assert RULE in events[0].rule


def test_strikes_subject_folds_into_kill(nlp: Any) -> None:
    events = _assaults(nlp, "Turkish airstrikes continue killing Kurdish fighters in "
                            "northern Syria.")
    assert len(events) == 1
    assert RULE in events[0].rule


def test_separate_attacks_stay_two(nlp: Any) -> None:
    events = _assaults(nlp, "Rebels attacked the garrison on Friday and troops shelled the "
                            "rebel camp on Saturday.")
    assert len(events) == 2
    assert all(RULE not in e.rule for e in events)


def test_noun_with_its_own_attacker_stays(nlp: Any) -> None:
    events = _assaults(nlp, "Kenyan police killed two gunmen after an al-Shabaab attack on a "
                            "bus in Mandera.")
    assert all(RULE not in e.rule for e in events)


def test_test_fired_weapon_is_no_attack(nlp: Any) -> None:
    events = _assaults(nlp, "Iranian forces test-fired a new cruise missile in the Gulf on "
                            "Tuesday.")
    assert events == []


def test_fired_at_a_party_stays_attack(nlp: Any) -> None:
    events = _assaults(nlp, "Iranian forces fired a cruise missile at a Saudi tanker in the "
                            "Gulf on Tuesday.")
    assert [e.trigger.text for e in events] == ["fired"]
