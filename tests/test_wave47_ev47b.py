"""Wave 47, ev47b: parties of nominal triggers (module ``event_nominal_parties``).

- events.args.undergone-possessor.v1: the possessor of a noun of ``clauses.undergone_nominals``
  ("Michael Brown's shooting") is who undergoes it, its target, never its doer.
- events.args.by-agent-target.v1: a target phrase the parse hangs on the "by" agent of a
  nominal act ("an attack by three assailants on Africans") names the act's target.
- events.args.crowd-place-owner.v1: a place name owning a crowd act noun ("Rome's
  demonstration") says where it was held, and is no source.

Near misses: an "of" phrase keeps the possessor as doer, "of" on the agent of an act not done to
people stays the agent's own, an organisation owning a march stays its source.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

UNDERGONE = "events.args.undergone-possessor.v1"
BY_AGENT = "events.args.by-agent-target.v1"
CROWD_PLACE = "events.args.crowd-place-owner.v1"


def test_possessor_of_shooting_is_the_target(nlp: Any) -> None:
    kind, source, target, rule = named_event("Michael Brown's shooting sparked protests.",
                                             "shooting")
    assert (kind, source, target) == ("ASSAULT", [], [("Michael Brown", None)])
    assert rule == f"events.assault.shooting-noun.v1+{UNDERGONE}"


def test_possessor_with_of_phrase_stays_the_doer(nlp: Any) -> None:
    text = "The regime's shooting of protesters drew condemnation."
    kind, source, target, rule = named_event(text, "shooting")
    assert (kind, source, target) == ("ASSAULT", [("regime", None)], [("protesters", None)])
    assert UNDERGONE not in rule.split("+")


def test_target_on_the_by_agent(nlp: Any) -> None:
    text = "Uganda condemned an attack by three assailants on Africans."
    kind, source, target, rule = named_event(text, "attack")
    assert (kind, source, target) == ("ASSAULT", [("assailants", None)], [("Africans", None)])
    assert rule == f"events.assault.attack-noun.v1+{BY_AGENT}"


def test_of_on_the_agent_of_an_attack_is_no_target(nlp: Any) -> None:
    text = "Attacks by members of the Taliban killed four soldiers."
    _, _, target, rule = named_event(text, "Attacks")
    assert target == [("soldiers", None)]
    assert BY_AGENT not in rule.split("+")


def test_place_owning_a_demonstration_is_no_source(nlp: Any) -> None:
    text = "Rome's demonstration drew hundreds of people."
    kind, source, target, rule = named_event(text, "demonstration")
    assert (kind, source, target) == ("PROTEST", [], [])
    assert rule == f"events.protest.demonstration-noun.v1+{CROWD_PLACE}"


def test_group_owning_a_march_stays_the_source(nlp: Any) -> None:
    kind, source, _, rule = named_event("Hamas's march drew thousands.", "march")
    assert (kind, source) == ("PROTEST", [("Hamas", "PSE")])
    assert CROWD_PLACE not in rule.split("+")
