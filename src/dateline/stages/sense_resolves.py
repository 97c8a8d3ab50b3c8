"""Sense checks for vows that commit the speaker to nothing (wave 57, ev57c; issue 11).

A vow, pledge or promise is PLOVER AGREE when it commits its speaker to a future act toward a
party. A that-clause that only says how things will be or will go on ("the bishop vowed the
church would rise again", "promised that prosecutions would continue", "vowed the vote will go
ahead", "pledged that this would be a day of victory") states a resolve, not a commitment
(``events.sense.vow-resolve.v1``):

- ``resolve_clause``: a finite that-clause under the token (one with a subject of its own) is
  headed by one of ``words``, or by a verb with a particle that makes one of them ("go ahead");
  "be" only as a copula whose predicate has no clause of its own ("would be ready to talk" is
  kept), and no clause whose subject is a joint act or a thing given to another party
  (``senses.yaml`` class ``joint_clause_subjects``: "the talks will continue", "aid would
  continue", "the deal will go ahead" are kept).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS

#: The dependents of a copula that carry its predicate.
PREDICATES = frozenset({"attr", "acomp", "prep"})
#: Dependents of a predicate that make it a clause of its own ("ready to talk").
PREDICATE_CLAUSES = frozenset({"xcomp", "ccomp", "advcl"})


@cache
def _joint_subjects() -> frozenset[str]:
    """The class of subjects that keep a that-clause a commitment (imported here: ``senses``
    imports this module)."""
    from dateline.stages.senses import sense_classes

    return sense_classes()["joint_clause_subjects"]


def _verb_words(verb: Token) -> set[str]:
    lemma = verb.lemma_.lower()
    found = {lemma}
    found |= {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod"}}
    return found


def _bare_copula(verb: Token) -> bool:
    """A copula "be" whose predicate holds no clause of its own ("would be an unprecedented
    day", not "would be ready to negotiate")."""
    if any(c.dep_ in PREDICATE_CLAUSES for c in verb.children):
        return False
    return not any(g.dep_ in PREDICATE_CLAUSES for p in verb.children
                   if p.dep_ in PREDICATES for g in p.children)


def _resolves(clause: Token, words: frozenset[str]) -> bool:
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS or c.dep_ == "expl"]
    if not subjects or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False  # a to-infinitive or a subjectless clause: the speaker's own act
    joint = _joint_subjects()
    if any(s.lemma_.lower() in joint or s.lower_ in joint for s in subjects):
        return False
    if clause.lemma_.lower() == "be":
        return "be" in words and _bare_copula(clause)
    return bool(_verb_words(clause) & words)


def resolve_clause(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "ccomp" and _resolves(c, words) for c in token.children)


RESOLVE_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "resolve_clause": lambda t, e, s, words: resolve_clause(t, words),
}
