"""Descriptions of people and bodies away from home (wave 43, ev43c).

``actors.description.located-in.v7``: a description whose own words say it is away from home
("foreign workers", "Rohingya refugees", "the embassy", "a peacekeeping mission") does not take
the country of a place it is in ("foreign workers in Singapore" are not Singapore's; judged: a
foreign intelligence agency, a US ambassador coded with the country they work in); it still
takes the one it is from ("refugees from Eritrea").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import rule_words


def away_from_home(root: Token) -> bool:
    """A description whose own words say it is away from home ("foreign workers", "Rohingya
    refugees", "the embassy", "a peacekeeping mission"; ``actor_rules.abroad_party_*``): a place
    it is in is not its country (``actors.description.located-in.v7``)."""
    if root.lemma_.lower() in rule_words("abroad_party_heads") \
            or root.lower_ in rule_words("abroad_party_heads"):
        return True
    if root.lower_ in rule_words("abroad_party_office_heads"):
        return False  # "the foreign minister" is the state's own
    return any(c.dep_ in {"amod", "compound"} and c.i < root.i and c.text.islower()
               and c.lower_ in rule_words("abroad_party_modifiers") for c in root.children)


def named_abroad(name: str) -> bool:
    """A party whose name's last word says it is away from home ("five foreigners", "foreign
    embassies"): read from the name where no head token is at hand (a party the events stage
    made of a phrase, an owner named only through a possessive)."""
    last = name.lower().split()[-1:] or [""]
    return last[0] in rule_words("abroad_party_heads")


def place_not_home(root: Token, prep: Token) -> bool:
    """The place after ``prep`` is where a party away from home is, not where it is from
    ("refugees in Poland", not "refugees from Eritrea")."""
    return away_from_home(root) and prep.lower_ not in rule_words("origin_preps")


def placed_in_by(token: Token, head: Token) -> Token | None:
    """The preposition of ``head`` through which ``token`` hangs on it ("in" for "Bangladesh" in
    "refugees in Bangladesh"), if any."""
    current = token
    while current.head.i != current.i and current.head.i != head.i:
        current = current.head
    return current if current.head.i == head.i and current.dep_ == "prep" else None


def away_in_place(head: Token, token: Token) -> bool:
    """A party away from home ("Rohingya refugees") and a place it is in ("in Bangladesh"): the
    place is neither the party's country nor a party (``events.args.place-party-country.v2``)."""
    prep = placed_in_by(token, head)
    return prep is not None and place_not_home(head, prep)
