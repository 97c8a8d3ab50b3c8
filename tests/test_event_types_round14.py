"""Issue 11, round 14 (ev14c): spurious events, type slips and modality errors the round-11 and
round-12 judges found.

The sentences are our own, of the shapes the judges found (docs/judged/round1[12]/)."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on as _on

# --- spurious events: a trigger word in another sense, or an act not done -----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # taking part in something that is no meeting is no agreement
        ("Two police officers took part in the beating of the opposition activist, prosecutors "
         "said.", "took"),
        # who flies a craft is no airlift
        ("The new bomber, flown by Indian pilots, will enter service next year.", "flown"),
        # a contract awarded is no aid
        ("The Navy hired a Korean shipyard to build a frigate, the senator complained.", "build"),
        # a course weighed, not taken
        ("Bailing out the carmaker would have been rewarding failure, the president said.",
         "Bailing"),
        # advice to one's own people is no threat
        ("Japan warned its citizens against traveling to Sudan.", "warned"),
        # a visit to a place that is no party
        ("President Erdogan visited a school in Ankara on Monday.", "visited"),
        # running for office is no request
        ("The president is seeking a third term in the election next year.", "seeking"),
        # a technical inquiry names no party
        ("The NTSB is probing two incidents involving the engines.", "probing"),
        ("The senator said the Air Force tapped a European company to provide a tanker to the "
         "military.", "provide"),
        # a source of income is no offer to a party
        ("Over the past decade AIG was built up via the mergers of many firms across the globe, "
         "offering AIG's stockholders a diverse base of income.", "offering"),
        # taking part in an act is no agreement
        ("The minister's refusal to take part in the campaign angered his party.", "take"),
        # a month's name is no march
        ("Thousands of students will rally in Madrid on March 27, the union said.", "March"),
        # a search is no agreement
        ("Officials scrambled to find a solution to the border dispute.", "find"),
        # a wish about who should lead a firm is no demand
        ("Penske wants Jill Smith, its sales chief, and Tom Lee to head up the company.",
         "wants"),
    ],
)
def test_no_event_in_these_senses(text: str, word: str) -> None:
    assert not _on(text, word)


def test_a_threatened_killing_is_the_threat_only() -> None:
    text = "The militants threatened to kill the three engineers unless the army withdrew."
    assert not _on(text, "kill")
    assert _of(text, "threatened").type == "THREATEN"


# --- types ---------------------------------------------------------------------------------------


def test_a_court_bar_is_a_legal_restriction() -> None:
    event = _of("A federal judge barred the former minister from leaving the country until May.",
                "barred")
    # wave 86 (ev86h): "barred ... from" is COERCE/restrict by its CAMEO pattern itself now, so
    # the court's bar no longer needs sense.court-bars to be retyped from SANCTION
    assert (event.type, event.mode) == ("COERCE", "restrict")
    assert event.rule == "events.cameo.exclude-8026.v2"


def test_charges_pressed_are_an_accusation() -> None:
    event = _of("The minister pressed defamation charges against the newspaper.", "pressed")
    assert event.type == "ACCUSE"


def test_missiles_fired_into_the_sea_show_force() -> None:
    event = _of("North Korea fired two missiles into the sea on Friday.", "fired")
    assert event.type == "MOBILIZE"


def test_taking_part_in_talks_is_consulting() -> None:
    event = _of("The Malian foreign minister left for Niger to take part in a round of talks "
                "with the junta.", "take")
    assert event.type == "CONSULT"


def test_taking_part_in_a_strike_is_protesting() -> None:
    event = _of("Workers in Lagos took part in the general strike.", "took")
    assert event.type == "PROTEST"


def test_a_promise_to_ease_is_a_concession() -> None:
    """Round 16: the PLOVER codebook's CONCEDE is "a promise of removing curfews in the future",
    and the round-11 judges coded "agrees to a construction freeze" and "ready to end the
    curfew" CONCEDE (the CAMEO-to-PLOVER table's AGREE for CAMEO 035 is overruled)."""
    event = _of("The government of Chad has agreed to lift the curfew in the capital.", "agreed")
    assert event.type == "CONCEDE"


def test_an_agreement_to_cooperate_stays_agree() -> None:
    event = _of("Kenya and Uganda agreed to build a railway linking their capitals.", "agreed")
    assert event.type == "AGREE"


# --- modality -------------------------------------------------------------------------------------


def test_a_verb_joined_to_a_future_one_is_future() -> None:
    text = "The rebels said they will release the hostages and sign the peace accord with the " \
        "government."
    assert _of(text, "sign").modality == "future"


def test_was_going_to_meet_is_future() -> None:
    text = "The envoy was going to meet the Iranian foreign minister in Oman."
    assert _of(text, "meet").modality == "future"


def test_every_verb_of_a_future_list_is_future() -> None:
    text = "Russia will expel the envoy, close the consulate and impose sanctions on Georgia."
    assert _of(text, "impose").modality == "future"


def test_attacks_a_question_is_about_still_happened_as_told() -> None:
    text = "Police are trying to determine if the attacks on the priest were the work of a gang."
    assert _of(text, "attacks").modality == "asserted"


def test_a_clause_put_as_a_question_is_hypothetical() -> None:
    text = "Police could not confirm if anyone had been arrested after the clashes."
    assert _of(text, "arrested").modality == "hypothetical"


def test_an_alleged_killing_is_reported() -> None:
    text = "Protesters condemned the alleged killing of a student by police."
    assert _of(text, "killing").modality == "reported"
    assert _of(text, "condemned").modality == "asserted"


def test_an_act_inside_a_claim_is_reported() -> None:
    text = "Rebel claims that government soldiers had attacked a village were denied by the army."
    assert _of(text, "attacked").modality == "reported"


def test_an_act_that_came_close_is_negated() -> None:
    event = _of("Israeli jets almost struck a UN convoy near Gaza on Monday.", "struck")
    assert event.modality == "negated"


def test_the_absence_of_talks_is_no_event() -> None:
    assert not _on("Analysts pointed to the absence of talks between Kiev and Moscow.", "talks")
