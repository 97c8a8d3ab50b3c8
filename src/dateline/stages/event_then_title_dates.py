"""No date for an act told of the holder of an earlier title (wave 68, ev68d).

"Garcon's chief of staff warned then French President Nicolas Sarkozy against the deal", "a
meeting between the rebel leader and the then president of Guinea": a title marked as held at
an earlier time (``times.former_title_marks``, "then", before a title word of
``times.former_title_words``) places the act it is an argument of in that earlier time; when
the act has no date of its own (only the document date), it is background and gets no date
(events.date.then-title.v1) rather than the document date. Only the act whose argument the
titled noun phrase is (its subject, object, agent, or the object of one of its prepositions,
climbed through noun-phrase links), not an act of a clause around it; "then" as an adverb of
sequence ("the army then attacked", "and then President X visited") is not a mark: it must
follow "the", a verb or a preposition.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

__all__ = ["THEN_TITLE_RULE", "then_title"]

THEN_TITLE_RULE = "events.date.then-title.v1"
#: Links a titled noun phrase climbs to the act it is an argument of.
ARGUMENT_LINKS = frozenset({"compound", "appos", "nsubj", "nsubjpass", "dobj", "dative",
                            "pobj", "prep", "agent", "conj", "poss", "attr"})
#: Words that may stand between the mark and the title word ("then French President",
#: "then-Prime Minister").
BETWEEN_POS = frozenset({"ADJ", "PROPN", "PUNCT", "NOUN"})
#: How many tokens after the mark the title word may be.
TITLE_REACH = 4
#: Tags of the word before the mark that show it is not an adverb of sequence.
BEFORE_TAGS = frozenset({"DT"})
BEFORE_POS = frozenset({"VERB", "ADP", "DET"})


def then_title(token: Token) -> bool:
    """``token`` (the trigger of an act dated only by the document date) has an argument whose
    title is marked as held at an earlier time."""
    if token.tag_ in {"VB", "VBP", "VBZ", "VBG"} or token.pos_ == "AUX":
        return False  # a present, future or ongoing act: not told as background
    doc = token.doc
    sentence = token.sent
    for mark in sentence:
        if mark.lower_ not in words("former_title_marks", "times") or mark.i == sentence.start:
            continue
        before = doc[mark.i - 1]
        if before.pos_ not in BEFORE_POS and before.tag_ not in BEFORE_TAGS:
            continue
        title = _title_after(mark)
        if title is not None and _argument_of(title, token):
            return True
    return False


def _title_after(mark: Token) -> Token | None:
    doc = mark.doc
    for i in range(mark.i + 1, min(mark.i + 1 + TITLE_REACH, mark.sent.end)):
        word = doc[i]
        if word.lower_ in words("former_title_words", "times") and word.pos_ in {"NOUN", "PROPN"}:
            return word
        if word.pos_ not in BETWEEN_POS and word.text != "-":
            return None
    return None


def _argument_of(title: Token, trigger: Token) -> bool:
    node = title
    while node.i != trigger.i:
        if node.dep_ not in ARGUMENT_LINKS or node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.pos_ not in {"NOUN", "PROPN"}:
            return False  # a conjoined clause, not a conjoined noun phrase
        node = node.head
    return True
