"""Acts that a law or an agreement allows (wave 53, ev53c; issue 11).

"the new law allows authorities to seize the drugs", "an accord that lets the navy inspect
ships", "the amendment does not permit the army to detain anyone": what a text or a measure
gives leave to do is a provision, not an act told as done or as planned by a party, and blind
judges count it as no event (``events.gate.provided-act.v1``). The act is the to-infinitive (or
bare infinitive) under an active verb of giving leave (``clauses.provision_verbs``) whose
subject is such a text (``clauses.provision_nouns``): named as the subject, as the noun a
participle or relative clause hangs on ("a law allowing ...", "a deal that would let ..."), or
through a verb that only carries the act on ("allows police to continue detaining"). Wave 54
(ev54a): also a subject "it" that stands for such a text named just before ("The deal lets the
navy patrol, but it does not allow ...": ``events.gate.provided-act-pronoun.v1``).

Not: a party giving leave ("the junta agreed to let the rebels leave", "Kyiv allowed observers
to enter"), a passive ("will be allowed to fly": events.modality.permitted-act.v1), nor an act
inside the object's own clauses ("a law that allows the return of those who were detained").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS, words

PROVIDED_RULE = "events.gate.provided-act.v1"
REFERRED_RULE = "events.gate.provided-act-pronoun.v1"

#: Links from an act to the verb that gives leave for it.
LEAVE_LINKS = frozenset({"xcomp", "ccomp"})
#: Relative pronouns that stand for the noun their clause hangs on.
RELATIVES = frozenset({"that", "which"})
#: Pronouns that may stand for a law or a deal named before ("it does not allow ...").
THING_PRONOUNS = frozenset({"it"})
#: Links of a clause's subject.


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


def referred_giver(pronoun: Token) -> Token | None:
    """What a subject "it" that gives leave stands for (events.gate.provided-act-pronoun.v1,
    wave 54): the nearest subject before it in its own sentence or the one before that is not a
    person nor a pronoun nor the subject of a clause inside another ("The new deal lets the navy
    patrol, but it does not allow the navy to board ships": the deal; "The decree was signed on
    Monday. It allows police to detain ..."). None when there is none. A party as that subject
    ("Iran signed the deal. It lets inspectors in") keeps the act a party's."""
    sentence = pronoun.sent
    start = sentence.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    for i in range(pronoun.i - 1, start - 1, -1):
        candidate = pronoun.doc[i]
        if candidate.dep_ not in SUBJECTS or candidate.pos_ == "PRON":
            continue
        if candidate.ent_type_ == "PERSON" or candidate.lower_ in RELATIVES:
            continue
        if candidate.head.dep_ in LEAVE_LINKS:
            continue  # the subject of a clause inside another ("lets the navy patrol")
        return candidate
    return None


def provided_act(token: Token) -> bool:
    """True when ``token`` is an act that a law, treaty or agreement gives leave for."""
    return provision_rule(token) is not None


def provision_rule(token: Token) -> str | None:
    """The rule by which ``token`` is an act that a law, treaty or agreement gives leave for:
    the text named as the giver, or a subject "it" standing for it; None when it is not."""
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj":
        token = token.head  # "lets the navy carry out raids": the act is the verb's
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    verb = _leave_verb(token)
    if verb is None or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    giver = _giver(verb)
    if giver is None:
        return None
    if giver.lemma_.lower() in words("provision_nouns"):
        return PROVIDED_RULE
    if giver.lower_ in THING_PRONOUNS and giver.dep_ == "nsubj":
        named = referred_giver(giver)
        if named is not None and named.lemma_.lower() in words("provision_nouns"):
            return REFERRED_RULE
    return None
