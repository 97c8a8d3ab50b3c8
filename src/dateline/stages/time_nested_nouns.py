"""A time inside an object's phrase that dates another act (events.date.nested-noun.v1, wave 49,
read in disc stories): "made arrests in connection with the abduction in May", "as she prepared
for a June visit", "accused him of complicity in the coup attempt on Tuesday", "on the
anniversary of the Sept. 11 attacks". The time modifies a noun of a happening reached through a
preposition that relates the clause to a thing ("with", "for", "of", "over", "against"), so it
is that happening's time, not the clause's.

A setting phrase keeps its time ("at the May 5 rally", "killed in clashes on Monday", "at the
end of a meeting on Wednesday"): the act is done in or at the happening there. A time hung on
the clause's direct object ("signed an agreement on Thursday") is the parser's attachment of
the clause's time and is kept too. The words are ``times.yaml`` keys.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.event_lexicon import match
from dateline.stages.syntax import words

__all__ = ["nested_noun", "nested_noun_time"]

#: How many heads up from the time a noun phrase is followed.
DEPTH = 8
#: How strongly a phrase relates the clause to the noun, weakest first.
STRENGTHS = ("", "weak", "strong", "ahead")


def nested_noun_time(span: Span) -> bool:
    """The time ``span`` dates a happening noun nested in a relating phrase of its clause."""
    return nested_noun(span) is not None


def nested_noun(span: Span) -> Token | None:
    """The noun the time ``span`` dates when that noun is nested in a relating phrase ("the
    abduction" of "in connection with the abduction in May"), else None."""
    noun = _dated_noun(span)
    if noun is None:
        return None
    if _linking(noun):  # "in connection with the abduction in May": the abduction's time
        return _linked(noun)
    if not _happening(noun) or not _relating_phrase(noun, ""):
        return None
    # "met for talks on Monday", "rejected the terms for a bailout in June": a trailing time
    # phrase under a noun is as often the parser's misplaced clause time; only a modifier ("a
    # June visit") or a phrase looking ahead ("ahead of a trip on Sunday") dates the noun
    return noun if span.root.dep_ != "pobj" or _relating_phrase(noun, "", ahead=True) else None


def _linking(noun: Token) -> bool:
    return noun.lemma_.lower() in words("nested_link_nouns", "times") and noun.dep_ == "pobj"


def _linked(noun: Token) -> Token | None:
    """The happening a linking noun ties the clause to ("connection with the abduction")."""
    for prep in noun.children:
        if prep.dep_ == "prep":  # "connection with", "response to"
            objects = [c for c in prep.children if c.dep_ == "pobj" and _happening(c)]
            if objects:
                return objects[0]
    return None


def _dated_noun(span: Span) -> Token | None:
    """The first noun above the time, through a preposition or as its modifier ("the coup
    attempt on Tuesday", "a June visit", "the Sept. 11 attacks"); none for a time the clause
    holds directly."""
    token = span.root
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head
    elif token.dep_ not in {"compound", "nmod", "amod", "npadvmod"}:
        return None
    head = token.head
    if head.pos_ not in {"NOUN", "PROPN"} or span.start <= head.i < span.end:
        return None
    return head


def _happening(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    happenings = words("nested_happening_nouns", "times")
    return lemma in happenings or noun.lower_ in happenings \
        or (match(noun) is not None and noun.tag_ != "NNP")


def _relating_phrase(noun: Token, related: str, ahead: bool = False) -> bool:
    """On the way from the noun up to its clause's verb, a noun is the object of a relating
    preposition. A phrase that hangs on the verb as a setting ("at", "in", "during") keeps its
    time unless a strong relating preposition ("with", "for", "against") is inside it ("in
    connection with the abduction in May"); "of" is not ("at the end of a visit on Monday")."""
    token = noun
    for _ in range(DEPTH):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return related == "ahead" if ahead else bool(related)
        if token.dep_ == "dobj" and token.i == noun.i:
            return False  # "signed an agreement on Thursday": the clause's own time
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            token = token.head
            continue
        prep = token.head
        if prep.lower_ in words("nested_relating_preps", "times"):
            related = max(related, _strength(prep), key=STRENGTHS.index)
        elif prep.head.pos_ in {"VERB", "AUX"}:
            return related in {"strong", "ahead"} and not ahead  # "killed in clashes on Monday"
        token = prep.head
    return False


def _strength(prep: Token) -> str:
    """"of" is weak, but not in "ahead of", "instead of" (``nested_strong_of_heads``)."""
    if prep.head.lower_ in words("nested_strong_of_heads", "times"):
        return "ahead"
    return "weak" if prep.lower_ in words("nested_weak_preps", "times") else "strong"

