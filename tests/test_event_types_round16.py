"""Issue 11, round 16 (ev16c): type slips and missed acts found reading dev stories.

PLOVER codes the promise of a concession as CONCEDE and the concession carried out as RETREAT
(codebook: "make a promise of removing curfews in the future", "promise to withdraw from
territory"). The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_in

# --- a promise to ease, free, withdraw or disarm is a concession -------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government of Chad has agreed to lift the night curfew in the capital.", "agreed"),
        ("The president of Peru promised on Monday to free the jailed opposition leaders.",
         "promised"),
        ("The rebel army in Mali pledged to withdraw its fighters from the northern towns.",
         "pledged"),
        ("The militia leaders in Libya have agreed to disarm their men by the end of the year.",
         "agreed"),
        ("Nepal's interior minister vowed to ease the restrictions on foreign journalists.",
         "vowed"),
    ],
)
def test_a_promised_concession_is_concede(text: str, word: str) -> None:
    assert _of(text, word).type == "CONCEDE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government of Bolivia will lift the curfew in La Paz on Friday.", "lift"),
        ("The army of Ghana will withdraw its troops from the disputed border region next "
         "month.", "withdraw"),
    ],
)
def test_a_retreat_told_as_future_is_a_concession_made(text: str, word: str) -> None:
    event = _of(text, word)  # the promise is made now: asserted
    assert (event.type, event.modality) == ("CONCEDE", "asserted")


# --- a hostile act promised on a condition is a threat ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The European Union will impose new sanctions on Belarus unless Minsk frees the jailed "
         "reporters.", "impose"),
        ("The interior minister of Kenya said police would arrest the strike leaders if they "
         "blocked the roads again.", "arrest"),
    ],
)
def test_a_hostile_act_on_a_condition_is_a_threat(text: str, word: str) -> None:
    event = _of(text, word)
    assert (event.type, event.modality) == ("THREATEN", "asserted")


def test_a_hostile_act_that_is_the_condition_is_no_threat() -> None:
    text = "If Turkey attacks the Kurdish militia, the United States will respond."
    assert "THREATEN" not in {e.type for e in events_in(text)}


def test_a_sanction_without_a_condition_stays_a_sanction() -> None:
    text = "The European Union will impose new sanctions on Belarus next week."
    assert _of(text, "impose").type == "SANCTION"


# --- what stays as it was -----------------------------------------------------------------------


def test_a_retreat_carried_out_stays_retreat() -> None:
    text = "The government of Bolivia lifted the curfew in La Paz on Friday."
    assert _of(text, "lifted").type == "RETREAT"


def test_agreeing_to_cooperate_stays_agree() -> None:
    text = "Kenya and Uganda agreed on Monday to cooperate on border security."
    assert _of(text, "agreed").type == "AGREE"


def test_agreeing_to_stop_an_everyday_act_is_no_concession() -> None:
    text = "Poland agreed on Monday to stop buying coal from Russia."
    assert "CONCEDE" not in {e.type for e in events_in(text)}


def test_a_future_resignation_stays_a_resignation() -> None:
    text = "The prime minister of Italy will resign next week, his office said."
    assert "CONCEDE" not in {e.type for e in events_in(text)}


# --- an act under a noun of intent lies ahead ----------------------------------------------------


def test_an_act_under_a_noun_of_intent_is_future() -> None:
    text = "The government of Niger announced its readiness to deploy troops to Mali."
    assert _of(text, "deploy").modality == "future"


def test_a_concession_under_a_noun_of_intent_is_a_promise() -> None:
    text = "The government of Sudan announced its readiness to release the detained activists."
    assert _of(text, "release").type == "CONCEDE"
