"""Passive acts a clause of "until" or "before" is still waiting for (wave 66, ev66a; word
lists ``pending_marks``, ``present_auxiliaries``, ``future_auxiliaries`` and
``modal_auxiliaries`` in ``lexicon/clauses.yaml``).

"will not rest until the regime is destroyed", "must settle before a strike is approved",
"will stay in the city before being granted asylum": a present passive under a pending
subordinator, or a passive gerund "before/until being ..." under a verb told as future or
modal, names an act that has not happened yet, so it is future
(events.modality.pending-passive.v1). The older pending-clause rule reads only plain active
presents ("until Ford negotiates"). Left alone: a past head ("fought until the army was
defeated", "were held for weeks before being released" tell what happened) and a passive with
a perfect or modal auxiliary ("until it has been approved").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import words

PENDING_PASSIVE_RULE = "events.modality.pending-passive.v1"

#: Auxiliaries of a head clause told in the past: its pending clause is a past one.
PAST_HEAD_AUXILIARIES = frozenset({"had", "was", "were", "did"})


def pending_passive(verb: Token) -> tuple[Modality, str] | None:
    """"future" with the rule's name when ``verb`` (the clause verb of an event) is a passive
    still awaited under "until"/"before"/"once"; None otherwise."""
    if verb.tag_ != "VBN" or verb.head.i == verb.i:
        return None
    if _present_passive_clause(verb) or _awaited_gerund(verb):
        return "future", PENDING_PASSIVE_RULE
    return None


def _auxiliaries(token: Token, deps: frozenset[str]) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in deps}


def _present_passive_clause(verb: Token) -> bool:
    """"until the regime is destroyed": an advcl whose only auxiliary is a present "is/are"."""
    if verb.dep_ != "advcl":
        return False
    if _auxiliaries(verb, frozenset({"aux"})):
        return False  # "until it has been approved", "before it can be signed"
    passive = _auxiliaries(verb, frozenset({"auxpass"}))
    if not passive or not passive <= words("present_auxiliaries"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if not marks & words("pending_marks"):
        return False
    head = verb.head
    return not (head.tag_ == "VBD" or _auxiliaries(head, frozenset({"aux", "auxpass"}))
                & PAST_HEAD_AUXILIARIES)


def _awaited_gerund(verb: Token) -> bool:
    """"will remain in Tehran before being granted asylum": a passive gerund object of a
    pending preposition whose verb is future or modal."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in words("pending_marks") or prep.head.i == prep.i:
        return False
    if "being" not in _auxiliaries(verb, frozenset({"auxpass"})):
        return False
    head = prep.head
    told = _auxiliaries(head, frozenset({"aux"}))
    return bool(told & (words("future_auxiliaries") | words("modal_auxiliaries")))


OBLIGATION_AHEAD_RULE = "events.modality.obligation-ahead.v1"


def obliged_ahead(verb: Token, obligation_verbs: frozenset[str]) -> bool:
    """"will have to oppose the plan", "will need to send troops", "expected the mayor to have to
    work with": the to-infinitive of an obligation verb (``obligation_verbs``: have, need) that
    is itself told with "will" or as a to-infinitive is an act still owed, not done: hypothetical,
    as the older obligation rule reads "has to" and "would have to"
    (events.modality.obligation-ahead.v1). "had to withdraw" is left alone."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in obligation_verbs:
        return False
    if head.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    told = _auxiliaries(head, frozenset({"aux"}))
    return bool(told & (words("future_auxiliaries") | {"to"}))
