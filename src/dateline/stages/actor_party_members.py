"""A person with no country takes the country of the party the text calls theirs (wave 91, ev91a).

``actors.person.own-party-country.v1``: "The Reverend X, whose Democratic Unionist Party walked
out", "X led her Congress party to victory", "X's Labour Party": a party the lexicon gives a
country (sector ``actor_rules.member_party_sectors``) that the sentence names as the person's
own, by "whose" in a clause on the person or by a possessive that is a mention of the person
(a pronoun coreference gave them, or the name), makes the person one of that country's
politicians. Judged rounds 41-54: coders call such a person's missing code wrong.

Not: a party the person left or led once ("his former party", ``actor_rules.former_words``),
a party whose country this story doubted (``actor_shared_parties`` ran before), a person the
text or the dictionaries already gave a country, nor a group or a body ("its party").
No country is ever taken from a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import rule_words

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder
    from dateline.stages.state import DocState

__all__ = ["OWN_PARTY_RULE", "own_party_of", "party_members"]

OWN_PARTY_RULE = "actors.person.own-party-country.v1"


def party_members(builder: ActorBuilder) -> None:
    """Give each country-less person the country of a party named as theirs (module
    docstring). Runs once coreference has given pronouns their persons."""
    doc = builder.doc
    by_token = {i: m for m in builder.mentions for i in range(m.start, m.end)}
    for mention in list(builder.mentions):
        party = builder.actor(mention.actor_id)
        if not _coded_party(party):
            continue
        span = doc[mention.start : mention.end]
        owner = _owner_token(span)
        if owner is None or _former(span):
            continue
        owned = by_token.get(owner.i)
        person = builder.actor(owned.actor_id) if owned is not None else None
        if person is None or person.kind != "person" or person.country is not None:
            continue
        person.country = party.country
        person.rule = "+".join(filter(None, [person.rule, OWN_PARTY_RULE]))
        builder.sources[person.id] = "context"


def _coded_party(actor: Actor) -> bool:
    return actor.kind == "organization" and actor.country is not None \
        and (actor.sector or "").lower() in rule_words("member_party_sectors")


def _owner_token(span: Span) -> Token | None:
    """The token naming whose the party is: the person a "whose" clause hangs on ("X, whose
    party walked out": the clause's head), or the possessor itself ("her party", "X's
    party")."""
    doc: Doc = span.doc
    root = span.root
    possessors = [t for t in span if t.dep_ == "poss" and t.head.i == root.i] or [
        t for t in root.children if t.dep_ == "poss"]
    if len(possessors) != 1:
        return None
    possessor = possessors[0]
    if possessor.lower_ == "whose":
        clause = root.head if root.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        if clause is None or clause.dep_ != "relcl" or clause.head.i >= possessor.i:
            return None
        return doc[clause.head.i]
    if possessor.tag_ == "POS" or possessor.lower_ in {"'s", "’s"}:
        return None
    return possessor


def _former(span: Span) -> bool:
    """"his former party": the person no longer belongs to it."""
    former = rule_words("former_words")
    return any(t.lower_ in former for t in span)


def own_party_of(party_id: str, source: list[str], state: DocState) -> bool:
    """The party gave a person of the source their country (``OWN_PARTY_RULE``): it is that
    person's own side, no patient of their domestic act ("X, whose party left, vowed to
    fight it": "it" is not his party)."""
    party = state.actor(party_id)
    if party is None or not _coded_party(party):
        return False
    return any(actor is not None and actor.kind == "person" and actor.country == party.country
               and OWN_PARTY_RULE in (actor.rule or "")
               for actor in (state.actor(i) for i in source))
