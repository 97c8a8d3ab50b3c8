"""Wave 54, ev54d: a phrasal entry's particle is the verb's own particle.

- events.trigger.own-particle.v1: an entry naming a particle of ``clauses.own_particles``
  ("up", "down", "out", "off", "back", "away", "over") or a pair of
  ``clauses.own_particle_verbs`` ("give in", "cave in") fits only when that word is the verb's
  particle (spaCy ``prt`` or ``advmod``, or a preposition with no noun of its own: "pulled out
  of"), not a preposition heading a phrase ("gave evidence in the inquiry"). The other entries
  of the verb then code it; ``dateline explain`` lists the entry kept off. The same holds for
  the bare-particle CAMEO patterns. Wave 53's sense.give-in-phrase.v1 / given-in-phrase.v1 are
  retired: "give in" no longer reaches those sentences.
- Prepositional entries ("arrive in", "invest in", "call on") keep reading their phrase.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
RULE = "events.trigger.own-particle.v1"


def _types(text: str) -> list[tuple[str, str]]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return [(e["trigger"]["text"], e["type"]) for e in events]


def _refused(text: str, trigger: str) -> list[str]:
    return next(c.refused for c in explain(text, date=DATE,
                                           min_confidence=0) if c.trigger == trigger)


def test_give_evidence_in_an_inquiry_is_no_concession(nlp: Any) -> None:
    text = "The envoy gave evidence in the inquiry into the massacre."
    assert all(t != "CONCEDE" for _, t in _types(text))
    assert any(RULE in r and "concede.give-in" in r for r in _refused(text, "gave"))


def test_lecture_in_a_city_is_no_concession(nlp: Any) -> None:
    text = "The minister gave a lecture in Geneva on the refugee crisis."
    assert all(t != "CONCEDE" for _, t in _types(text))


def test_approval_given_in_a_vote_is_coded_by_another_entry(nlp: Any) -> None:
    text = "The parliament gave its approval in a vote to the ceasefire deal."
    assert ("gave", "SUPPORT") in _types(text)


def test_weapons_handed_over_a_border_name_the_rule(nlp: Any) -> None:
    text = "The militia handed weapons over the border to smugglers."
    assert all(t != "RETREAT" for _, t in _types(text))
    assert any(RULE in r and "hand-over" in r for r in _refused(text, "handed"))


def test_voted_down_right_after_the_verb_stays(nlp: Any) -> None:
    text = "The parliament voted down the government's demand for new elections."
    assert _refused(text, "voted") == []


def test_gave_in_to_strikers_stays_concede(nlp: Any) -> None:
    text = "After weeks of strikes the government gave in to the miners."
    assert ("gave", "CONCEDE") in _types(text)
    assert _refused(text, "gave") == []


def test_caved_in_stays_concede(nlp: Any) -> None:
    assert ("caved", "CONCEDE") in _types("The junta caved in to pressure from the African Union.")


def test_pulled_out_of_a_town_stays_retreat(nlp: Any) -> None:
    assert ("pulled", "RETREAT") in _types("Troops pulled out of the border town on Monday.")


def test_stepped_down_stays_retreat(nlp: Any) -> None:
    assert ("stepped", "RETREAT") in _types("The president stepped down after mass protests.")


def test_particle_after_the_object_stays(nlp: Any) -> None:
    found = _types("The army handed the suspects over to Kenyan police.")
    assert ("handed", "COOPERATE") in found


def test_gave_up_land_stays_concede(nlp: Any) -> None:
    found = _types("Israel gave up land in the deal with the Palestinians.")
    assert ("gave", "CONCEDE") in found


def test_prepositional_entries_keep_their_phrase(nlp: Any) -> None:
    assert ("arrived", "CONSULT") in _types(
        "The Kenyan president arrived on Tuesday in Addis Ababa.")
    assert ("invest", "COOPERATE") in _types("The United States will invest in Kenyan railways.")
