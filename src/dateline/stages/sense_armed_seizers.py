"""Sense check on who seizes: an armed band taking people (wave 83, ev83d; issue 11).

"Gunmen seized two aid workers", "was seized by armed men on motorcycles", "a group of heavily
armed men seized hundreds of pupils": people taken by an armed band are taken hostage (PLOVER
ASSAULT abduct, CAMEO 181), not seized by an authority (COERCE seize keeps police confiscating,
raiding or detaining: CONVENTIONS, Type). Wave 79's seize-people read every seizer but an
authority, and an agentless "were seized" too, which was held back (a gold arrest turned
wrong); this check asks for the band to be named as the doer.

- ``armed_seizer``: the token's doer (its subject, one it shares with the verb it is conjoined
  to, or the "by" agent of a passive), read through a quantity ("a group of gunmen"), is a word
  of ``words`` ("gunmen", "kidnappers") or is described as armed ("armed men").
- ``band_seizer`` (wave 100, ev100j): a doer so read is an actor of one of the sectors given
  (rebels: "the Houthis seized the capital", "rebels seized its eastern half", "the front
  seized the peacekeepers"). A rebel movement taking a place, a building or people uses force
  (ASSAULT): the judges of rounds 41-59 coded it so, and COERCE seize stays with states' forces,
  police and courts ("naval forces seized the sailors", "police seized weapons").
- ``people_object``: some object of the token is an actor that is a person or a group ("the
  peacekeepers", "21 people"), not a place read as its state ("Sanaa").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import object_heads, through_quantity
from dateline.stages.state import DocState
from dateline.stages.syntax import inherited_subjects

#: Governors whose subject a verb shares ("burst into the theatre and seized ...").
SHARED_SUBJECT_DEPS = frozenset({"conj"})
#: The word that makes any doer an armed one ("armed men", "heavily armed men and women").
ARMED = "armed"


def _doers(token: Token) -> list[Token]:
    """The active subjects the token has or shares, and the objects of its "by" agent."""
    doers = [s for s in inherited_subjects(token, SHARED_SUBJECT_DEPS) if s.dep_ != "nsubjpass"]
    doers += [g for a in token.children if a.dep_ == "agent"
              for g in a.children if g.dep_ == "pobj"]
    heads = [through_quantity(d) for d in doers]
    return [c for h in heads for c in (h, *h.conjuncts)]


def _armed(doer: Token, words: frozenset[str]) -> bool:
    if doer.lemma_.lower() in words or doer.lower_ in words:
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lower_ == ARMED for c in doer.children)


def armed_seizer(token: Token, words: frozenset[str]) -> bool:
    return any(_armed(d, words) for d in _doers(token))


#: Actor kinds that are people seized, not ground ("the peacekeepers", not "Sanaa").
PEOPLE_KINDS = frozenset({"person", "group"})


def _sectors(token: Token, state: DocState) -> set[str]:
    return {actor.sector.lower() for m in state.mentions_at(token.i)
            if (actor := state.actor(m.actor_id)) is not None and actor.sector}


def band_seizer(token: Token, sectors: frozenset[str], state: DocState) -> bool:
    """Some doer of the token is an actor of one of ``sectors`` (a rebel movement)."""
    return any(_sectors(d, state) & sectors for d in _doers(token))


def people_object(token: Token, state: DocState) -> bool:
    """Some object head of the token is an actor that is a person or a group."""
    return any((actor := state.actor(m.actor_id)) is not None and actor.kind in PEOPLE_KINDS
               for o in object_heads(token) for m in state.mentions_at(o.i))


ARMED_SEIZER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "armed_seizer": lambda t, e, s, words: armed_seizer(t, words),
    # wave 100 (ev100j)
    "band_seizer": lambda t, e, s, sectors: band_seizer(
        t, frozenset(x.lower() for x in sectors), s),
    "people_object": lambda t, e, s, wanted: people_object(t, s) == wanted,
}
