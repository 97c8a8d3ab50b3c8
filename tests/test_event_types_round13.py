"""Issue 11, round 13 (ev13c): spurious events and type slips the round-10 judges found, and acts
of story first paragraphs no entry read.

The sentences are our own, of the shapes the round-10 judges found (docs/judged/round10/)."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_in as _events
from tests.event_records import events_on as _on

# --- spurious events: a trigger word in another sense, or an act not done -----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # coming to power is no arrest or assault
        ("The colonel took power in a coup in 1987 and ruled for two decades.", "took"),
        ("The new governor took office in Lagos last spring.", "took"),
        # a journalist's question put to the speaker is no request by the speaker
        ("When asked what the main obstacles to trade between the two states were, Karimov said "
         "that Tajikistan has no embassy in Beijing.", "asked"),
        # an aim pursued is no request to anyone
        ("The Kenyan navy also seeks to disrupt smuggling routes in the Gulf of Aden.", "seeks"),
        ("Prosecutors sought to hold the hearings over three years.", "sought"),
        # an act a speaker judges is not one done
        ("It is illegal for the Treasury to lend money to foreign governments, the senator said.",
         "lend"),
        ("It would be hard for the army to withdraw from the valley before the winter.",
         "withdraw"),
        # the purpose of a need is no aid given
        ("The government of Tonga is in need of assistance to help rebuild the harbour.", "help"),
    ],
)
def test_no_event_in_these_senses(text: str, word: str) -> None:
    assert not _on(text, word)


def test_a_request_with_an_addressee_stays() -> None:
    event = _of("Egypt asked Israel to reopen the crossing when the envoys met.", "asked")
    assert event.type == "REQUEST"


def test_money_offered_for_a_plant_is_a_deal_not_aid() -> None:
    event = _of("Renault offers $45 million for a Serbian truck plant", "offers")
    assert event.type == "AGREE"
    assert event.rule.startswith("events.sense.offer-to-buy.v1")


def test_money_offered_to_a_state_is_a_promise_of_aid() -> None:
    # An offer is AGREE (PLOVER, CAMEO 033); the state it is offered to stays the target.
    event = _of("The European Commission offered $50 million to Kenya for drought relief.",
                "offered")
    assert event.type == "AGREE"
    assert event.target, "the state offered the money is the target"


# --- types: joint drills are cooperation ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two armies conducted joint military drills near the border in March.", "conducted"),
        ("The Indian and Japanese navies held joint exercises in the Bay of Bengal.", "held"),
    ],
)
def test_joint_drills_are_cooperation(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.type == "COOPERATE"
    assert event.rule.startswith("events.sense.joint-drills.v1")


def test_drills_of_one_state_stay_a_show_of_force() -> None:
    event = _of("Russia conducted military drills near the border with Finland.", "conducted")
    assert event.type == "MOBILIZE"


# --- missed acts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Angry rioters set a police van on fire in Mombasa on Tuesday.",
        "Protesters set fire to the ruling party's offices in Tbilisi.",
    ],
)
def test_arson_by_a_crowd_is_a_riot(text: str) -> None:
    event = _of(text, "set")
    assert (event.type, event.mode) == ("PROTEST", "riot")


def test_arson_by_rebels_is_an_attack() -> None:
    event = _of("The rebels set fire to a police station in the north.", "set")
    assert event.type == "ASSAULT"


def test_suspending_a_curfew_eases_it() -> None:
    event = _of("The government suspended the curfew in Accra on Monday.", "suspended")
    assert event.type == "RETREAT"


def test_a_curfew_to_be_suspended_is_a_promise_to_ease_it() -> None:
    """Round 16: a RETREAT told as the actor's future act is the promise of it (CONCEDE)."""
    event = _of("The government will suspend the curfew in Accra next week.", "suspend")
    assert event.type == "CONCEDE"


def test_setting_a_date_is_no_arson() -> None:
    assert not _on("The electoral commission set a date for the vote in Lusaka.", "set")


def test_a_compound_adjective_is_no_threat() -> None:
    text = ("The Nigerian army said that the general, whose wound was not life-threatening, "
            "had been flown to Abuja.")
    assert not [e for e in _events(text) if e.type == "THREATEN"]


def test_support_lent_is_support_not_aid() -> None:
    event = _of("Kenya thanked Uganda for the strong support it has lent to the peace talks.",
                "lent")
    assert event.type == "SUPPORT"


# --- wanting another to act is a demand on it --------------------------------------------------


def test_wanting_an_actor_to_act_is_a_request_on_it() -> None:
    text = "The opposition wants the cabinet to resign over the failed census."
    event = _of(text, "wants")
    assert event.type == "REQUEST"
    assert not _on(text, "resign")  # the act wanted is not done


def test_wanting_to_act_oneself_is_no_request() -> None:
    assert not _on("The minister wants to resign before the vote.", "wants")


def test_wanting_an_actor_to_be_acted_on_is_no_request_on_it() -> None:
    text = "We do not want the protesters to be arrested, the police chief said."
    assert not [e for e in _events(text) if e.type == "REQUEST"]


# --- judged round 11: blame laid on no party, and wishes about a state of things ---------------


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Traders blamed the fall in the rouble on weak oil prices and a cold winter.", "blamed"),
        ("Economists blame the slowdown on high interest rates.", "blame"),
        ("The president said he wants Ghana to become a hub for West African shipping.", "wants"),
        ("Officials want the islands to have closer ties with Australia.", "want"),
    ],
)
def test_blame_on_causes_and_wishes_for_a_state_are_no_event(text: str, word: str) -> None:
    assert _on(text, word) == []


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(
    ("text", "word", "plover"),
    [
        ("Kenya blamed the bombing on al-Shabaab militants.", "blamed", "ACCUSE"),
        ("The opposition blamed the government for the fuel shortage.", "blamed", "ACCUSE"),
        ("The strikers want the government to release the detained union leaders.", "want",
         "REQUEST"),
    ],
)
def test_blame_on_a_party_and_a_demand_on_an_actor_stay_events(text: str, word: str,
                                                               plover: str) -> None:
    assert _of(text, word).type == plover


@pytest.mark.usefixtures("nlp")
def test_a_vehicles_route_is_no_visit() -> None:
    assert _on("The new airliner will fly directly to Nairobi after a stop in Cairo.", "fly") == []


@pytest.mark.usefixtures("nlp")
def test_a_ministers_flight_is_a_visit() -> None:
    assert _of("The Kenyan foreign minister will fly to Cairo on Monday.", "fly").type == "CONSULT"
