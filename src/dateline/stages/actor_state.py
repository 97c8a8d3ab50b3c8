"""State actors carry a country (issue 12, act7): rules that give a state body, a police force,
an official or a monarch the country the text ties them to.

- ``actors.person.regnal.v1``: a name ending in a regnal number ("Tupou VI", "Letsie III",
  "Willem-Alexander" aside) is a person, whatever kind the recogniser gave it; a demonym before
  the title is part of the title ("Tongan King Tupou VI": TON, role King).
- ``actors.state.place-owner.v1``: a state body or official owned by a place ("Aruba's Ministry
  of Economic Affairs", "Lagos's police") takes the place's country: a country's, or a city's or
  province's from the gazetteer.
- ``actors.state.city-demonym.v1``: a body named with a city's demonym ("the Milanese police",
  "Neapolitan prosecutors") takes the city's country (``actor_rules.city_demonyms``).
- ``actors.person.apposition.v1``: a title set beside a person's name ("Mike Rogers, chairman of
  the House Intelligence Committee"; "Kateryna Lysenko, a retired teacher") is a mention of
  the person, who takes its codes; the title words only, without a country, people, body or
  owner ("Israel's prime minister": Israel stays Israel's actor).
- ``actors.person.speaks-for.v1``: a spokesperson or representative "for"/"of" a coded body ("a
  spokesperson for the Milanese police") takes the body's country and sector.
- ``actors.person.leads-company.v1`` (wave 14): the head of a company or a news organisation
  named after "of" ("the head of Petrobras", "the chairman of Sberbank") is that company's:
  its country and sector BUS (or JRN), not GOV from "head" or "president"
  (``actor_rules.company_lead_titles``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from dateline.record import Actor
from dateline.stages.actor_context import (
    city_country,
    city_demonym_country,
    monarch_title,
)
from dateline.stages.actor_lexicon import code_description, lexicon, rule_words
from dateline.stages.syntax import sentence_of

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder

__all__ = [
    "APPOSITION_RULE",
    "CITY_DEMONYM_RULE",
    "PLACE_OWNER_RULE",
    "REGNAL_RULE",
    "SPEAKS_FOR_RULE",
    "demonym_before_title",
    "regnal_name",
    "state_places",
    "title_mention",
]

REGNAL_RULE = "actors.person.regnal.v1"
APPOSITION_RULE = "actors.person.apposition.v1"
PLACE_OWNER_RULE = "actors.state.place-owner.v1"
CITY_DEMONYM_RULE = "actors.state.city-demonym.v1"
SPEAKS_FOR_RULE = "actors.person.speaks-for.v1"
LEADS_COMPANY_RULE = "actors.person.leads-company.v1"
#: Sectors of bodies whose heads are theirs, not a state's.
COMPANY_SECTORS = frozenset({"BUS", "JRN"})
#: Sectors of the state: bodies and officials that belong to a country.
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$")
#: Entity labels of names that are not a title's words.
NAMED = {"GPE", "NORP", "ORG", "LOC", "PERSON"}
#: Roles of a person who speaks for a body.
SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople",
            "press officer", "press secretary"}


def regnal_name(ent: Span) -> bool:
    """"Tupou VI", "Mswati III": a given name and a regnal number, a person's name (the
    recogniser often calls it an organisation); not a name the lexicon knows."""
    if len(ent) < 2 or not REGNAL.match(ent[-1].text) or ent.label_ not in {"ORG", "GPE",
                                                                               "NORP", "PERSON"}:
        return False
    before = ent[-2]
    if not before.text[:1].isupper() or before.pos_ not in {"PROPN", "NOUN"}:
        return False
    code = code_description(ent.text)
    return code.organization is None and code.kind in {None, "person"}


def title_mention(described: Span) -> tuple[int, int] | None:
    """The tokens of an apposition that name the title ("chairman" of "chairman of the House
    Intelligence Committee"; "Treasury Secretary" of "the US Treasury Secretary"): the head
    and the title words before it, without a country, a people, a body or an owner's
    possessive ("Israel's prime minister": Israel stays Israel)."""
    doc = described.doc
    head = described[-1]
    start = described.start
    for token in doc[start : head.i]:
        if token.tag_ == "POS" or token.text in {"'s", "’s"}:
            start = token.i + 1
    while start < head.i and _not_title_word(doc[start]):
        start += 1
    if doc[start].ent_type_ == "PERSON" or head.ent_type_ in NAMED:
        return None
    return start, head.i + 1


def _not_title_word(token: Token) -> bool:
    lex = lexicon()
    return (token.lower_ in {"the", "a", "an"} or token.is_punct or token.ent_type_ in NAMED
            or token.text in lex.country_names or token.text in lex.demonyms
            or token.text in lex.organizations)


def demonym_before_title(token: Token, end: int) -> bool:
    """"Tongan" in "Tongan King Tupou VI": a demonym or country name right before a title
    inside a recognised name belongs to the title, not the name."""
    doc = token.doc
    lex = lexicon()
    return (token.i + 2 < end and doc[token.i + 1].lower_ in lex.titles
            and (token.text in lex.demonyms or token.text in lex.country_names))


def state_places(builder: ActorBuilder) -> None:
    """Give each state body or official with no country the one its words tie it to."""
    by_actor: dict[str, list[Span]] = {}
    for mention in builder.mentions:
        by_actor.setdefault(mention.actor_id, []).append(
            builder.doc[mention.start : mention.end])
    speakers = [a for a in builder.actors if a.kind == "person"
                and (a.role or "").lower() in SPEAKERS]
    bodies = [a for a in builder.actors if a not in speakers]
    for actor in bodies + speakers:  # a speaker takes the country its body has just taken
        if actor.country is not None:
            continue
        for span in by_actor.get(actor.id, []):
            if _tie(builder, actor, span):
                builder.sources[actor.id] = "context"
                break


def _tie(builder: ActorBuilder, actor: Actor, span: Span) -> bool:
    if actor.kind == "person" and (actor.role or "").lower() in SPEAKERS:
        return _speaks_for(builder, actor, span)
    if actor.kind == "person" and (actor.role or "").lower() in rule_words("company_lead_titles"):
        return _leads_company(builder, actor, span)
    if actor.sector not in STATE_SECTORS or actor.kind == "country":
        return False
    found = _owner_country(span)
    rule = PLACE_OWNER_RULE
    if found is None:
        found, rule = _demonym_country(span), CITY_DEMONYM_RULE
    if found is None:
        return False
    actor.country, actor.rule = found, rule
    return True


def _owner_country(span: Span) -> str | None:
    """"Aruba's ministry": the place before the possessive that precedes the mention."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    owner = doc[span.start - 2]
    start = owner.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and owner.ent_iob_ == "I":
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    name = doc[start : owner.i + 1]
    code = code_description(name.text)
    if code.kind == "country" and code.role is None and code.organization is None:
        return code.country
    if code.empty and owner.ent_type_ in {"GPE", "LOC"}:
        return city_country(name.text)  # "Lagos's police", "Tehran's mayor"
    return None


def _demonym_country(span: Span) -> str | None:
    """"the Milanese police": a city's demonym inside the mention or right before it."""
    doc = span.doc
    first = max(span.start - 1, sentence_of(doc[span.start]).start)
    for token in doc[first : span.end]:
        found = city_demonym_country(token.text)
        if found is not None:
            return found
    return None


def _speaks_for(builder: ActorBuilder, actor: Actor, span: Span) -> bool:
    """"a spokesperson for the Milanese police": the body's country and sector."""
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
            continue
        for obj in prep.children:
            body = _actor_at(builder, obj.i)
            if body is None or body.kind == "person" or (body.country is None
                                                          and body.sector is None):
                continue
            actor.country = body.country
            actor.sector = actor.sector or body.sector
            actor.rule = SPEAKS_FOR_RULE
            return actor.country is not None or actor.sector is not None
    return False


def _leads_company(builder: ActorBuilder, actor: Actor, span: Span) -> bool:
    """"the head of Petrobras": the company's country and sector (``LEADS_COMPANY_RULE``)."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            body = _actor_at(builder, obj.i)
            if body is None or body.kind != "organization" or body.sector not in COMPANY_SECTORS:
                continue
            actor.country, actor.sector, actor.rule = body.country, body.sector, \
                LEADS_COMPANY_RULE
            actor.affiliation = actor.affiliation or body.id
            return True
    return False


def _actor_at(builder: ActorBuilder, i: int) -> Actor | None:
    for mention in builder.mentions:
        if mention.start <= i < mention.end:
            return builder.actor(mention.actor_id)
    return None


def _title_words(doc: Doc) -> list[Token]:
    """The tokens whose lower-case form is a monarch's title, in order (``monarch_title`` asked
    once per distinct word, read as an array: no Token is built for the other words)."""
    strings, titled = doc.vocab.strings, dict[int, bool]()
    lowers = doc.to_array(LOWER).tolist()
    for lower in set(lowers):
        titled[lower] = monarch_title(strings[lower])
    return [doc[i] for i, lower in enumerate(lowers) if titled[lower]]


#: A royal named by title with no name the recogniser found (act9, issue 11).
ROYAL_RULE = "actors.person.royal-title.v1"
#: A royal whose full name the recogniser took for a site ("Prince Hamzah bin Hussein" as FAC)
#: or that joins its names with a patronymic particle ("bin", "ibn").
ROYAL_FULL_NAME_RULE = "actors.person.royal-title-full-name.v1"


def royal_names(doc: Doc, taken: set[int]) -> list[tuple[int, int, int, str | None, str]]:
    """"Queen Margrethe of Denmark", "The late Queen Elizabeth II", "Prince Albert II of
    Monaco": a capitalised royal title followed by capitalised names (and a regnal number)
    that no recognised name holds is a person (``actors.person.royal-title.v1``); an "of"
    phrase naming a country after it is the royal's country. Returns (title start, name start,
    end, country, rule) per royal."""
    found = []
    for token in _title_words(doc):
        if not token.text[:1].isupper() or not monarch_title(token.lower_) or token.i in taken:
            continue
        end, full = _royal_name_end(doc, token, taken)
        if end == token.i + 1:
            continue
        country = None
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            country = lexicon().country_names.get(doc[end + 1].text)
        rule = ROYAL_FULL_NAME_RULE if full else ROYAL_RULE
        found.append((token.i, token.i + 1, end, country, rule))
    return found


def _royal_name_end(doc: Doc, title: Token, taken: set[int]) -> tuple[int, bool]:
    """Where the names after a royal title end, and whether reading them needed a site label
    or a patronymic particle."""
    site = _titled_site(doc, title)
    end, full = title.i + 1, False
    while end < len(doc) and end - title.i <= 3 and end not in taken:
        word = doc[end]
        named = word.text[:1].isupper() and (word.pos_ == "PROPN" or REGNAL.match(word.text))
        particle = word.lower_ in rule_words("patronymic_particles") and end + 1 < len(doc) \
            and doc[end + 1].text[:1].isupper() and end > title.i + 1
        unlabelled = not word.ent_type_ or (site and word.ent_type_ == "FAC")
        if not (named or particle) or not unlabelled:
            break
        full = full or particle or bool(word.ent_type_)
        end += 1
    return end, full


def _titled_site(doc: Doc, title: Token) -> bool:
    """"Prince Hamzah bin Hussein" labelled a site (FAC) from its title on: a person, unless
    its last word names a site ("King Fahd International Airport")."""
    if title.ent_type_ != "FAC" or title.ent_iob_ != "B":
        return False
    last = next(e for e in doc.ents if e.start == title.i)[-1]
    return last.lower_ not in rule_words("given_name_place_words")
