"""Sense checks on who or what does an act, and what for (wave 55, ev55b; issue 11).

- ``subject_modifier``: a word in front of a subject head of the token (a compound or an
  adjective), or in front of the noun a participle describes, is one of ``words``: "a Russian
  disinformation campaign targeting western nations" (``events.sense.target-by-instrument.v1``):
  a campaign of words singles a party out, no force does; "a bombing campaign targeting rebel
  positions" keeps its ASSAULT.
- ``purpose_verbs``: a to-infinitive under the token, with no subject of its own (an open
  complement, or an adverbial clause of purpose), is headed by one of ``words``: "soldiers used
  explosives to recover the bodies" (``events.sense.use-means-for-salvage.v1``); "used tear gas
  to disperse protesters" keeps its ASSAULT.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS, inherited_subjects

MODIFIERS = frozenset({"compound", "amod", "nmod"})
PURPOSE_CLAUSES = frozenset({"xcomp", "advcl"})


#: The clauses through which the subject of a governor is the token's own ("a campaign that
#: targeted": the relative clause's noun).
SUBJECT_CLIMB = frozenset({"xcomp", "conj", "relcl"})


def _subject_heads(token: Token) -> list[Token]:
    """The token's subjects, its governor's for an open complement or a conjunct, the noun a
    relative clause or a participle describes ("a campaign targeting")."""
    return inherited_subjects(token, SUBJECT_CLIMB)


def subject_modifier(token: Token, words: frozenset[str]) -> bool:
    return any(m.lemma_.lower() in words or m.lower_ in words
               for s in _subject_heads(token) for m in s.children if m.dep_ in MODIFIERS)


def purpose_verbs(token: Token, words: frozenset[str]) -> bool:
    for clause in token.children:
        if clause.dep_ not in PURPOSE_CLAUSES or clause.lemma_.lower() not in words:
            continue
        if any(c.dep_ in SUBJECTS for c in clause.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return True
    return False


INSTRUMENT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "subject_modifier": lambda t, e, s, words: subject_modifier(t, words),
    "purpose_verbs": lambda t, e, s, words: purpose_verbs(t, words),
}
