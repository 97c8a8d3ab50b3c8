"""Issue 11, round 18 (ev18c): modality of acts passed on as a claim ("allegedly"), framed by
a verb of going on or trying, or joined to a modal verb; phrasal CAMEO patterns kept to their own
verbs; a state using its own forces; giving ground is no support.

The shapes recur in the dev stories; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import event_on as _of
from tests.event_records import events_on

# --- an adverb of hearsay makes the act reported -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police in Kenya allegedly fired tear gas at the protesters on Monday.", "fired"),
        ("Two soldiers have allegedly been killed by Taliban fighters in Kandahar.", "killed"),
        ("Belarusian police allegedly beat a journalist in Minsk.", "beat"),
        ("Rebel fighters purportedly began to shell the airport in Goma.", "shell"),
    ],
)
def test_an_act_passed_on_as_hearsay_is_reported(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.modality == "reported"
    assert "events.modality.hearsay-adverb.v1" in event.rule


def test_a_noun_act_told_as_hearsay_stays_an_event() -> None:
    text = "The clashes between Syrian troops and Kurdish fighters were allegedly staged."
    assert _of(text, "clashes").modality == "reported"


def test_an_act_without_hearsay_stays_asserted() -> None:
    text = "Police in Kenya fired tear gas at the protesters on Monday."
    assert _of(text, "fired").modality == "asserted"


# --- a verb of going on or of trying frames its act ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("France will continue to cooperate with Germany on defence.", "cooperate"),
        ("The rebel leader said he would continue to fight the government.", "fight"),
        ("Greek police will try to arrest the smugglers next week.", "arrest"),
    ],
)
def test_an_act_a_future_frame_goes_on_with_is_future(text: str, word: str) -> None:
    event = _of(text, word)
    assert event.modality == "future"
    assert "events.modality.aspect-frame.v1" in event.rule


def test_an_act_an_ongoing_frame_holds_stays_asserted() -> None:
    text = "Protesters continue to block the highway to the Indian border town."
    assert _of(text, "block").modality == "asserted"


# --- a bare verb joined to a modal one shares its modal -------------------------------------------


def test_a_verb_joined_to_should_is_hypothetical() -> None:
    # (Until wave 103 "... and grant her clemency"; clemency granted is now the release the
    # pardon already is, one act.)
    text = "She said the American government should free the activist and grant her a visa."
    event = _of(text, "grant")
    assert event.modality == "hypothetical"
    assert "events.modality.shared-modal.v2" in event.rule


def test_a_verb_joined_to_must_not_keeps_the_modal_not_the_negation() -> None:
    text = ("The Greek government must not prevent the press from working and provide "
            "the opposition with funds, the union said.")
    assert _of(text, "provide").modality == "hypothetical"


def test_a_past_verb_joined_to_would_is_its_own_clause() -> None:
    text = "Britain announced it would suspend all visits with Malawi and recalled its ambassador."
    assert _of(text, "recalled").modality == "asserted"


# --- a phrasal CAMEO pattern holds for its own verb -----------------------------------------------


def test_ruled_for_a_century_is_no_visit() -> None:
    text = "Malabu was ruled by Britain for nearly a century before independence."
    assert events_on(text, "ruled") == []


def test_sending_people_into_combat_is_no_seizure() -> None:
    text = "The Cuban navy does not want to send more sailors into combat, the statement said."
    assert [e.type for e in events_on(text, "want")] == []


def test_a_frame_of_the_blocks_own_verb_holds_for_its_synonyms() -> None:
    text = "A federal judge in Ohio barred the Iranian banker from working until 2009."
    assert _of(text, "barred").type == "COERCE"


# --- a state using its own forces is no military cooperation -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Funes said he would use the army to end the protests in San Salvador.",
        "The Greek prime minister told parliament he will use military force if the opposition "
        "disrupts the referendum.",
    ],
)
def test_using_ones_own_forces_is_no_cooperation(text: str) -> None:
    assert [e.type for e in events_on(text, "use")] == []


def test_using_another_states_bases_stays_cooperation() -> None:
    text = "The United States will use Kenyan military bases for its operations in Somalia."
    assert _of(text, "use").type == "COOPERATE"


# --- giving ground is no support ------------------------------------------------------------------


def test_backing_off_is_a_concession() -> None:
    text = "The Hungarian parliament backed off from its plan to annex the region on Sunday."
    event = _of(text, "backed")
    assert event.type == "CONCEDE"
    assert event.rule.startswith("events.sense.back-down.v1")


def test_backing_away_from_a_deal_is_a_retreat() -> None:
    text = "Japan backed away from the trade deal with China on Friday."
    assert _of(text, "backed").type == "RETREAT"


def test_backing_a_proposal_stays_support() -> None:
    text = "Germany backed the French proposal on Monday."
    assert _of(text, "backed").type == "SUPPORT"
