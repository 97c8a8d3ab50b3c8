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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import through_quantity
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


ARMED_SEIZER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "armed_seizer": lambda t, e, s, words: armed_seizer(t, words),
}
