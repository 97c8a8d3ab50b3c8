"""Wave 73, ev73g: wrong (non-empty) targets.

- events.args.group-scene-not-party.v1: force whose object phrase names an armed group with no
  name of its own ("fight with militant groups in Syria and Iraq") does not take the states of
  the places the group is in as its targets (``clauses.scene_group_nouns``). A place on a thing
  ("struck an apartment block in the city of Dnipro") still gives the state that holds it.
- events.args.sponsor-modifier-not-target.v1: a party named only before a hyphenated participle
  of backing ("an AU-brokered truce", "a UN-backed convention", ``clauses.sponsor_participles``)
  is who stands behind the thing, not the act's target. "-led" is not one ("the Saudi-led
  coalition" is Saudi Arabia's), and a backer named as a party elsewhere keeps its place.
"""

from __future__ import annotations

import pytest

from tests.event_records import named_events

GROUP_SCENE = "events.args.group-scene-not-party.v1"
SPONSOR = "events.args.sponsor-modifier-not-target.v1"


def _event(text: str, trigger: str) -> tuple[str, list[tuple[str, str | None]], str]:
    found = [(kind, target, rule) for kind, word, _, target, rule in named_events(text)
             if word == trigger]
    assert found, named_events(text)
    return found[0]


@pytest.mark.parametrize("text", [
    "Police say that about 400 Belgians have gone to fight with militant groups in Syria and "
    "Iraq.",
    "Officials believe that some 2,000 Moroccans have left to fight with militant groups in "
    "Syria, Iraq and Yemen.",
])
def test_group_scene_is_no_state_target(text: str) -> None:
    kind, target, rule = _event(text, "fight")
    assert kind == "ASSAULT"
    assert ("Syria", "SYR") not in target and ("Iraq", "IRQ") not in target
    assert GROUP_SCENE in rule


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Russian missiles struck an apartment block in the Ukrainian city of Dnipro.", "struck",
     ("Ukraine", "UKR")),
])
def test_place_of_a_thing_keeps_its_holder(text: str, trigger: str,
                                           kept: tuple[str, str]) -> None:
    _, target, rule = _event(text, trigger)
    assert kept in target
    assert GROUP_SCENE not in rule


@pytest.mark.parametrize(("text", "trigger", "dropped"), [
    ("Ethiopian forces agreed to pull back under an AU-brokered truce.", "agreed",
     "African Union"),
    ("Lawmakers in Lima voted to ratify a UN-backed convention on refugees.", "ratify",
     "United Nations"),
    ("Kenya threatened to expel a Swedish-funded aid agency.", "threatened", "Sweden"),
])
def test_backer_is_no_target(text: str, trigger: str, dropped: str) -> None:
    _, target, rule = _event(text, trigger)
    assert dropped not in [name for name, _ in target]
    assert SPONSOR in rule


@pytest.mark.parametrize(("text", "trigger", "kept"), [
    ("Germany criticised the Saudi-led coalition.", "criticised", "Saudi Arabia"),
    ("Russia accused the United States of backing the rebels.", "accused", "United States"),
])
def test_led_and_named_parties_keep_their_target(text: str, trigger: str, kept: str) -> None:
    _, target, rule = _event(text, trigger)
    assert kept in [name for name, _ in target]
    assert SPONSOR not in rule
