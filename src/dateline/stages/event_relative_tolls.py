"""Victims a relative clause on a nominal attack names (wave 46, ev46b).

``events.args.relative-toll.v1``: "an attack that killed 19 people", "the bombing, which
wounded three soldiers": a relative clause on a nominal attack whose subject is the relative
word (``clauses.relative_subject_words``) and whose verb tells a toll (``clauses.toll_verbs``)
names the attack's victims in its object; they are its target, read as the toll of a joined
clause is (``event_domestic.toll_victims``). Judged round 28: such victims were left empty,
since the toll reader looks only at clauses joined to a verb or to the attack's own clause.
Not a clause whose subject is a word of its own ("an attack that police said killed ...":
its own subject is no relative word), nor a passive one ("in which two were wounded":
``events.args.relative-victims.v1`` reads those).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

RELATIVE_TOLL = "events.args.relative-toll.v1"


def relative_tolls(token: Token) -> list[Token]:
    """The toll verbs of the relative clauses on the nominal attack ``token`` whose subject
    is the relative word itself."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    tolls, relatives = words("toll_verbs"), words("relative_subject_words")
    return [c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in tolls
            and any(s.dep_ == "nsubj" and s.lower_ in relatives for s in c.children)]
