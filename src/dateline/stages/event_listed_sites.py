"""Owned sites an act lands on that the plain object search misses (wave 76, ev76a).

Two parse shapes hide the owned thing (``clauses.owned_things``) whose owner is the target
(``attacked-owner``, ``facility-owner``): a list of objects, where only the first is the verb's
object and the owned one is its conjunct ("seizing government buildings, army bases and the
airport": the army), and a nominal act whose "on"/"against" phrase the parser hangs under the
"by" phrase's doer ("attacks by insurgents on police posts": the police). Those sites are read
too, only when the plain search found no owner, and the event's rule then names
``events.args.listed-site.v1``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

LISTED_SITE = "events.args.listed-site.v1"


def listed_sites(token: Token, heads: list[Token]) -> list[Token]:
    """The conjuncts of the found object heads, and for a nominal act the pobj of an
    "on"/"against" phrase under its "by" phrase's noun."""
    found = [c for h in heads for c in h.conjuncts if c.pos_ == "NOUN"]
    if token.pos_ == "NOUN":
        preps = words("against_on_preps")
        for by in (c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
            for doer in (o for o in by.children if o.dep_ == "pobj"):
                found += [o for p in doer.children if p.dep_ == "prep" and p.lower_ in preps
                          for o in p.children if o.dep_ == "pobj"]
    found += [c for h in list(found) for c in h.conjuncts if c.pos_ == "NOUN"]
    return [t for t in dict.fromkeys(found) if t not in heads]
