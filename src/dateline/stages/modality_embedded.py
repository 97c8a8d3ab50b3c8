"""Acts embedded under an expectation or a coercion (wave 52, ev52a; word lists in
``lexicon/clauses.yaml``).

"the minister was expected to receive the envoy": the act of a to-infinitive under a passive of
expecting or scheduling lies ahead, whatever the tense of the expecting
(events.modality.expected-act.v1). "failed to persuade the rebels to withdraw", "has not been
able to force him to accept", "could not get Israel to halt": the act a coercion aims at is as
unreal as the coercion itself (events.modality.coerced-act.v1); an asserted coercion ("forced
the army to retreat") says the act happened and is left to the general rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import words

EXPECTED_RULE = "events.modality.expected-act.v1"
COERCED_RULE = "events.modality.coerced-act.v1"

Reader = Callable[[Token], Modality]

#: Modalities of a coercion that leave the act it aims at undone.
UNDONE = frozenset({"negated", "hypothetical", "future"})


def embedded_modality(token: Token, verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """The modality an expectation or a coercion above it gives the act of ``token`` (whose
    clause verb is ``verb``), with the rule's name; None when neither governs it."""
    if verb.i != token.i or not _to_infinitive(verb):
        return None  # a noun under the verb keeps its own reading
    return _expected(verb, read) or _coerced(verb, read)


def _to_infinitive(verb: Token) -> bool:
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _expected(verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """"was expected to receive", "is scheduled to sign": a passive of expecting is about what
    comes after it. Not a past perfect ("had been expected to": often undone) and not an
    expecting that is itself negated or only supposed."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in words("expectation_passives"):
        return None
    auxiliaries = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if not any(c.dep_ == "auxpass" for c in head.children) or "had" in auxiliaries:
        return None
    if read(head) not in {"asserted", "reported"}:
        return None
    return "future", EXPECTED_RULE


def _coerced(verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """"failed to persuade the rebels to withdraw": the act under a coercion that did not
    happen (or is only ahead or supposed) did not happen either."""
    head = verb.head
    if head.lemma_.lower() not in words("coercion_verbs") or head.pos_ not in {"VERB", "AUX"}:
        return None
    if not _coerced_party(verb, head):
        return None  # "get to meet": a chance, not a coercion
    framing = read(head)
    return (framing, COERCED_RULE) if framing in UNDONE else None


def _coerced_party(verb: Token, head: Token) -> bool:
    """The coercion names who is to act: its object ("persuade the rebels to withdraw") or the
    subject of the infinitive ("get Israel to halt")."""
    if verb.dep_ == "xcomp":
        return any(c.dep_ == "dobj" for c in head.children)
    return any(c.dep_ == "nsubj" for c in verb.children)


COERCED_NO_PARTY_RULE = "events.args.coerced-no-party.v1"


def coerced_unnamed(token: Token, named: Callable[[list[Token]], list[str]]) -> bool:
    """"forced the rebels to retreat" where "the rebels" names no actor: the coerced do the act,
    so the one who coerces is not its source, and the act is left with none
    (events.args.coerced-no-party.v1). ``named`` gives the actors of tokens."""
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    if head.lemma_.lower() not in words("coercion_verbs"):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and not named(objects)
