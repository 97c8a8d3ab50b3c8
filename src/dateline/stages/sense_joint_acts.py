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

from dateline.stages.sense_partners import object_partner, partner_phrase
from dateline.stages.state import DocState


def joint_partner(token: Token, state: DocState) -> bool:
    """The act is shared with a named party (module doc): a "with"/"between" phrase on the
    token itself, or in its object's noun phrase."""
    return any(partner_phrase(child, state) for child in token.children) \
        or object_partner(token, state)


JOINT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "joint_partner": lambda t, e, s, wanted: joint_partner(t, s) == wanted,
}
