"""Acts only hoped for, and refusals that are no act (wave 46, ev46e; word lists in
``lexicon/clauses.yaml``).

The English model lemmatizes "hoped", "hopes" and "hoping" as "hop", so the lemma lists of
wished acts miss "the government hoped to sign a deal": read by word form here, the signing is
hypothetical (events.modality.hoped-act.v1). "declined to say whether they would meet" refuses
a comment, not a proposal: no REJECT is coded (events.reject.no-comment.v1).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

HOPED_RULE = "events.modality.hoped-act.v1"
NO_COMMENT_RULE = "events.reject.no-comment.v1"


def _to_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def hoped_act(verb: Token) -> bool:
    """The act of a to-infinitive (or its bare conjunct) under a form of "hope"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VB":
        verb = verb.head  # "hopes to reach a deal and sign it"
    return _to_infinitive(verb) and verb.head.lower_ in words("misread_wish_forms")


def no_comment(token: Token, event_type: str) -> bool:
    """A REJECT read on a verb of declining whose to-infinitive is a verb of saying."""
    if event_type != "REJECT" or token.lemma_.lower() not in words("no_comment_refusals"):
        return False
    return any(_to_infinitive(c) and c.lemma_.lower() in words("no_comment_verbs")
               for c in token.children)
