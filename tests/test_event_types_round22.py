"""Issue 11, round 22 (ev22c): statements coded as the act they speak of.

"warned that <what is or was>" reports or criticises and threatens nothing; "pledged to fight
corruption" is a policy promise, not a threat of force. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on

# --- a warning that states what is or was is no threat -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rights group warned that the new dams are pushing farmers off their land.", "warned"),
        ("The monitors warned that government troops were shelling the northern villages.",
         "warned"),
        ("The opposition party warned that the deficit remains far too large.", "warned"),
        ("Aid agencies warn that the shortage is getting worse in the camps.", "warn"),
        ("The commission cautioned that the ballots were printed by the ruling party.",
         "cautioned"),
    ],
)
def test_a_warning_of_what_is_or_was_is_no_threat(text: str, word: str) -> None:
    assert not [e for e in events_on(text, word) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Moscow warned that Russia would respond to any attack.", "warned"),
        ("The army warned that it is ready to strike the rebel camps.", "warned"),
        ("The minister warned that his country intends to retaliate.", "warned"),
        ("The rebels warned that if talks fail, the war is going to resume.", "warned"),
        ("Police warned the organisers that the marchers will be arrested.", "warned"),
    ],
)
def test_a_warning_of_an_act_ahead_or_of_ones_own_stays_a_threat(text: str, word: str) -> None:
    assert _of(text, word).type == "THREATEN"


def test_the_warning_rule_names_itself() -> None:
    from dateline.stages.senses import sense_rules

    assert "events.sense.warn-of-present-fact.v1" in {r.rule for r in sense_rules()}


# --- a vow to fight an evil is a promise, not a threat of force -----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new premier vowed to fight corruption in the customs service.", "vowed"),
        ("The president pledged on Monday to combat fake news before the vote.", "pledged"),
        ("The government has vowed to defeat extremist ideology in the schools.", "vowed"),
        ("The mayor promised to continue to fight crime in the port district.", "promised"),
    ],
)
def test_a_vow_to_fight_an_evil_is_a_promise(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.type == "AGREE"
    assert "events.sense.vow-policy-fight.v1" in event.rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebel commander vowed to crush the government forces.", "vowed"),
        ("The militia pledged to attack the army bases in the north.", "pledged"),
    ],
)
def test_a_vow_to_fight_a_party_stays_a_threat(text: str, word: str) -> None:
    assert _of(text, word).type == "THREATEN"


# --- a warning of a hazard, to no party, is a forecast ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army spokesman warned of possible riots in the border towns.", "warned"),
        ("Regional diplomats warned of the costs of a wider war.", "warned"),
        ("The foreign ministry warned of the dangers of militancy in the valley.", "warned"),
    ],
)
def test_a_warning_of_a_hazard_is_no_threat(text: str, word: str) -> None:
    assert not [e for e in events_on(text, word) if e.type == "THREATEN"]


def test_a_warning_to_a_party_of_a_reprisal_stays_a_threat() -> None:
    text = "The general warned the rebels of swift reprisals if they attack the convoy."
    assert _of(text, "warned").type == "THREATEN"


def test_a_warning_of_retaliation_stays_a_threat() -> None:
    text = "The Iranian government warned of retaliation against Israel."
    assert _of(text, "warned").type == "THREATEN"
