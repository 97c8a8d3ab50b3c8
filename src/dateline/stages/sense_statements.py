"""Sense conditions for statements coded as the act they speak of (issue 11, round 17; wave 22).

Their rules and word classes live in ``lexicon/events/senses.yaml`` (first among its rules, being
narrower than the general ones); ``stages/senses.py`` adds the conditions below to its own:

- ``stated_clause``: a that-clause under the verb states what is or was, by another party or a
  thing ("warned that the projects are putting the city at risk"): a report or a criticism, not
  a threat of the speaker's own act (``events.sense.warn-of-present-fact.v1``).
- ``clause_verb`` / ``clause_object``: the verb of a to-clause under the verb, and the head of
  that verb's object ("pledged to fight corruption": ``events.sense.vow-policy-fight.v1``).
- ``part_object`` / ``clause_part_object``: as ``object`` and ``clause_object``, read through a
  partitive (``clauses.partitive_heads``, the argument rules' list): "agreed to most of the
  demands", "agreed to meet all of the demands" (``events.sense.promised-concession-words.v1``).
- ``clause_negated``: a to-clause verb under the verb is negated ("ordered it not to pay").
- ``object_prep_object``: the object of a preposition on the verb's object ("ordered a halt in
  attacks": ``events.sense.order-withdrawal.v1``).
- ``clause_thing``: as ``clause_object``, and an object "it" is read as the last object noun
  before it in the sentence ("denounced the accord and vowed to fight it": accord;
  ``events.sense.vow-fight-measure.v1``, wave 83).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry, object_heads, through_partitive
from dateline.stages.state import DocState

SUBJECTS = {"nsubj", "nsubjpass", "expl"}
AUXILIARIES = {"aux", "auxpass"}


def _words(name: str) -> frozenset[str]:
    """A word class of the sense lexicon (imported here: ``senses`` imports this module)."""
    from dateline.stages.senses import sense_classes

    return sense_classes()[name]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def stated_clause(token: Token) -> bool:
    """A that-clause under the token states what is or was (a present or past verb, or be/have
    auxiliaries only), has a subject that is a noun of another party or thing, and no
    condition."""
    return any(_states_fact(clause) and _others_subject(clause, token)
               for clause in token.children if clause.dep_ == "ccomp")


def _states_fact(clause: Token) -> bool:
    if clause.tag_.lower() not in _words("indicative_tags"):  # the lexicon keeps words lower case
        return False
    aux = {a.lower_ for a in clause.children if a.dep_ in AUXILIARIES}
    if not aux <= _words("indicative_auxiliaries"):
        return False  # a modal, a future or a to-infinitive: what may or will happen
    if clause.tag_ in {"VBG", "VBN"} and not aux:
        return False  # a participle with no auxiliary is no finite clause
    conditions = _words("condition_marks")
    return not any(m.dep_ == "mark" and m.lower_ in conditions
                   for c in clause.children if c.dep_ == "advcl" for m in c.children)


def _others_subject(clause: Token, verb: Token) -> bool:
    """The clause's subject is a noun (not a pronoun that may be the speaker), with no
    possessive of its own ("his country"), and not a word of the warner's own subject
    ("Moscow warned that Moscow is ready")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if not subjects:
        return False
    own = _words("own_possessives")
    speaker = {w.lower_ for s in verb.children if s.dep_ in SUBJECTS for w in s.subtree}
    for subject in subjects:
        if subject.pos_ == "PRON" or subject.lower_ in speaker:
            return False
        if any(c.dep_ == "poss" and c.lower_ in own for c in subject.children):
            return False
    return True


def _to_clause_verbs(token: Token) -> list[Token]:
    """The verbs of the to-clauses under the token, through a verb of going on ("vowed to
    continue to fight")."""
    found = []
    for clause in (c for c in token.children if c.dep_ in {"xcomp", "ccomp"}):
        found.append(clause)
        found += [c for c in clause.children if c.dep_ == "xcomp"]
    return found


def clause_verb(token: Token, words: frozenset[str]) -> bool:
    return any(_lemma(v) in words for v in _to_clause_verbs(token))


