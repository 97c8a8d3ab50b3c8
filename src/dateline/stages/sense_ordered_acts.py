"""Sense check on an order whose object is the act ordered (wave 69, ev69a; issue 11).

"A judge ordered the opposition leader held in custody", "the court ordered the journalist
released", "the ministry ordered the two diplomats expelled": an authority that orders a person
held, freed or expelled with no addressee does that act through its own agents; PLOVER codes the
act (COERCE arrest, RETREAT release, COERCE expel), not a request
(``events.sense.ordered-held.v1``, ``ordered-freed.v1``, ``ordered-expelled.v1``). Left alone:
an addressee told to act ("ordered the police to arrest him": an active to-clause, or "ordered
him to be detained by police": a passive whose agent acts, coded on its own), an order
of another act ("ordered the troops deployed"), a negated participle.

- ``ordered_participle``: the verb has a past participle of one of ``words`` that says what is
  done to a person, as a complement of the verb ("ordered him detained", "ordered that the
  prisoners be released") or as a clause on its object ("ordered the defendants held"); the
  participle has no auxiliary but a passive "be" (and its "to": "ordered X to be freed"), no
  negation, and no object of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: Dependencies by which the participle hangs on "order" itself.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "oprd"})
#: Dependencies of the object of "order" that the participle may modify.
OBJECT_DEPS = frozenset({"dobj"})
#: Auxiliaries a passive participle may carry ("to be released", "be freed").
PASSIVE_AUX = frozenset({"be", "to"})
#: Past forms of the participle (spaCy tags "detained" VBD now and then).
PAST_TAGS = frozenset({"VBN", "VBD"})


def _participle(verb: Token, words: frozenset[str]) -> bool:
    if verb.tag_ not in PAST_TAGS or verb.lemma_.lower() not in words:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"neg", "dobj", "mark"} and c.lower_ != "that" for c in children):
        return False
    if any(c.dep_ == "agent" for c in children):
        return False  # "ordered X to be detained by police": the police's act, its own event
    auxes = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() not in PASSIVE_AUX for a in auxes):
        return False
    # "to" alone would be an active clause ("ordered police to arrest"): only "to be ...".
    return not auxes or any(a.dep_ == "auxpass" for a in auxes)


def ordered_participle(token: Token, words: frozenset[str]) -> bool:
    if token.pos_ != "VERB":
        return False
    for child in token.children:
        if child.dep_ in COMPLEMENT_DEPS and _participle(child, words):
            return True
        if child.dep_ in OBJECT_DEPS and any(
                g.dep_ == "acl" and _participle(g, words) for g in child.children):
            return True
    return False


ORDERED_ACT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "ordered_participle": lambda t, e, s, words: ordered_participle(t, words),
}
