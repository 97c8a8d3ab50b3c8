"""Wave 71, ev71d: no event or a wrong type on real news (issue 11, rounds 41-42 and dev news).

- events.sense.vow-justice.v1: a vow that the culprits of an attack will be caught or punished
  is a THREATEN toward them, not an AGREE.
- events.sense.vow-defence.v1: a vow to defend the country against an act is a THREATEN.
- events.sense.promise-of-present-fact.v1: a promise that states what is (another party's
  present act) is no commitment: no event.
- events.sense.censure-label.v1: "condemned what he called a crime", "criticised the plan,
  calling it illegal": the label is the censure restated, no second ACCUSE.
- events.sense.conditioned-act.v1: an act noun that something depends on is a condition, no act.
Near misses keep their events.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_with_trigger, record_dict


def _events(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["type"], e["rule"]) for e in events_with_trigger(record_dict(text), trigger)]


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president vowed that those responsible for the bombing would be held "
     "accountable.", "vowed"),
    ("Prime Minister Anna Berg promised that her government would not rest until those "
     "responsible were brought to justice.", "promised"),
    ("The Egyptian interior minister vowed that the perpetrators would pay the price.", "vowed"),
])
def test_vow_to_punish_culprits_is_a_threat(text: str, trigger: str) -> None:
    found = _events(text, trigger)
    assert found and found[0][0] == "THREATEN"
    assert "events.sense.vow-justice.v1" in found[0][1]


def test_vow_to_defend_against_an_intervention_is_a_threat() -> None:
    found = _events("The Nigerien junta vowed to defend the country against any foreign "
                    "intervention.", "vowed")
    assert found and found[0][0] == "THREATEN"
    assert "events.sense.vow-defence.v1" in found[0][1]


def test_promise_of_a_present_fact_is_no_event() -> None:
    assert _events("The Kenyan governor promised that security forces were in pursuit.",
                   "promised") == []


def test_label_inside_a_censure_is_no_second_accusation() -> None:
    text = "The French foreign minister condemned what he called a cowardly attack."
    assert _events(text, "called") == []
    assert [t for t, _ in _events(text, "condemned")] == ["ACCUSE"]
    text = "The Polish president criticised the ruling, calling it illegal."
    assert _events(text, "calling") == []
    assert [t for t, _ in _events(text, "criticised")] == ["ACCUSE"]


def test_act_named_as_a_condition_is_no_event() -> None:
    text = ("Western donors said that reconstruction aid depended on Serbia's cooperation with "
            "the tribunal.")
    assert _events(text, "cooperation") == []


@pytest.mark.parametrize("text, trigger, type_", [
    # a promise of the speaker's own act to a party stays AGREE
    ("The Rwandan president promised that peacekeepers would be sent to protect civilians.",
     "promised", "AGREE"),
    # a vow that names the culprits with no word of pursuit stays AGREE
    ("The Kenyan president promised that the families of those responsible would receive "
     "help.", "promised", "AGREE"),
    # a vow to protect with no party to resist stays AGREE
    ("The Malian rebels pledged to protect aid convoys.", "pledged", "AGREE"),
    # a negative label on its own is an accusation
    ("The Chinese foreign ministry called the accusations baseless.", "called", "ACCUSE"),
])
def test_near_misses_keep_their_type(text: str, trigger: str, type_: str) -> None:
    assert [t for t, _ in _events(text, trigger)] == [type_]


def test_label_under_a_welcome_is_left_alone() -> None:
    text = "The German chancellor welcomed what she called a historic agreement."
    assert [t for t, _ in _events(text, "welcomed")] == ["SUPPORT"]


def test_act_that_is_not_a_condition_stays() -> None:
    text = "Israeli raids on Gaza killed ten people on Monday."
    assert [t for t, _ in _events(text, "raids")] == ["ASSAULT"]
