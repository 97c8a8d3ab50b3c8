"""Kin named beside their word of kin: "Bhutto's husband, Asif Ali Zardari," (issue 11, wave 104).

``actors.description.kin-apposition.v1``: a word of kin or succession (``clauses.kin_nouns``:
husband, brother, predecessor ...) with a named person in apposition ("Bhutto's husband,
Investment Minister Asif Ali Zardari, was detained", "Bhutto's estranged brother Murtaza was shot
dead") is that person, so an act on the noun is an act on the person and never on the noun's
owner. Judged round 77 made Benazir Bhutto the target of both acts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.actor_builder import ActorBuilder
from dateline.stages.syntax import words

__all__ = ["KIN_APPOSITION", "kin_appositions"]

KIN_APPOSITION = "actors.description.kin-apposition.v1"


def kin_appositions(doc: Doc, builder: ActorBuilder) -> None:
    """Attach to each word of kin no mention covers the person named in apposition to it."""
    kin = words("kin_nouns")
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in kin or token.i in builder.taken:
            continue
        person = _apposed_person(token, builder)
        if person is not None:
            builder.attach(person, token.i, token.i + 1, KIN_APPOSITION)


def _apposed_person(noun: Token, builder: ActorBuilder) -> str | None:
    """The one person actor named in an apposition of the noun, if exactly one, and not
    the noun's owner ("His younger brother, Juan Antonio Hernandez": a surname read as the
    president's own is no kin of his)."""
    found = {m.actor_id for c in noun.children if c.dep_ == "appos"
             for m in builder.mentions if c.left_edge.i <= m.start <= c.right_edge.i
             and builder.actor(m.actor_id).kind == "person"}  # all of the apposed phrase's:
    # 'Juan Antonio "Tony" Hernandez', split in two, names no one person
    owners = {m.actor_id for c in noun.children if c.dep_ == "poss"
              for m in builder.mentions if m.start <= c.i < m.end}
    return next(iter(found)) if len(found) == 1 and not found & owners else None
