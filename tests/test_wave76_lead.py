"""Wave 76 (lead): an offer's conditions are its terms (events.modality.offer-terms.v1).

"The rebels offered a truce if the army withdraws" reports an offer that was made: the
``if`` clause states what the offer asks in return, so the AGREE is asserted, not
hypothetical. An offer with an auxiliary of its own ("would offer", "could offer") stays
hypothetical, and the act inside the condition stays hypothetical too.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_on


def _modality(text: str, word: str) -> tuple[str, str]:
    event = event_on(text, word)
    return event.type, event.modality


@pytest.mark.parametrize("text", [
    "The opposition leader says he offered the rebels a truce and more aid if they accept "
    "his plan.",
    "The council met on Monday after the exiles offered to resume talks with the government "
    "if the army stopped its raids.",
])
def test_an_offer_with_terms_was_made(text: str) -> None:
    assert _modality(text, "offered") == ("AGREE", "asserted")


def test_an_offer_with_its_own_auxiliary_stays_hypothetical() -> None:
    text = "The opposition leader says he would offer the rebels a truce if they accept his plan."
    assert _modality(text, "offer")[1] == "hypothetical"


def test_the_condition_itself_stays_hypothetical() -> None:
    text = "The rebels offered to free the hostages if the army pulled back from the valley."
    assert _modality(text, "pulled")[1] == "hypothetical"
