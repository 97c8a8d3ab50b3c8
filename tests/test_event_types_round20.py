"""Issue 11, round 20 (ev20c): acts passed on as claims, acts one is obliged to do or gets out of,
calling an actor out, and a part of the body that strikes something.

The shapes recur in the dev stories and in the round-15/16 verdicts; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on

# --- a to-infinitive under a passive verb of saying or believing is a claim -----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The militias are also reported to have attacked two police stations.", "attacked"),
        ("The army is said to have shelled the village on Monday.", "shelled"),
        ("Police are thought to have arrested the opposition leader.", "arrested"),
        ("The rebels were believed to have seized the airport.", "seized"),
    ],
)
def test_an_act_under_a_passive_verb_of_saying_is_reported(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.modality == "reported"
    assert "events.modality.raised-hearsay.v1" in event.rule


def test_an_act_under_an_expectation_stays_future() -> None:
    text = "The minister is expected to meet the Egyptian president next week."
    assert _of(text, "meet").modality == "future"


def test_an_act_the_speaker_tells_stays_asserted() -> None:
    text = "The army shelled the village on Monday, officials said."
    assert _of(text, "shelled").modality == "asserted"


# --- an act one is obliged to do is not done ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The international community has to help the refugees in Lebanon.", "help"),
        ("The government would have to send troops to the border.", "send"),
    ],
)
def test_an_obligation_is_hypothetical(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.modality == "hypothetical"


def test_an_obligation_names_its_rule() -> None:
    event = _of("The international community has to help the refugees in Lebanon.", "help")
    assert "events.modality.obligation.v1" in event.rule


def test_a_past_obligation_tells_the_act_was_done() -> None:
    text = "The troops had to withdraw from the town after the attack."
    assert _of(text, "withdraw").modality == "asserted"


# --- an act one gets out of did not happen --------------------------------------------------------


def test_an_act_avoided_is_hypothetical() -> None:
    text = "The party changed its name to avoid being banned by the government."
    event = _of(text, "banned")
    assert event.modality == "hypothetical"
    assert "events.modality.avoided.v1" in event.rule


def test_a_ban_imposed_stays_asserted() -> None:
    text = "The government banned the party on Tuesday."
    assert _of(text, "banned").modality == "asserted"


# --- calling an actor out is criticising it -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator called out the president for his remarks on trade.",
        "The press union has called out the government of Kenya.",
    ],
)
def test_calling_an_actor_out_is_an_accusation(text: str) -> None:
    event = _of(text, "called")
    assert (event.type, event.rule.split("+")[0]) == ("ACCUSE", "events.sense.call-out.v1")


def test_calling_for_an_act_stays_a_request() -> None:
    text = "The senator called for the release of the prisoners."
    assert _of(text, "called").type == "REQUEST"


# --- a part of the body that strikes something is no attack ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("His head struck the pavement when he fell outside the ministry.", "struck"),
        ("Her hand hit the window of the police car.", "hit"),
    ],
)
def test_a_body_part_striking_is_no_attack(text: str, word: str) -> None:
    assert events_on(text, word) == []


def test_an_army_striking_stays_an_attack() -> None:
    assert _of("The army struck the rebel camp on Monday.", "struck").type == "ASSAULT"


# --- protesters holding a place protest; an army holding it seizes it --------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dozens of activists occupied a ministry building in the capital on Monday.", "occupied"),
        ("Workers occupied the headquarters of the national bank.", "occupied"),
    ],
)
def test_protesters_occupying_a_place_protest(text: str, word: str) -> None:
    event = _of(text, word)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")
    assert "events.sense.protesters-occupy.v1" in event.rule


def test_troops_occupying_a_town_seize_it() -> None:
    # wave 30 (ev30d, judged round 20): occupying territory is ASSAULT (CAMEO 192), no longer
    # COERCE seize (events.sense.occupy-territory.v1)
    assert _of("Russian troops occupied the town of Izium in April.", "occupied").type == "ASSAULT"