def clause_object(token: Token, words: frozenset[str]) -> bool:
    """The object head of a to-clause verb under the token is one of ``words`` ("fight fake
    news": news)."""
    for verb in _to_clause_verbs(token):
        for head in object_heads(verb):
            if _lemma(head) in words or head.lower_ in words:
                return True
    return False


#: Pronouns that stand for one thing named before them ("vowed to fight it").
THING_PRONOUNS = frozenset({"it"})
#: Deps of a noun that is an object a pronoun may stand for.
OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
#: Prepositions of a label, whose noun names what a thing is called, not another thing.
LABEL_PREPS = frozenset({"as"})


def clause_thing(token: Token, words: frozenset[str]) -> bool:
    """The object head of a to-clause verb under the token is one of ``words``, or is "it"
    standing for the last object noun before it in the sentence, which is ("denounced the
    agreement and vowed to fight it")."""
    for verb in _to_clause_verbs(token):
        for head in object_heads(verb):
            if head.lower_ in THING_PRONOUNS:
                head = _thing_before(head) or head
            if _lemma(head) in words or head.lower_ in words:
                return True
    return False


def _thing_before(pronoun: Token) -> Token | None:
    """The last noun before the pronoun in its sentence that is an object (not a party's
    name, nor a label given with "as": "denounced the agreement as a betrayal"), or None."""
    for word in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if word.pos_ == "NOUN" and word.dep_ in OBJECT_DEPS and word.head.lower_ not in LABEL_PREPS:
            return word
    return None


#: The prepositions whose object is what is agreed to ("agreed to the demands", "on terms"); not
#: "for" or "in return for", which name what is got in exchange.
AGREED_PREPS = {"to", "on", "upon"}


def _object_and_prep_heads(token: Token) -> list[Token]:
    """The token's object heads and the objects of its prepositions ("agreed to the demands")."""
    heads = list(object_heads(token))
    heads += [o for p in token.children if p.dep_ == "prep" and p.lower_ in AGREED_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return heads


def part_object(token: Token, words: frozenset[str]) -> bool:
    """An object of the token, or of one of its prepositions, is one of ``words``, read through
    a part word ("agreed today to most of the demands": demands)."""
    counted = [through_partitive(h) for h in _object_and_prep_heads(token)]
    return any(_lemma(h) in words and not _given_by_other(h) for h in counted)


def _given_by_other(head: Token) -> bool:
    """The noun names who gives it ("concessions from the IMF"): what the subject takes, not
    what it yields."""
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"} for c in head.children)


def clause_part_object(token: Token, words: frozenset[str]) -> bool:
    """The object head of a to-clause verb under the token, read through a part word, is one
    of ``words`` ("agreed to meet all of the demands": demands)."""
    return any(_lemma(through_partitive(h)) in words
               for verb in _to_clause_verbs(token) for h in object_heads(verb))


def clause_negated(token: Token) -> bool:
    """A to-clause verb under the token is negated ("ordered it not to pay the ransom")."""
    return any(c.dep_ == "neg" for verb in _to_clause_verbs(token) for c in verb.children)


def object_prep_object(token: Token, words: frozenset[str]) -> bool:
    """The object of a preposition on one of the token's object heads is one of ``words``
    ("ordered a halt in attacks": attacks; not "a halt to curfews imposed after attacks")."""
    return any(_lemma(o) in words or o.lower_ in words
               for h in object_heads(token) for p in h.children if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj")


Check = Callable[[Token, TriggerEntry | None, DocState, Any], bool]

#: The statement conditions, by name (added to ``senses.CHECKS``).
STATEMENT_CHECKS: dict[str, Check] = {
    "stated_clause": lambda t, e, s, wanted: stated_clause(t) == wanted,
    "clause_verb": lambda t, e, s, words: clause_verb(t, words),
    "clause_object": lambda t, e, s, words: clause_object(t, words),
    "clause_thing": lambda t, e, s, words: clause_thing(t, words),
    "part_object": lambda t, e, s, words: part_object(t, words),
    "clause_negated": lambda t, e, s, wanted: clause_negated(t) == wanted,
    "object_prep_object": lambda t, e, s, words: object_prep_object(t, words),
    "clause_part_object": lambda t, e, s, words: clause_part_object(t, words),
}
