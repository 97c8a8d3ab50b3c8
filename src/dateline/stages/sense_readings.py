"""Sense checks for triggers read in a sense that makes no event (wave 41, ev41e; issue 11).

Each check reads the shape of the trigger's own phrase, not its words: "called the Furqan"
names, "he calls Vision 2030" names, "as provided for in the law" stipulates, "Gareau asks."
attributes a question, "agreed the commitment was shared" concurs in an opinion, and
"activists opposed to the dam" describes a party.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.sense_parties import is_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS

#: Dependencies that give a verb an addressee, a content or a circumstance of its own.
COMPLEMENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "attr", "oprd",
                             "advcl", "agent", "prt", "nsubjpass", "acomp", "npadvmod"})
QUOTES = frozenset({'"', "'", "\u201c", "\u2018", "``"})
#: Auxiliaries that make a clause an act to come, agreed on ("agreed we would leave").
MODALS = frozenset({"would", "will", "should", "shall", "could", "can", "may", "might", "must",
                    "wo", "'ll", "'d", "to"})
#: Auxiliaries of a past or perfect clause (a fact or an opinion, not an act to come).
PAST_AUX = frozenset({"was", "were", "had", "has", "have", "been"})


def naming_call(token: Token) -> bool:
    """The verb names or labels: it takes a predicate ("the paramilitary, called the Furqan",
    "called Key 'a friend'"), two objects ("which he calls Vision 2030"), or an object whose
    appositive is a quoted label ("called the groups 'a thorn'"). A phone call takes none."""
    children = list(token.children)
    if any(c.dep_ in {"oprd", "attr"} for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) >= 2:
        return True
    return any(_quoted(a) for o in objects for a in o.children if a.dep_ == "appos")


def _quoted(token: Token) -> bool:
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in QUOTES


def stipulates(token: Token, state: DocState) -> bool:
    """"provides for the territorial sea", "as provided for in the law": a text lays down what
    is to be, nobody gives anything. No object or recipient, and its "for" has no party."""
    children = list(token.children)
    if any(c.dep_ in {"dobj", "dative"} for c in children):
        return False
    fors = [c for c in children if c.dep_ in {"prep", "prt"} and c.lower_ == "for"]
    return bool(fors) and not any(is_actor(o, state) for f in fors for o in f.subtree)


def bare_verb(token: Token) -> bool:
    """The verb stands alone: no addressee, content or circumstance ("Gareau asks.", the
    attribution of a question quoted before it)."""
    return not any(c.dep_ in COMPLEMENT_DEPS for c in token.children)


def opinion_clause(token: Token) -> bool:
    """A finite that-clause with a subject of its own that states a past or perfect fact or
    opinion ("agreed the commitment was shared by each country"), not an act to come ("agreed
    that talks would resume") nor one ordered in the subjunctive ("agreed that X be ...")."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if not any(c.dep_ in SUBJECTS for c in clause.children):
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        if aux & MODALS:
            continue
        if clause.tag_ == "VBD" or aux & PAST_AUX:
            return True
    return False


def stance_participle(token: Token) -> bool:
    """"Activists opposed to the prime minister suspended protests": a bare participle with a
    "to"-phrase and no auxiliary, object or copula describes a party's stance (the verb
    "oppose" takes a direct object; "is opposed to" keeps its "be")."""
    children = list(token.children)
    if token.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ in {"aux", "auxpass", "dobj", "mark", "neg"} for c in children):
        return False
    if token.dep_ == "acomp" or token.head.lemma_ == "be":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in children)


READING_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "naming_call": lambda t, e, s, wanted: naming_call(t) == wanted,
    "stipulates": lambda t, e, s, wanted: stipulates(t, s) == wanted,
    "bare_verb": lambda t, e, s, wanted: bare_verb(t) == wanted,
    "opinion_clause": lambda t, e, s, wanted: opinion_clause(t) == wanted,
    "stance_participle": lambda t, e, s, wanted: stance_participle(t) == wanted,
}
