"""Sense check on whether an act is done together with a named party (wave 48, ev48e; issue 11).

A force that holds drills alone shows force (MOBILIZE); drills held with another party are
military cooperation (PLOVER COOPERATE, CAMEO 062). The partner is an actor named in a "with"
or "between" phrase that hangs on the trigger itself ("conducted exercises with the US Navy")
or sits in its object's noun phrase ("began exercises with Japan"); "with live ammunition"
names no party and leaves the act alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.sense_parties import is_actor
from dateline.stages.sense_partners import object_partner
from dateline.stages.state import DocState

#: Sense rules that read an order as the act ordered ("ordered the arrest of X"): the act's
#: "of" party stays the target, found as for the order (events.args.requested-act-of.v1).
ORDERED_ACT_RULES = frozenset({"events.sense.ordered-arrest.v1",
                               "events.sense.ordered-release.v1"})

#: Prepositions whose object shares the act.
JOINT_PREPS = frozenset({"with", "between"})


def _own_partner(token: Token, state: DocState) -> bool:
    """A "with"/"between" phrase on the token names an actor (or a conjunct of one)."""
    return any(
        child.dep_ == "prep" and child.lower_ in JOINT_PREPS
        and any(is_actor(p, state) for p in child.subtree if p.dep_ in {"pobj", "conj"})
        for child in token.children)


def joint_partner(token: Token, state: DocState) -> bool:
    """The act is shared with a named party (module doc)."""
    return _own_partner(token, state) or object_partner(token, state)


JOINT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "joint_partner": lambda t, e, s, wanted: joint_partner(t, s) == wanted,
}
