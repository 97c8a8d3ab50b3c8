"""Migrants, refugees and other people away from home that police use force on do not take the
police's country (``events.args.away-victims.v1``, wave 79, ev79b, judged rounds 41-48).

``events.args.police-victims.v1`` gives the unnamed people police or security forces act on the
police's own country, since police act at home: "Kenyan police fired tear gas at protesters" are
Kenyans. A group whose own words say it is away from home ("migrants", "refugees", "asylum
seekers", "foreign workers"; ``actor_abroad.away_from_home``) is the one group police meet at home
that is not of their country: "Polish security forces fired tear gas at migrants trying to cross
from Belarus" coded the migrants POL, which the blind judges marked wrong. Such a group keeps the
country its own words name ("Afghan migrants") and else has none (an empty code, not a wrong
one); the article's country is no guess for it either (``events.args.foreign-victims.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_abroad import away_from_home

AWAY_VICTIMS_RULE = "events.args.away-victims.v1"


def away_victims(head: Token) -> bool:
    """The head noun of the police's unnamed victims says they are away from home."""
    return away_from_home(head)
