"""Where a sentence sets an act, read through the country that owns the place (wave 43, ev43c).

Two gaps let the article's dominant country be borrowed for a party acting in another country
(judged: "Pristina protesters" coded with Serbia, "four people killed in Myanmar's Arakan State"
coded with the story's Thailand):

- a country named as the owner of the place the act is set in ("in Myanmar's Arakan State", "in
  Kosovo's capital, Pristina") sets the act in that country as much as "in Myanmar" does
  (``possessed_place``);
- a present-day state that ISO lacks but the country lexicon codes (Kosovo, ``XKX``) is a
  country for where a story is and where an act is set (``present_state``); the historic states
  of the lexicon (the Soviet Union) are not, since a story that recalls them is not set there.

Both feed ``events.args.article-country.v9`` (no guess of the article's country for a party
whose sentence sets the act in another country only) and ``events.args.sentence-place-country.v4``
(the party takes the country of the place its sentence sets the act in).
"""

from __future__ import annotations

from functools import cache

import pycountry
from spacy.tokens import Token

from dateline.stages.actor_context import a_state
from dateline.stages.actor_lexicon import rule_words

#: Entity labels of a proper-noun place that a country's name owns ("Myanmar's Arakan State").
PLACE_ENTITIES = frozenset({"GPE", "LOC"})


@cache
def present_state(code: str) -> bool:
    """An ISO state's code, or a present-day state's that the lexicon codes and ISO lacks (XKX),
    never a historic state's (SUN) nor an international body's (UNO)."""
    if pycountry.countries.get(alpha_3=code) is not None:
        return True
    return a_state(code) and pycountry.historic_countries.get(alpha_3=code) is None


def possessed_place(root: Token) -> Token | None:
    """The place a country's mention owns ("Myanmar's" in "Myanmar's Arakan State", "Kosovo's"
    in "Kosovo's capital"): a possessor whose head is a place noun or a place's name; None for
    any other possessed noun ("in Russia's response" sets no act in Russia)."""
    if root.dep_ != "poss" or root.head is root:
        return None
    head = root.head
    if head.lower_ in rule_words("act_place_nouns") or head.ent_type_ in PLACE_ENTITIES:
        return head
    return None
