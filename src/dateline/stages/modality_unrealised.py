"""Acts a sentence names but does not report done (wave 56, ev56e; word lists in
``lexicon/clauses.yaml``).

"was held for weeks without being formally charged": the act of a clause (or a noun) that a
preposition of lack takes did not happen, so it is negated (events.modality.without-act.v1);
"left without his passport" codes the leaving, which is not under "without", and is left alone;
so is a noun under the verb of such a clause ("without ending the ceasefire": the ceasefire is).
"is prepared to send envoys", "would be reluctant to ask for troops": the act of a to-infinitive
under an adjective of readiness is offered or weighed, not done, so it is hypothetical, or
negated when the readiness is denied ("is not willing to negotiate")
(events.modality.readiness-act.v1).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import words

WITHOUT_RULE = "events.modality.without-act.v1"
READINESS_RULE = "events.modality.readiness-act.v1"


def unrealised_modality(token: Token, verb: Token) -> tuple[Modality, str] | None:
    """The modality a preposition of lack or an adjective of readiness gives the act of
    ``token`` (whose clause verb is ``verb``), with the rule's name; None when neither does."""
    if token.dep_ == "pobj" and _lack(token.head):
        return "negated", WITHOUT_RULE  # "surrendered without a fight"
    if verb.i != token.i:
        return None  # a noun under the verb keeps its own reading ("ready to end a ceasefire")
    if _lacking(verb):
        return "negated", WITHOUT_RULE
    return _offered(verb)


def _lacking(verb: Token) -> bool:
    """The act is the gerund or participle clause of "without" ("without being charged",
    "without consulting Kyiv"), or a subjectless verb joined to it ("or tried")."""
    for _ in range(3):  # "without being charged or tried"
        if verb.dep_ != "conj" or verb.head.i == verb.i \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            break
        verb = verb.head
    return verb.dep_ in {"pcomp", "pobj"} and verb.pos_ in {"VERB", "AUX"} and _lack(verb.head)


def _lack(prep: Token) -> bool:
    return prep.pos_ == "ADP" and prep.lower_ in words("lack_preps")


def _offered(verb: Token) -> tuple[Modality, str] | None:
    """"is prepared to send", "are ready to respect, defend and implement": a to-infinitive
    (or a bare verb joined to one) under an adjective of readiness."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VB":
            break
        verb = verb.head
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.i == verb.i or adjective.pos_ != "ADJ":
        return None
    if adjective.lemma_.lower() not in words("readiness_adjectives") \
            and adjective.lower_ not in words("readiness_adjectives"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    frame = [adjective, adjective.head] if adjective.head.i != adjective.i else [adjective]
    if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "cc", "preconj"}
                               and c.lower_ in words("negations") | {"nor", "neither"})
           for t in frame for c in t.children):
        return "negated", READINESS_RULE
    return "hypothetical", READINESS_RULE
