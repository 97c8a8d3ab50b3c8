"""Acts a noun is only waiting for (wave 63, ev63c; word list ``fact_relative_fronts`` in
``lexicon/clauses.yaml``).

"a curfew to be imposed from Friday", "freed up troops to be sent to the territory", "sanctions
to be imposed on Iran": a passive to-infinitive that is the relative clause of a noun names an
act still to come, not one done, so it is future (events.modality.pending-relative.v1). A
passive joined to one with no subject or auxiliary of its own ("to be trained and deployed")
shares it. Not a relative after a word that ranks a done act ("the first person to be killed",
"the only leader to be elected"): that tells what happened. An active to-infinitive under a
noun ("the decision to impose sanctions", "a demonstration to protest") is left alone: it is
often the act told, and other rules read the nouns of plans and efforts.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import words

PENDING_RELATIVE_RULE = "events.modality.pending-relative.v1"


def pending_relative(verb: Token) -> tuple[Modality, str] | None:
    """"future" with the rule's name when ``verb`` (the clause verb of an event) is a passive
    to-infinitive relative of a noun ("a curfew to be imposed"), or a bare participle joined to
    one; None otherwise."""
    verb = _passive_conjunct_head(verb)
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or noun.i == verb.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children):
        return None
    if _ranked(noun):
        return None
    return "future", PENDING_RELATIVE_RULE


def _passive_conjunct_head(verb: Token) -> Token:
    """"to be trained and deployed": "deployed" -> "trained" (a participle with no subject or
    auxiliary of its own)."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VBN" \
                or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
            break
        verb = verb.head
    return verb


def _ranked(noun: Token) -> bool:
    """"the first person", "the last soldier", "the only leader", "the youngest minister": a
    rank or superlative on the noun makes its relative a fact."""
    fronts = words("fact_relative_fronts")
    return noun.lower_ in fronts or any(
        c.dep_ in {"amod", "advmod", "nummod", "compound"}
        and (c.lower_ in fronts or c.tag_ in {"JJS", "RBS"}) for c in noun.children)
