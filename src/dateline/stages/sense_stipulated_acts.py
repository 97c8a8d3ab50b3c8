"""Sense check on an act a text lays down (wave 66, ev66d; issue 11).

"The accord calls for all militias to disarm by March 3", "the plan calls for the navy to train
new crews": a text that "calls for" something states its terms, no request
(``events.sense.call-for-by-text.v2`` drops the call), and the act it names is a term, not an
act done: no event of its own (``events.sense.text-term-act.v2``). v2: a proposal, or a text
marked as one ("the draft treaties", ``proposal_marks`` in clauses.yaml), is its author's
request, as the seed codes it, and keeps both.

- ``stipulated_by``: the (verb) token, or the first verb it is joined to with no subject of
  its own, is the clause of "call ... for" ("calls for X to disarm", "calls for holding
  elections") whose subject is one of ``words`` and has no named owner ("Ukraine's plan calls
  for ..." is Ukraine's request, and its clause is framed by that request).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS, words

#: Dependencies of the clause "call for" takes ("for X to disarm": advcl; "for holding": pcomp).
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "pcomp"})
#: Owners that make a text a party's own ("Ukraine's plan", "the EU plan").
OWNER_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
#: Dependencies by which an owner or a mark hangs on the text.
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _calling_verb(token: Token) -> Token | None:
    verb = token
    for _ in range(3):  # "to disarm and to return to government ranks"
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ not in CLAUSE_DEPS or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "pcomp":  # "calls for holding elections": for -> call
        if head.lower_ != "for" or head.head.i == head.i:
            return None
        return head.head
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None
    return head


def stipulated_by(token: Token, words: frozenset[str]) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    call = _calling_verb(token)
    if call is None or call.lemma_.lower() != "call":
        return False
    return text_subject(call, words)


def text_subject(verb: Token, texts: frozenset[str]) -> bool:
    """A subject of ``verb`` is one of ``texts`` that no named party owns and no modifier
    marks as a proposal ("the agreement", not "Ukraine's plan" nor "the draft treaties")."""
    marks = words("proposal_marks")
    return any(s.lemma_.lower() in texts and not any(
        (c.dep_ in OWNER_DEPS and c.ent_type_ in OWNER_LABELS) or c.lower_ in marks
        for c in s.children) for s in verb.children if s.dep_ in SUBJECTS)


STIPULATED_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "stipulated_by": lambda t, e, s, words: stipulated_by(t, words),
    "text_subject": lambda t, e, s, words: text_subject(t, words),
}
