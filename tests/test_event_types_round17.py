"""Issue 11, round 17 (ev17c): triggers read in a sense that is no PLOVER act, and attacks by
computer coded as coercion (PLOVER COERCE/cyber: hacking, security breaches, website attacks).

The shapes recur in the dev stories; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on

# --- an attack by computer is COERCE/cyber ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A ransomware attack shut down hospitals across Nigeria on Wednesday, officials said.",
        "The cyber attack on the Estonian ministry of defence was blamed on Russian hackers.",
        "Officials in Seoul said the cyber-attack on the state broadcaster came from the North.",
    ],
)
def test_an_attack_by_computer_is_cyber_coercion(text: str) -> None:
    event = _of(text, "attack")
    assert (event.type, event.mode) == ("COERCE", "cyber")
    assert event.rule.startswith("events.sense.cyber-attack.v1")


def test_an_armed_attack_stays_assault() -> None:
    text = "The rocket attack on the Israeli town of Sderot was blamed on Hamas militants."
    assert _of(text, "attack").type == "ASSAULT"


# --- an attack of illness is no act -------------------------------------------------------------


def test_a_heart_attack_is_no_event() -> None:
    text = "Senator Kerry Has a Heart Attack"
    assert events_on(text, "Attack") == []


# --- being armed is no arming -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen who stormed the hotel in Mali were armed with rifles and grenades.",
        "Police in Kenya said the raiders were heavily armed with machetes and guns.",
    ],
)
def test_being_armed_is_no_aid(text: str) -> None:
    assert events_on(text, "armed") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran has armed the Houthi rebels in Yemen with missiles, the report said.",
        "The rebels in Syria were armed by Turkey, the Syrian government said.",
    ],
)
def test_arming_a_party_stays_aid(text: str) -> None:
    assert _of(text, "armed").type == "AID"


# --- conceding a fact is no concession ----------------------------------------------------------


def test_conceding_a_fact_is_no_concession() -> None:
    text = "The Finnish government conceded that it had failed to win a majority in parliament."
    assert events_on(text, "conceded") == []


def test_a_concession_to_a_party_stays_concede() -> None:
    text = "The government of Nepal conceded to the demands of the striking teachers on Monday."
    assert _of(text, "conceded").type == "CONCEDE"


# --- meeting a demand or a goal is no meeting ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("NATO members must meet the challenges posed by Russia, the German general said.",
         "meet"),
        ("The Greek government met the budget targets set by the European Union.", "met"),
    ],
)
def test_meeting_a_goal_is_no_consultation(text: str, word: str) -> None:
    assert events_on(text, word) == []


def test_meeting_a_leader_stays_consult() -> None:
    text = "The Chinese president will meet the Japanese prime minister in Beijing on Friday."
    assert _of(text, "meet").type == "CONSULT"


# --- filling a post at home is no cooperation ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president of Kenya appointed William Ruto as finance minister on Monday.",
         "appointed"),
        ("Andrus Ansip is expected to be elected as the country's next prime minister.",
         "elected"),
    ],
)
def test_filling_a_post_is_no_cooperation(text: str, word: str) -> None:
    assert "COOPERATE" not in {e.type for e in events_on(text, word)}


# --- a commitment to a principle is no support --------------------------------------------------


def test_commitment_to_a_principle_is_no_support() -> None:
    text = "Malta remains firmly committed to the principles of non-intervention, a minister said."
    assert events_on(text, "remains") == []


# --- a trigger word that only names the kind of a force is no act ------------------------------


def test_riot_police_hold_no_riot() -> None:
    text = "Norwegian riot police clashed with demonstrators in Oslo on Sunday."
    assert events_on(text, "riot") == []
    assert _of(text, "clashed").type == "ASSAULT"


def test_a_later_attack_in_a_hacking_story_stays_cyber() -> None:
    text = ("Hackers linked to Sudan hit the ministry's servers in a cyber attack on Monday. "
            "Last month, a similar attack hit the Ugandan army.")
    event = _of(text, "attack")
    assert (event.type, event.mode) == ("COERCE", "cyber")
