"""The institution that owns a struck facility, named by a common word before it (wave 36).

"Rebels attacked an army base in Gao", "militants bombed the ruling party's headquarters in
Dhaka", "gunmen stormed a police station in Kano": force lands on a facility
(``clauses.facility_nouns``) whose modifier or possessor is an institution word that the actors
stage made no actor of ("army", "the ruling party", "police"). The institution is the party
acted on, the target (``events.args.facility-owner.v1``), of the country where the facility
stands when a place in the sentence gives it (``in Kano``: NGA). It is made a group actor the
way unnamed groups an event acts on are (``place_targets.group_actor``: kept only if a built
event uses it), or is the article's actor of the same institution and country when there is one.
Not a pronoun's ("their base": whose is unsure), not a named actor's (``attacked-owner`` reads
those), not the source's own kind ("rebels attacked a rebel camp": a rival faction, unsure).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import code_description
from dateline.stages.place_targets import group_actor, place_country
from dateline.stages.state import DocState
from dateline.stages.syntax import words

FACILITY_OWNER = "events.args.facility-owner.v1"
#: Session 111 (judged rounds 41-116: "attacked army and police posts", "stormed the
#: headquarters of a mutinous special police unit" left with no target): the owner named by an
#: "of" phrase, by a noun the parser hung on the facility as a modifier of its own, or by a
#: word joined to the modifier ("army and police").
FACILITY_PHRASE_OWNER = "events.args.facility-owner-phrase.v1"
#: Modifiers that may name a facility's owner: "the party's", "army", "military".
OWNER_DEPS = frozenset({"poss", "compound", "amod"})


def facility_owners(sites: list[Token], token: Token, sources: list[str],
                    state: DocState) -> list[str]:
    """The owners, as actors, of the facilities among ``sites`` (the heads force lands on)."""
    found: list[str] = []
    for site in sites:
        if site.pos_ != "NOUN" or site.lemma_.lower() not in words("facility_nouns"):
            continue
        for owner in (c for c in site.children if c.dep_ in OWNER_DEPS):
            actor_id = _owner_actor(owner, site, token, sources, state)
            if actor_id is not None:
                found.append(actor_id)
    return list(dict.fromkeys(found))


def facility_phrase_owners(sites: list[Token], token: Token, sources: list[str],
                           state: DocState) -> list[str]:
    """The owners ``facility_owners`` does not read: "of" phrases, modifiers the parser hung
    as nouns of their own, and the words joined to a modifier (``FACILITY_PHRASE_OWNER``)."""
    found: list[str] = []
    for site in sites:
        if site.pos_ != "NOUN" or site.lemma_.lower() not in words("facility_nouns"):
            continue
        for owner in _phrase_owner_words(site):
            actor_id = _owner_actor(owner, site, token, sources, state, FACILITY_PHRASE_OWNER)
            if actor_id is not None:
                found.append(actor_id)
    return list(dict.fromkeys(found))


def _phrase_owner_words(site: Token) -> list[Token]:
    """"army and police posts": army (hung as a noun) and police (joined to it); "the
    headquarters of a police unit": unit."""
    modifiers = [c for c in site.children if c.dep_ in OWNER_DEPS | {"nmod"}]
    owners = [c for c in modifiers if c.dep_ == "nmod"]
    owners += [p for c in site.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    owners += [c for m in modifiers for c in m.children if c.dep_ == "conj"]
    return owners


def _owner_actor(owner: Token, site: Token, token: Token, sources: list[str],
                 state: DocState, rule: str = FACILITY_OWNER) -> str | None:
    """The actor for an institution word modifying a facility, or None when the word is no
    institution, is already an actor's mention, or names the source's own kind."""
    start = owner.left_edge.i
    phrase = owner.doc[start : owner.i + 1]
    if owner.pos_ == "PRON" or any(state.mentions_at(t.i) for t in phrase):
        return None
    code = code_description(phrase.text)
    if code.sector not in words("facility_owner_sectors") or code.role is None:
        return None
    own = [a for i in sources if (a := state.actor(i)) is not None]
    if any(a.sector == code.sector for a in own):
        return None  # "rebels overran a rebel camp": which faction is unsure
    country = (code.countries[0] if code.countries else None) or _site_country(site, token,
                                                                                state)
    same = _same_institution(state, code.sector, code.role, country)
    if same is not None:
        return same.id
    return group_actor(owner.doc, state, (start, owner.i + 1), country, code.sector, rule)


def _site_country(site: Token, token: Token, state: DocState) -> str | None:
    """The country of the place where the facility stands, from a "where" phrase on the
    facility or on the act ("a base in the town of Gao", "stormed a station in Kano")."""
    for holder in (site, token):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in words("facility_site_preps"):
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                country = _place_words_country(noun, state)
                if country is not None:
                    return country
    return None


def _place_words_country(noun: Token, state: DocState) -> str | None:
    """A place noun's country: its coded place, or a country or seat of government named
    there ("in Mali", "in Dhaka"), through "the town of X" and "Kano, Nigeria"."""
    near = [noun, *(c for c in noun.children if c.dep_ in {"compound", "appos", "npadvmod"})]
    near += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    for word in near:
        country = place_country(word, state)
        if country is not None:
            return country
        for mention in state.mentions_at(word.i):
            actor = state.actor(mention.actor_id)
            if actor is not None and actor.country and (
                    actor.kind == "country" or actor.sector == "GOV"):
                return actor.country
    return None


def _same_institution(state: DocState, sector: str, role: str,
                      country: str | None) -> Actor | None:
    """The article's actor of the same institution ("police" of Nigeria) when it has one; with
    no country given, the one actor of that institution the article names, if only one."""
    same = [a for a in state.actors if a.sector == sector and (a.role or "").lower()
            == role.lower() and (country is None or a.country == country)]
    return same[0] if len(same) == 1 else None
