"""Acts that a law or an agreement allows (wave 53, ev53c; issue 11).

"the new law allows authorities to seize the drugs", "an accord that lets the navy inspect
ships", "the amendment does not permit the army to detain anyone": what a text or a measure
gives leave to do is a provision, not an act told as done or as planned by a party, and blind
judges count it as no event (``events.gate.provided-act.v1``). The act is the to-infinitive (or
bare infinitive) under an active verb of giving leave (``clauses.provision_verbs``) whose
subject is such a text (``clauses.provision_nouns``): named as the subject, as the noun a
participle or relative clause hangs on ("a law allowing ...", "a deal that would let ..."), or
through a verb that only carries the act on ("allows police to continue detaining").

Not: a party giving leave ("the junta agreed to let the rebels leave", "Kyiv allowed observers
to enter"), a passive ("will be allowed to fly": events.modality.permitted-act.v1), nor an act
inside the object's own clauses ("a law that allows the return of those who were detained").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

PROVIDED_RULE = "events.gate.provided-act.v1"

#: Links from an act to the verb that gives leave for it.
LEAVE_LINKS = frozenset({"xcomp", "ccomp"})
#: Relative pronouns that stand for the noun their clause hangs on.
RELATIVES = frozenset({"that", "which"})


def _leave_verb(token: Token) -> Token | None:
    """The verb of giving leave over the act of ``token``, or None."""
    verb = token
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # "allows authorities to arrest and detain"
    for _ in range(2):
        head = verb.head
        if verb.dep_ not in LEAVE_LINKS or head.i == verb.i:
            return None
        lemma = head.lemma_.lower()
        if lemma in words("provision_verbs"):
            return head
        if lemma not in words("provision_carrier_verbs"):
            return None
        verb = head
    return None


def _giver(verb: Token) -> Token | None:
    """Who or what gives the leave: the subject, or the noun the participle or relative
    clause of ``verb`` hangs on."""
    while verb.dep_ == "conj" and verb.head.i != verb.i \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the deal took effect and allows ..."
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in {"acl", "relcl"}:
        return verb.head
    if subject is None and verb.dep_ == "advcl" and verb.head.i != verb.i:
        # "a law took effect on Saturday, allowing police to ...": the clause's subject
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def provided_act(token: Token) -> bool:
    """True when ``token`` is an act that a law, treaty or agreement gives leave for."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj":
        token = token.head  # "lets the navy carry out raids": the act is the verb's
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    verb = _leave_verb(token)
    if verb is None or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    giver = _giver(verb)
    return giver is not None and giver.lemma_.lower() in words("provision_nouns")
