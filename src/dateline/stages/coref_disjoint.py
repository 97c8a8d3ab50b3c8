"""Pronouns that cannot be a party the sentence already holds (issue 11, session 119).

``actors.pronoun.disjoint.v2``: two shapes where coreference gave a pronoun the one actor it
cannot be, so that the act named the asker or the person described as its own target (v1, the
session's first rules, read a possessive on any noun of an apposition; a development story's
"known for her reporting and her criticism of Putin" is parsed as such an apposition, so v2
reads only nouns of relation):

- "Mahathir called for him to step down", "the rebels asked for them to be freed": an
  object-case pronoun that is the subject of a "for ... to" clause is someone other than the
  subject of the verb the clause hangs on (the asker would say "himself"). Judged round 164:
  Mahathir's call was left with no target, "him" resolved to Mahathir.
- "Mahathir, once Najib's mentor and now his fiercest critic,": a possessive pronoun on a noun of
  relation (critic, rival, ally, successor) inside an apposition (or its conjuncts) is not the
  person the apposition describes (no one is his own critic); read in the same story.

The pronoun then takes the latest compatible actor other than the barred one, as any pronoun
whose own clause subject is barred does (``coref._resolve_pronoun``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import LexiconData, active
from dateline.stages.syntax import SUBJECTS

__all__ = ["DISJOINT_PRONOUN", "OBJECT_PRONOUNS", "PLAIN_PRONOUN_RULES", "PRONOUN_RULE",
           "disjoint_position"]

#: The mention rule of a pronoun given its clause's subject or the latest compatible actor.
PRONOUN_RULE = "actors.pronoun.v1"
DISJOINT_PRONOUN = "actors.pronoun.disjoint.v2"
#: Pronoun mentions the later checks read as plain resolutions (a disjoint one is a plain one
#: whose barred party was left out).
PLAIN_PRONOUN_RULES = frozenset({PRONOUN_RULE, DISJOINT_PRONOUN})
#: Pronouns in the object case (``coref`` reads them too): as the subject of a clause only in a
#: "for ... to" clause.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Singular possessives: "their" in an apposition ("their first encounter") is often the pair the
#: apposition describes.
POSSESSIVES = frozenset({"his", "her"})
#: The ``clauses`` lists whose nouns name a relation to another person.
RELATIONAL_LISTS = ("relational_party_nouns", "rival_group_nouns", "partner_nouns")


def disjoint_position(token: Token) -> Token | None:
    """The token of the party ``token`` cannot be (the asker's subject, or the noun an
    apposition holding the possessive describes), or None when neither shape holds."""
    return _asker_subject(token) or _apposed_owner(token)


def _relational_nouns() -> frozenset[str]:
    """Nouns of a person's relation to another ("critic", "rival", "ally", "successor"): no
    one is their own (``clauses.relational_party_nouns``, ``rival_group_nouns``,
    ``partner_nouns``); not kin, whose apposition the parser also makes of a list ("the
    president, his wife Michelle and their daughters"). Built once per lexicon data."""
    return active().derived("coref.relational-nouns", _relational_union)


def _relational_union(data: LexiconData) -> frozenset[str]:
    section = data.section("clauses")
    return frozenset(str(w) for key in RELATIONAL_LISTS for w in section.get(key) or [])


def _asker_subject(token: Token) -> Token | None:
    if token.lower_ not in OBJECT_PRONOUNS or token.dep_ not in SUBJECTS:
        return None
    clause = token.head
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return None
    verb = clause.head
    if verb.i == clause.i:
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _apposed_owner(token: Token) -> Token | None:
    if token.lower_ not in POSSESSIVES or token.dep_ != "poss":
        return None
    noun = token.head
    if noun.lemma_.lower() not in _relational_nouns():
        return None  # "known for her reporting and her criticism of Putin": hers
    for _ in range(4):  # "once Najib's mentor and now his fiercest critic": conj of an appos
        if noun.dep_ == "appos" and noun.head.i != noun.i:
            # a description (a common noun) of a named one; not a name set beside a group
            # ("the men, Karadzic and his commander Mladic": his is Karadzic)
            described = noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN"
            return noun.head if described else None
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None
