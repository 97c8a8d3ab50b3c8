"""Wave 43, ev43a: the state a crowd named as a group protests against.

events.args.group-protest-state.v1 (``stages.event_group_protests``): a protest by a crowd the
actors stage names as a group ("Venezuelan protesters", "the opposition") with no target takes
the state of the crowd's one country, when it names no aim or an aim of the state.
Near misses: an aim of another owner ("against the killing of a student", "against the
mosquito-borne diseases", "anti-Islam activists", an aim of a joined protest verb), a protest
held in another country's place, a labour strike, a crowd with no country, a support rally.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.group-protest-state.v1"


def test_march_against_a_law_targets_the_state(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "Venezuelan protesters marched on Monday against the new law.", "marched")
    assert (kind, source, target) == (
        "PROTEST", [("Venezuelan protesters", "VEN")], [("Venezuela", "VEN")])
    assert rule == "events.protest.march.v1+" + RULE


def test_march_with_no_aim_targets_the_state(nlp: Any) -> None:
    _, _, target, rule = named_event("Venezuelan protesters marched on Monday.", "marched")
    assert target == [("Venezuela", "VEN")]
    assert RULE in rule


def test_opposition_protests_for_reforms(nlp: Any) -> None:
    kind, source, target, rule = named_event(
        "The Venezuelan opposition held protests on Monday calling for reforms.", "held")
    assert (kind, source, target) == (
        "PROTEST", [("Venezuelan opposition", "VEN")], [("Venezuela", "VEN")])
    assert RULE in rule


def test_aim_of_another_owner_keeps_no_target(nlp: Any) -> None:
    for text, trigger in [
            ("Venezuelan protesters marched on Monday against the killing of a student.",
             "marched"),
            ("Venezuelan activists protested on Monday against the mosquito-borne diseases.",
             "protested"),
            ("Austrian anti-Islam activists held demonstrations on Wednesday.", "held")]:
        _, _, target, rule = named_event(text, trigger)
        assert (target, RULE in rule) == ([], False), text


def test_aim_of_a_joined_protest_verb_counts(nlp: Any) -> None:
    text = ("German demonstrators have protested against far-right activist group PEGIDA "
            "since early November and have held two similar demonstrations.")
    _, _, target, rule = named_event(text, "protested")
    assert (target, RULE in rule) == ([], False)


def test_place_of_another_country_gives_no_crowd_state(nlp: Any) -> None:
    _, _, target, rule = named_event(
        "Venezuelan protesters marched on Monday, a day after Colombia closed its border.",
        "marched")
    assert (target, RULE in rule) == ([], False)
    _, _, target, rule = named_event("Venezuelan protesters demonstrated in Bogota on Monday.",
                                "demonstrated")
    assert ("Venezuela", "VEN") not in target and RULE not in rule


def test_strike_crowd_without_country_and_support_rally_unchanged(nlp: Any) -> None:
    _, _, target, rule = named_event("Venezuelan teachers went on strike on Monday.", "went")
    assert (target, RULE in rule) == ([], False)
    _, source, target, rule = named_event("Protesters marched on Monday.", "marched")
    assert (source, target, RULE in rule) == ([("Protesters", None)], [], False)
    kind, _, target, rule = named_event(
        "Venezuelan protesters rallied on Monday in support of President Maduro.", "rallied")
    assert (kind, target, RULE in rule) == ("SUPPORT", [], False)


def test_a_named_target_is_kept(nlp: Any) -> None:
    _, _, target, rule = named_event("Macedonian demonstrators threw stones at police on Monday.",
                                "threw")
    assert (target, RULE in rule) == ([("North Macedonia police", "MKD")], False)
