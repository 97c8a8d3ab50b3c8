"""Parties of a nominal trigger that the parse hangs off the noun (wave 47, ev47b).

- ``events.args.by-agent-target.v1``: "an attack by three assailants on Africans", "air strikes
  by the coalition against IS fighters": the parse hangs the target phrase on the "by" agent,
  not on the act noun; a phrase of ``clauses.by_agent_target_preps`` there names the act's
  target. "of" there names the act's patient only for a noun done to people ("the release by
  the administration of 11 detainees"); elsewhere it names the agent's own whole ("attacks by
  members of the group").
- ``events.args.undergone-possessor.v1``: "Michael Brown's shooting", "his release": the
  possessor of a noun of ``clauses.undergone_nominals`` is who undergoes the act, never its
  doer, as for ``clauses.patient_nominals`` (``events.args.possessed-patient.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import particles
from dateline.stages.event_phrase_actors import actors_of, targets_of
from dateline.stages.place_slots import PLACE_LABELS
from dateline.stages.state import DocState
from dateline.stages.syntax import words

BY_AGENT_TARGET = "events.args.by-agent-target.v1"
UNDERGONE_POSSESSOR = "events.args.undergone-possessor.v1"


def undergone_noun(token: Token) -> bool:
    """A noun of an act whose possessor undergoes it (both word lists)."""
    return token.lower_ in words("undergone_nominals") or token.lower_ in words("patient_nominals")


def undergone_possessors(token: Token) -> list[Token]:
    """The possessors of a ``clauses.undergone_nominals`` noun without an "of" phrase ("the
    regime's shooting of protesters": the possessor did it). Not a group's pronoun
    (``clauses.acting_group_possessors``): "their cross-border shooting" is what they do."""
    if token.lower_ not in words("undergone_nominals") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "poss"
            and c.lower_ not in words("acting_group_possessors")]


def undergone_without_doer(rules: list[str]) -> bool:
    """"since Michael Brown's shooting": the act stands with its undergoer and no named doer,
    as a passive with no agent does, rather than no event."""
    return UNDERGONE_POSSESSOR in rules


def by_agent_targets(token: Token, state: DocState) -> list[str]:
    """Targets named by a target phrase hung on the "by" agent of a nominal trigger; none
    that is the agent's own actor (an "of" phrase inside the agent's name)."""
    by = particles(token).get("by")
    agents = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
    preps = set(words("by_agent_target_preps")) | ({"of"} if undergone_noun(token) else set())
    doers = actors_of(agents, state)
    found = [a for agent in agents for word, prep in particles(agent).items() if word in preps
             for a in targets_of([c for c in prep.children if c.dep_ == "pobj"], state)]
    return [a for a in found if a not in doers]


CROWD_PLACE_OWNER = "events.args.crowd-place-owner.v1"


def crowd_place_owners(token: Token) -> list[Token]:
    """"Rome's demonstration", "the Paris march": a place name that owns or modifies a noun of
    a crowd act (``clauses.crowd_act_nouns``) says where it was held, not who held it; its
    government did not march (judged: "Rome's demonstration" coded the Italian government).
    "Beijing's protest" is left: a protest noun is also a capital's diplomatic complaint."""
    if token.lower_ not in words("crowd_act_nouns"):
        return []
    return [c for c in token.children if c.dep_ in {"poss", "compound"}
            and c.ent_type_ in PLACE_LABELS]
