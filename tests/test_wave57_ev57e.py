"""Wave 57, ev57e: a reaction to a thing a party made or holds is aimed at that party.

- events.args.reacted-owner.v2: "welcomed the resolutions of the Security Council", "praised the
  ruling of the Kenyan High Court", "complained to the WTO about tariffs imposed by Argentina":
  the possessor, "of" or "by" phrase of the decision, policy or ban a reaction verb has as its
  object or in its "about"/"over"/"against" phrase is the target, and a complaint's "to"
  addressee gives way to it.
- Near misses keep their reading: a person as object, a thing with no party, a complaint with no
  owner named, a country's own decision, an act done to someone ("the killing of").
"""

from __future__ import annotations

from typing import Any

from tests.event_records import targeted_event

RULE = "events.args.reacted-owner.v2"


def _event(text: str, trigger: str) -> tuple[str, list[str], str]:
    return targeted_event(text, trigger)


def test_of_phrase_same_body(nlp: Any) -> None:
    kind, target, rule = _event("The UN General Assembly on Monday welcomed the resolutions of "
                                "the Security Council.", "welcomed")
    assert kind == "SUPPORT" and target == ["UN Security Council"] and RULE in rule


def test_of_phrase_same_country(nlp: Any) -> None:
    kind, target, rule = _event("Kenyan opposition leader Raila Odinga praised the ruling of "
                                "the Kenyan Supreme Court.", "praised")
    assert kind == "SUPPORT" and target == ["Kenyan Supreme Court"] and RULE in rule


def test_complaint_addressee_gives_way_to_owner(nlp: Any) -> None:
    kind, target, rule = _event("Chile complained to the World Trade Organization about "
                                "tariffs imposed by Argentina.", "complained")
    assert kind == "ACCUSE" and target == ["Argentina"] and RULE in rule


def test_complaint_possessor(nlp: Any) -> None:
    kind, target, rule = _event("France complained to the IMF about Guadeloupe's exchange-rate "
                                "policy.", "complained")
    assert kind == "ACCUSE" and target == ["Guadeloupe"] and RULE in rule


def test_complaint_without_owner_keeps_addressee(nlp: Any) -> None:
    kind, target, rule = _event("Chile complained to Peru about the tariffs.", "complained")
    assert kind == "ACCUSE" and target == ["Peru"] and RULE not in rule


def test_complaint_to_a_forum_without_owner_has_no_target(nlp: Any) -> None:
    # wave 106 (events.args.complaint-forum.v1): the body a complaint is taken to is its forum
    kind, target, rule = _event("Chile complained to the World Trade Organization about the "
                                "tariffs.", "complained")
    assert kind == "ACCUSE" and target == [] and "events.args.complaint-forum.v1" in rule


def test_visitors_unchanged(nlp: Any) -> None:
    _, target, rule = _event("Chile welcomed the visitors from Peru.", "welcomed")
    assert target == ["Peru"] and RULE not in rule


def test_thing_with_no_party(nlp: Any) -> None:
    _, target, rule = _event("Farmers in Chile welcomed the rain.", "welcomed")
    assert target == [] and RULE not in rule


def test_own_country_decision(nlp: Any) -> None:
    _, target, rule = _event("Kenya backed Kenya's decision.", "backed")
    assert target == [] and RULE not in rule


def test_act_done_to_someone_unchanged(nlp: Any) -> None:
    # the victims of the condemned killing are no target either (session 109:
    # events.args.censured-harm-victim.v1; judged rounds 44-106 called them wrong every time)
    _, target, rule = _event("Chile condemned the killing of Peruvian soldiers.", "condemned")
    assert target == [] and RULE not in rule


def test_request_phrase_not_read(nlp: Any) -> None:
    _, _target, rule = _event("The inquiry was opened at the request of Brazil's Senate.",
                             "opened")
    assert RULE not in rule
