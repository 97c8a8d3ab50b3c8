"""Wave 57, ev57d: nouns that are only the setting of another act, or a word of a name.

- events.gate.setting-gathering.v2: a summit, meeting or conference under "at", "during" or "on
  the sidelines of" another act of the sentence is where that act was done, no event of its own.
- events.gate.name-word.v1: a capitalised trigger noun inside a name ("the band Velvet Riot",
  "Coastal Patrol", "Joint Strike Fighter") is a word of the name, no act.
- Near misses keep their event: a summit that is the news ("the summit opened", "Talks between X
  and Y ended"), a meeting naming who met ("at his meeting with X"), a protest during which
  something else happened, a gathering under a verb of gathering, and a named summit that is
  the subject of its clause.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.stages.event_settings import NAME_WORD_RULE, SETTING_GATHERING_RULE, setting_rule

DATE = "2023-06-15"


def _triggers(text: str) -> dict[str, str]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return {e["trigger"]["text"]: e["type"] for e in events}


def _rule(nlp: Any, text: str, word: str) -> str | None:
    doc = nlp(text)
    return setting_rule(next(t for t in doc if t.text == word))


def test_summit_as_the_scene_of_an_accusation(nlp: Any) -> None:
    text = "At the regional security summit, the opposition accused the ruling party of fraud."
    assert _rule(nlp, text, "summit") == SETTING_GATHERING_RULE
    found = _triggers(text)
    assert "summit" not in found and found.get("accused") == "ACCUSE"


def test_sidelines_of_a_summit(nlp: Any) -> None:
    text = ("On the sidelines of the Commonwealth summit in Kigali, the Ghanaian minister "
            "condemned the coup in Niger.")
    assert _rule(nlp, text, "summit") == SETTING_GATHERING_RULE
    assert "summit" not in _triggers(text)


def test_conference_noun_hosting_a_noun(nlp: Any) -> None:
    text = "Delegates at the climate summit in Bonn will not sign a binding pledge."
    assert _rule(nlp, text, "summit") == SETTING_GATHERING_RULE


def test_word_of_a_band_name(nlp: Any) -> None:
    text = "Two members of the punk collective Velvet Riot were deported from Poland on Monday."
    assert "Riot" not in _triggers(text)


def test_word_of_an_aircraft_name(nlp: Any) -> None:
    text = "The air force ordered twelve more Joint Strike Fighter jets from Washington."
    assert _rule(nlp, text, "Strike") == NAME_WORD_RULE
    assert "Strike" not in _triggers(text)


def test_summit_that_opened_is_kept(nlp: Any) -> None:
    text = "The African Union summit opened in Addis Ababa on Sunday."
    assert _rule(nlp, text, "summit") is None
    assert _triggers(text).get("summit") == "CONSULT"


def test_named_summit_subject_is_kept(nlp: Any) -> None:
    text = "The Lisbon Summit opened on Monday."
    assert _rule(nlp, text, "Summit") is None


def test_talks_between_parties_are_kept(nlp: Any) -> None:
    text = "Talks between Sudan and Chad ended without a deal on Sunday."
    assert _triggers(text).get("Talks") == "CONSULT"


def test_meeting_naming_its_partner_is_kept(nlp: Any) -> None:
    text = "During his meeting with Indian Prime Minister Narendra Modi, the Kenyan president " \
           "signed a rail deal."
    assert _rule(nlp, text, "meeting") is None


def test_gathered_at_the_summit_is_kept(nlp: Any) -> None:
    text = "Foreign ministers gathered at the summit in Jakarta on Tuesday."
    assert _rule(nlp, text, "summit") is None


def test_protest_during_which_a_clash_happened_is_kept(nlp: Any) -> None:
    text = "Hundreds of students clashed with police during a protest in Dhaka on Friday."
    assert _rule(nlp, text, "protest") is None
    assert _triggers(text).get("protest") == "PROTEST"


def test_sentence_initial_capital_is_kept(nlp: Any) -> None:
    text = "Protests against the fuel tax spread across Nigeria on Monday."
    assert _rule(nlp, text, "Protests") is None


def test_named_march_taken_part_in_is_kept(nlp: Any) -> None:
    text = "Thousands of farmers took part in the Harvest March in Lyon on Saturday."
    assert _rule(nlp, text, "March") is None


def test_word_of_an_agency_name(nlp: Any) -> None:
    text = "Two officers of the Coastal Patrol were injured in the storm."
    assert _rule(nlp, text, "Patrol") == NAME_WORD_RULE


def test_talks_held_at_a_summit_keep_the_summit(nlp: Any) -> None:
    # v2 (after pairs57): the summit is the place of the talks the sentence tells, not the
    # setting of another act
    text = "In 2019 we went on with meetings at the summit of African Union leaders in Addis Ababa."
    assert _rule(nlp, text, "summit") is None
    assert _triggers(text).get("summit") == "CONSULT"
