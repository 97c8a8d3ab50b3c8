"""Sense check on what a bare "provide" hands over (wave 45, ev45e; issue 11).

``given_not``: "will provide a one-year moratorium", "provides a special treatment for
companies", "providing new research grounds": the verb's object is a thing that is no aid, so
the bare entry (``aid.provide.v1``) reads an everyday sense as AID. The check holds when the
token has a direct object or passive subject, none of which is an actor, and none of the words
that name the thing given (the object head, a word compounded or described in front of it, the
noun of an "of"/"in" phrase under it: "some form of military assistance", "$10 million in
aid", or the noun of a "with" phrase on the verb: "provide them with weapons") is one of the
goods ``words``. A recipient named as object ("provided Nigeria with assistance") keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Token

from dateline.stages.sense_parties import is_actor
from dateline.stages.state import DocState

PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Words in front of a noun that can name the goods ("military assistance", "food parcels").
FRONT_DEPS = frozenset({"compound", "amod", "nmod"})
#: Prepositions under an object head whose noun is the goods ("a form of aid", "$5m in aid").
INNER_PREPS = frozenset({"of", "in"})
#: Tags of relative pronouns: "the support that Portugal has provided" gives the noun they
#: stand for.
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _goods_words(token: Token, patients: list[Token]) -> Iterator[Token]:
    """The words that may name what is given: each patient and its conjuncts, front words and
    inner nouns, the noun a relative-pronoun patient stands for, and the nouns of a "with"
    phrase on the verb."""
    for patient in patients:
        yield patient
        yield from (c for c in patient.children if c.dep_ == "conj")
        if patient.tag_ in RELATIVE_TAGS and token.dep_ == "relcl":
            yield token.head
            if token.head.dep_ == "pobj":  # "support of the sort that is provided"
                yield token.head.head.head
        for child in patient.children:
            if child.dep_ in FRONT_DEPS:
                yield child
            if child.dep_ == "prep" and child.lower_ in INNER_PREPS:
                yield from (c for c in child.children if c.dep_ == "pobj")
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            yield noun
            yield from (c for c in noun.children if c.dep_ == "conj")


def given_not(token: Token, words: frozenset[str], state: DocState) -> bool:
    """The token hands over a thing, to no actor named as its object, that is none of
    ``words``."""
    patients = [c for c in token.children if c.dep_ in PATIENT_DEPS]
    if not patients or any(is_actor(p, state) for p in patients):
        return False
    return not any(_lemma(w) in words or w.lower_ in words
                   for w in _goods_words(token, patients))


GOODS_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "given_not": lambda t, e, s, words: given_not(t, words, s),
}
