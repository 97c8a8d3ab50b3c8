"""Kin named beside their word of kin: "Bhutto's husband, Asif Ali Zardari," (issue 11, wave 104).

``actors.description.kin-apposition.v1`` (v2 since session 117, below): a word of kin or
succession (``clauses.kin_nouns``: husband, brother, predecessor ...) with a named person in
apposition ("Bhutto's husband, Investment Minister Asif Ali Zardari, was detained", "Bhutto's
estranged brother Murtaza was shot dead") is that person, so an act on the noun is an act on
the person and never on the noun's owner. Judged round 77 made Benazir Bhutto the target of
both acts.

Session 112 (judged rounds 41-124: "Saddam Hussein's sons Uday and Qusay were killed" had no
target, the two sons no country):

- ``actors.description.kin-plural-apposition.v1``: a plural word of kin with two or more
  persons named in apposition, one per conjunct ("his sons Uday and Qusay"), stands for each
  of them (one mention of the noun per person, as "Iranian and Saudi officials" names two).

Session 117 (judged round 94: "Kyagulanyi's driver, Yasin Kawuma, was shot dead" coded against
Kyagulanyi): ``kin-apposition.v2`` and the plural rule read a person's entourage too
(``clauses.entourage_nouns``: bodyguard, driver, aide ...), and ``kin-country.v1`` gives the
person named there the owner's country when they have none.
- ``actors.person.kin-country.v1``: a person named beside a word of kin whose owner is a
  person or a country with a country ("Saddam Hussein's sons Uday and Qusay", "Mubarak's son
  Gamal") takes the owner's country when the person has none of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.actor_builder import ActorBuilder
from dateline.stages.syntax import words

__all__ = ["KIN_APPOSITION", "KIN_COUNTRY", "KIN_PLURAL_APPOSITION", "kin_appositions"]

KIN_APPOSITION = "actors.description.kin-apposition.v2"
KIN_PLURAL_APPOSITION = "actors.description.kin-plural-apposition.v1"
KIN_COUNTRY = "actors.person.kin-country.v1"


def kin_appositions(doc: Doc, builder: ActorBuilder) -> None:
    """Attach to each word of kin no mention covers the person (or, plural, the persons) named
    in apposition to it, and give them the owner's country when they have none."""
    kin = words("kin_nouns") | words("entourage_nouns")  # v2: "his driver, Yasin Kawuma"
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in kin or token.i in builder.taken:
            continue
        person = _apposed_person(token, builder)
        people = [person] if person is not None else _apposed_people(token, builder)
        rule = KIN_APPOSITION if person is not None else KIN_PLURAL_APPOSITION
        for one in people:
            builder.attach(one, token.i, token.i + 1, rule)
        _take_owner_country(token, people, builder)


def _apposed_people(noun: Token, builder: ActorBuilder) -> list[str]:
    """"his sons Uday and Qusay": the one person of each conjunct of a plural noun's apposition
    (two or more), none of them the noun's owner."""
    if noun.tag_ != "NNS":
        return []
    heads = [h for c in noun.children if c.dep_ == "appos" for h in [c, *_conjuncts(c)]]
    people = [_person_at(head, builder) for head in heads]
    owners = _owners(noun, builder)
    found = [p for p in people if p is not None and p not in owners]
    return found if len(found) == len(heads) >= 2 and len(set(found)) == len(found) else []


def _conjuncts(token: Token) -> list[Token]:
    return [c for child in token.children if child.dep_ == "conj"
            for c in [child, *_conjuncts(child)]]


def _person_at(token: Token, builder: ActorBuilder) -> str | None:
    found = {m.actor_id for m in builder.mentions if m.start <= token.i < m.end
             and builder.actor(m.actor_id).kind == "person"}
    return found.pop() if len(found) == 1 else None


def _owners(noun: Token, builder: ActorBuilder) -> set[str]:
    return {m.actor_id for c in noun.children if c.dep_ == "poss"
            for m in builder.mentions if m.start <= c.i < m.end}


def _take_owner_country(noun: Token, people: list[str], builder: ActorBuilder) -> None:
    """The owner's country for kin that have none ("Mubarak's son Gamal")."""
    owners = [builder.actor(o) for o in _owners(noun, builder)]
    countries = {o.country for o in owners if o.kind in {"person", "country"} and o.country}
    if len(countries) != 1:
        return
    country = countries.pop()
    for one in people:
        person = builder.actor(one)
        if person.country is None:
            person.country = country
            person.rule = f"{person.rule}+{KIN_COUNTRY}"
            builder.sources[person.id] = "context"


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
