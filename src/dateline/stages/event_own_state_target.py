"""The doer's own state as the target of its own warning or withdrawal (wave 94, ev94g; issue 11).

Judged rounds 41-56: "Maduro warned that his government would respond firmly", "Rouhani warned
that the government would not allow insecurity", "Trump withdrew the United States from the
pact": the coder takes the state's own government or country for the side that acts, not the
party acted upon; the threatened party or the pact's other parties are then unnamed or lie
elsewhere, so no target is right. For the acts listed in ``own_side_blind_rules`` a target that
is the doer's own state (the country, or its government body) is dropped when a doer is that
state or one of its officials (``events.args.own-state-target.v1``). Persons and other bodies of
the same country stay ("warned Kiram that he could face charges").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.syntax import words

__all__ = ["OWN_STATE_TARGET", "drop_own_state_target", "state_countries"]

OWN_STATE_TARGET = "events.args.own-state-target.v1"


def state_countries(source: list[str], state: Any) -> set[str]:
    """Countries whose state a doer speaks for: the country itself, its government or an
    official of it."""
    out = set()
    for actor_id in source:
        actor = state.actor(actor_id)
        if actor is not None and actor.country and (
                actor.kind == "country" or actor.sector == "GOV"):
            out.add(actor.country)
    return out


def _is_state_of(actor: Any, countries: set[str]) -> bool:
    """The country itself, or its government as a body (not a person, not a group)."""
    if actor is None or actor.country not in countries:
        return False
    return bool(actor.kind == "country" or (actor.kind == "organization" and actor.sector == "GOV"))


def _addressees(token: Token, rule: str, state: Any) -> set[str]:
    """Parties a warning names as its object ("warned Argentina that"): kept, for the doer's
    country may be misread; a withdrawal's object is the state withdrawn, not kept."""
    if rule in words("own_side_blind_rules"):
        return set()
    return set(actors_of([c for c in token.children if c.dep_ == "dobj"], state))


def drop_own_state_target(args: Any, token: Token, event_type: str, rule: str,
                          state: Any) -> None:
    blind = words("own_side_blind_rules")
    if event_type.lower() not in blind and rule not in blind:
        return
    countries = state_countries(args.source, state)
    if not countries:
        return
    named = _addressees(token, rule, state)
    kept = [a for a in args.target
            if a in named or not _is_state_of(state.actor(a), countries)]
    if len(kept) < len(args.target):
        args.target = kept
        args.rules.append(OWN_STATE_TARGET)
