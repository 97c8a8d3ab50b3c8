"""Sense check on who seizes (wave 79, ev79f; issue 11).

"Police seized the opposition leader" is an arrest (COERCE, CAMEO 1711 kept); "gunmen seized
800 spectators", "two aid workers were seized" (no agent named) is hostage-taking (ASSAULT
abduct, ``events.sense.seize-people.v1``). The seizer is the subject of the verb (or of the
verb it hangs on, as the other sense checks read it) or, for a passive, the object of its
"by" phrase.

- ``seized_party``: a direct object or passive subject of the token (not the object of a
  preposition: "seized weapons from the police") is an actor or one of ``words`` (people named
  by what they were doing: "800 spectators").
- ``seizer_not``: no seizer head, nor a word compounded with it ("security agents", "riot
  police"), is one of ``words`` (its list in senses.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import object_heads
from dateline.stages.sense_parties import is_actor
from dateline.stages.syntax import inherited_subjects

#: The clauses through which a governor's subject is read as the token's own (as senses.py).
CLIMB = frozenset({"xcomp", "conj", "advcl"})


def seizers(token: Token) -> list[Token]:
    """The subject heads of the token (active voice) and the objects of its passive agent."""
    found = [s for s in inherited_subjects(token, CLIMB) if s.dep_ != "nsubjpass"]
    found += [o for a in token.children if a.dep_ == "agent"
              for o in a.children if o.dep_ == "pobj"]
    return found


def seizer_in(token: Token, words: frozenset[str]) -> bool:
    for head in seizers(token):
        names = [head, *(c for c in head.children if c.dep_ in {"compound", "amod"})]
        if any(w.lemma_.lower() in words or w.lower_ in words for w in names):
            return True
    return False


def seized_party(token: Token, words: frozenset[str], state: Any) -> bool:
    return any(h.lemma_.lower() in words or h.lower_ in words or is_actor(h, state)
               for h in object_heads(token))


SEIZER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "seizer_not": lambda t, e, s, words: not seizer_in(t, words),
    "seized_party": lambda t, e, s, words: seized_party(t, words, s),
}
