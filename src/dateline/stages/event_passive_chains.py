"""Passive patients further down a coordination than the slot rules reach (wave 44, ev44a).

``events.args.chained-passive.v1``: "Activists have been beaten, arrested, and tortured": spaCy
hangs the third participle on the second, not on the passive verb, so the bare-conjoined rule
(which looks one step up) made the activists the torturers. Every bare conjunct of a chain of
bare conjuncts that starts at a passive verb shares that passive. "He was released on bail but
then sentenced": a bare conjunct of a passive that the tagger read as a past tense is a
participle too when its act is done to someone (harm, coercion, a penalty), since such a verb
with no object of its own cannot be the subject's own act. Disc: the patient was the source
and the target empty.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_args import AFFECTED_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.event_targets import CHAINED_PASSIVE
from dateline.stages.syntax import SUBJECTS

__all__ = ["CHAINED_PASSIVE", "chained_passive"]
#: Children that give a conjunct a clause of its own (then it is no shared passive).
OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "dobj", *SUBJECTS})


def _bare(token: Token) -> bool:
    return not any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children)


def _participle(token: Token) -> bool:
    """A past participle, or a past tense (the tagger's frequent misreading) of an act done to
    someone."""
    if token.tag_ == "VBN":
        return True
    entry = match(token) if token.tag_ == "VBD" else None
    return entry is not None and entry.type in AFFECTED_TYPES


def chained_passive(token: Token, frame: Token) -> bool:
    """The trigger is a bare participle reached from the passive ``frame`` through bare
    conjuncts only; the one-step tagged-VBN case stays with the bare-conjoined rule."""
    if token.dep_ != "conj" or frame.i == token.i or not _participle(token) or not _bare(token):
        return False
    if not any(c.dep_ == "auxpass" for c in frame.children) or not any(
            c.dep_ == "nsubjpass" for c in frame.children):
        return False
    current = token.head
    while current.i != frame.i:
        if current.dep_ != "conj" or current.tag_ not in {"VBN", "VBD"} or not _bare(current):
            return False
        current = current.head
    return True
