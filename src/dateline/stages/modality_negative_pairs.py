"""Acts a clause negates without "not" (wave 83, ev83m; word lists in ``lexicon/clauses.yaml``).

"China neither accepts nor recognises the ruling", "he had neither asked for nor been granted
asylum": "neither" pairs two verbs and negates both (events.modality.neither-nor.v1). "Hungary
has yet to give its approval", "the envoy is yet to sign": an act still not done is negated
(events.modality.yet-to.v1). "yet another attack" and "yet, troops fired" are no such frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

NEITHER_NOR_RULE = "events.modality.neither-nor.v1"
YET_TO_RULE = "events.modality.yet-to.v1"

#: Verbs a "yet to" frame hangs on when the parse puts "yet" above the infinitive
#: ("has yet to say", "is yet to sign").
_YET_HOSTS = frozenset({"have", "be"})


def _bare_conjunct_heads(verb: Token) -> list[Token]:
    """The verb, then the verbs it is joined to while it has no subject of its own ("neither
    asked for nor been granted", "has yet to sign or ratify"); "and Hungary has yet to give"
    has its own subject, so the verb before it does not count."""
    row = [verb]
    for _ in range(3):
        head = verb.head
        if verb.dep_ != "conj" or head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
            break
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            break
        row.append(head)
        verb = head
    return row


def _joined_by_nor(verb: Token) -> bool:
    """The conjunction just before the verb is "nor" ("neither asked nor was granted, and
    fled": the fleeing is joined by "and")."""
    links = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    return bool(links) and max(links, key=lambda c: c.i).lower_ == "nor"


def neither_nor(own: Token) -> bool:
    """The verb carries "neither" as a pre-conjunction, or is joined by "nor" to one that does."""
    for verb in _bare_conjunct_heads(own):
        if any(c.dep_ == "preconj" and c.lower_ in words("paired_negations")
               for c in verb.children):
            return True
        if verb.dep_ != "conj" or not _joined_by_nor(verb):
            return False
    return False


def _not_yet(token: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in words("not_yet_adverbs") for c in token.children)


def yet_to(own: Token) -> bool:
    """A to-infinitive under "yet": on the infinitive itself ("has yet to give") or on the
    "have"/"be" it completes ("has yet to say"); a later verb joined to it shares it."""
    verb = _bare_conjunct_heads(own)[-1]
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if _not_yet(verb):
        return True
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_ in _YET_HOSTS
            and _not_yet(head))
