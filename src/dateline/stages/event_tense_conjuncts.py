"""Conjuncts told in another tense keep their own time (issue 11, wave 50).

"The army seized the town in May and rebels are mounting protests": a conjoined clause with
a subject of its own, told in the present or present perfect, is not dated by the past clause it
is joined to; it is dated as of the document (ongoing or just done) unless its own clause gives
a time (events.date.tense-conjunct.v1).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

__all__ = ["TENSE_CONJUNCT_RULE", "tense_break"]

TENSE_CONJUNCT_RULE = "events.date.tense-conjunct.v1"
#: Auxiliaries of a past clause: with one of them the conjunct is no present act.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})


def tense_break(clause: Token) -> bool:
    """The clause is a conjunct with its own subject, told in the present (perfect), joined to
    a clause told in the simple past: it does not share that clause's time."""
    if clause.dep_ != "conj" or clause.head.i == clause.i:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False  # "began meeting Sunday and pledged": one subject, one time
    return _present(clause) and _simple_past(clause.head)


def _auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _present(verb: Token) -> bool:
    """Present perfect, progressive or simple present: no modal, no past auxiliary."""
    auxiliaries = _auxiliaries(verb)
    if auxiliaries & (PAST_AUXILIARIES | set(words("modal_auxiliaries"))) or "will" in auxiliaries:
        return False
    if auxiliaries & ({"has", "have"} | set(words("present_auxiliaries"))):
        return True
    return not auxiliaries and verb.tag_ in {"VBZ", "VBP"}


def _simple_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" and not _auxiliaries(verb)


def chained_verbs(clause: Token, conjunct: Token) -> list[Token]:
    """"began meeting Sunday and pledged ...": the gerunds a clause controls (xcomp) before the
    conjunct reached from it, whose time the conjunct shares before any narrative time
    (events.date.chained-conjunct.v1)."""
    if conjunct.dep_ != "conj" or conjunct.head.i != clause.i:
        return []
    # a gerund only: "promised to hold ... by 2017" dates the planned act, not the promise
    return [c for c in clause.children
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i < conjunct.i]
