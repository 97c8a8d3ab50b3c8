"""Actor descriptions: what a span describing a body, a thing or a people really names.

Span tests the actors stage asks before it codes a span:

- ``actors.organization.country-prefix.v1``: "The United States National Transportation Safety
  Board" is the board (the country's, a state body), not the country its first words name.
- ``actors.organization.country-prefix-civil.v1``: "the Barbados Football Association" is the
  association (a body of that country, not its state), not the country Barbados.
- ``actors.organization.generic-legislature.v1``: "the lower chamber of Congress" in a story
  that names Mexico and not the United States is Mexico's congress.
- ``actors.thing.named.v1``: a name a common noun is "called" or "named" ("a task manager
  called Mission Control"), the object of "version of", "model of" ("a new version of the
  Mac"), or a flight number ("Adam Air Flight 574") is a product or a thing, no actor.

Passes over the doc's actors once coreference is done (``refine_actors``):

- ``actors.organization.demonym-descriptor.v1``: "the South Korean Hyundai Motor Company": the
  demonym says the company's country; it is no mention of the country.
- ``actors.group.religion-modifier.v1``: "two young Muslim boys", "a largely Muslim city": a
  religion word modifying a noun is no actor of its own.
- ``actors.organization.descriptor-name.v1``: "the Islamic militant group Hamas": the
  description before a name is the named body's, not an actor of its own.
- ``actors.organization.company-first-word.v1``: "Ford" alone, labelled a body, is the one
  lexicon company whose name starts with it ("Ford Motor Company").
- ``actors.person.company-officer.v1``: "the company's vice president John Smith" is the
  company's officer (sector BUS, the company named last before him), not a government's.

The word lists are ``actor_rules.country_body_ends``, ``naming_verbs``, ``product_heads``,
``people_nouns``, ``generic_legislatures`` (and ``origin_verbs`` for ``actor_locations``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.lexicons import LexiconData, active
from dateline.record import Actor
from dateline.stages.actor_lexicon import (
    BODY_RULES,
    Code,
    Organization,
    agent_word,
    lexicon,
    rule_words,
)

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder, Candidate
    from dateline.stages.state import ActorMention

COUNTRY_PREFIX_RULE = "actors.organization.country-prefix.v1"
NAMED_THING_RULE = "actors.thing.named.v1"
DEMONYM_DESCRIPTOR_RULE = "actors.organization.demonym-descriptor.v1"
RELIGION_MODIFIER_RULE = "actors.group.religion-modifier.v1"
DESCRIPTOR_NAME_RULE = "actors.organization.descriptor-name.v1"
COMPANY_FIRST_WORD_RULE = "actors.organization.company-first-word.v1"
COMPANY_OFFICER_RULE = "actors.person.company-officer.v1"
GENERIC_LEGISLATURE_RULE = "actors.organization.generic-legislature.v1"
CIVIL_BODY_RULE = "actors.organization.country-prefix-civil.v1"
NAMED_BODY_RULE = "actors.organization.country-named-body.v1"

FLIGHT = re.compile(r"\bFlight\s+\d+")
JUDICIAL_ENDS = frozenset({"court", "tribunal"})
COMPANY_ENDS = frozenset({"group", "company", "holdings", "industries", "airlines", "airways",
                          "motors", "bank"})


# --- span tests ------------------------------------------------------------------------------

def country_prefix_body(span: Span, code: Code) -> Candidate | None:
    """"The United States National Transportation Safety Board": a body named after its
    country, ending in a word of a state body (``country_body_ends``): the body with the
    country's code, not the country (``COUNTRY_PREFIX_RULE``). A name of two words ("Canada
    Post", "the Guadeloupe Council") or one whose head word has an "of" or a bracket after it
    ("the Bahrain Independent Commission of Inquiry", "the American Federation of State, County
    and Municipal Employees") is such a body too (``NAMED_BODY_RULE``, ev60e)."""
    if code.country is None or code.organization is not None or code.role is not None:
        return None  # most spans: before the imports (a microsecond or more each, per call)
    from dateline.stages.actor_builder import Candidate  # the builder imports actors
    from dateline.stages.actor_context import corporate_suffix

    text = span.text.removeprefix("The ").removeprefix("the ")
    words, cut = _body_name_words(span, text)
    last = words[-1].lower()
    state = last in rule_words("country_body_ends")
    civil = last in rule_words("country_civil_body_ends")
    company = last in COMPANY_ENDS or last in rule_words("country_company_ends")
    if len(words) < 2 or not words[-1][:1].isupper() or not (
            state or civil or corporate_suffix(words[-1]) or company):
        return None
    lex = lexicon()
    whole = " ".join(words)
    if whole in lex.country_names or whole in lex.demonyms:
        return None  # "the Russian Federation", "the Soviet Union": the country itself
    prefix = next((n for n in range(min(4, len(words) - 1), 0, -1)
                   if " ".join(words[:n]) in lex.country_names
                   or " ".join(words[:n]) in lex.demonyms), None)
    if prefix is None:
        return None
    rule = COUNTRY_PREFIX_RULE if len(words) - prefix >= 2 and not cut else NAMED_BODY_RULE
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    sector: str | None = ("JUD" if last in JUDICIAL_ENDS else "GOV") if state \
        else "BUS"
    if civil:  # "the Barbados Football Association": the association, a body of no state
        sector = _civil_body_sector(words[prefix:])
        rule = CIVIL_BODY_RULE if rule == COUNTRY_PREFIX_RULE else rule
    if "News" in words:
        sector = "JRN"  # "the Pitcairn News Service": the press
    body = Code(country=code.country, sector=sector, kind="organization",
                countries=[code.country])
    name = text.split(" (")[0] if cut else text  # "Association (Safa": the association
    return Candidate(start, span.end, body, name, "organization", rule, source="title")


def _body_name_words(span: Span, text: str) -> tuple[list[str], bool]:
    """The words of a name up to its head: all its words, or those up to a capitalised head
    word that an "of" or a bracket follows inside the span ("Commission of Inquiry",
    "Association (Safa"); the second value says the name was cut so."""
    root = span.root
    doc = span.doc
    if span.start < root.i < span.end - 1 and root.text[:1].isupper() \
            and doc[root.i + 1].text in {"of", "("} \
            and all(t.text[:1].isupper() for t in doc[span.start:root.i] if t.lower_ != "the"):
        head = doc[span.start:root.i + 1].text.removeprefix("The ").removeprefix("the ")
        return head.split(), True
    return text.split(), False


def _civil_body_sector(words: list[str]) -> str | None:
    """The sector the words after the country give a civil body ("Trade Union": LAB), or
    none where they give none ("Football Association")."""
    from dateline.stages.actor_lexicon import code_description

    return code_description(" ".join(words).lower()).sector


def named_thing(span: Span) -> bool:
    """A product or thing by its name (``NAMED_THING_RULE``): "a task manager called Mission
    Control" (a naming verb on a noun that names no actor), "a new version of the Mac" (of a
    ``product_heads`` noun), "Adam Air Flight 574" (a flight number)."""
    doc = span.doc
    if FLIGHT.search(span.text) or (span[-1].text == "Flight" and span.end < len(doc)
                                    and doc[span.end].like_num):
        return True  # the recogniser may leave the number out ("Trans Air Flight" 88)
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        return head.head.lower_ in rule_words("product_heads")
    if root.dep_ in {"oprd", "attr", "dobj", "xcomp", "npadvmod"} \
            and head.lemma_.lower() in rule_words("naming_verbs") and head.dep_ == "acl":
        return not _actor_noun(head.head)
    return False


def _actor_noun(noun: Token) -> bool:
    """A noun that names a body, a group or a person ("a group called ...")."""
    lex = lexicon()
    lowered = noun.lower_
    return noun.pos_ == "PROPN" or lowered in lex.groups or lowered in lex.institutions \
        or lowered in lex.collective_heads or agent_word(lowered) \
        or (lowered in lex.titles and not any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                               for c in noun.children))


def generic_legislature(span: Span, code: Code) -> Candidate | None:
    """"The lower chamber of Congress approved ..., Mexican officials said": a legislature
    named by a generic word (``generic_legislatures``) that the lexicon gives one country
    (the US Congress) is the legislature of the one country the story names, where it does
    not name the lexicon's (``GENERIC_LEGISLATURE_RULE``)."""
    org = code.organization
    if org is None or org.country is None or org.sector != "LEG":
        return None  # most spans: before the imports (a microsecond or more each, per call)
    from dateline.stages.actor_builder import Candidate  # the builder imports actors
    from dateline.stages.actor_lexicon import display_name
    from dateline.stages.actor_namesakes import named_countries

    text = span.text.removeprefix("the ").removeprefix("The ")
    if text.lower() not in rule_words("generic_legislatures"):
        return None
    named = named_countries(span.doc)
    if org.country in named or len(named) != 1:
        return None
    country = next(iter(named))
    body = Code(country=country, sector="LEG", kind="organization", countries=[country])
    start = span.end - len(text.split())
    return Candidate(start, span.end, body, f"{display_name(country)} {text}",
                     "organization", GENERIC_LEGISLATURE_RULE, source="context")


# --- passes over the actors ------------------------------------------------------------------

def refine_actors(builder: ActorBuilder) -> None:
    """The passes of this module, in order."""
    named_things(builder)
    demonym_descriptors(builder)
    religion_modifiers(builder)
    descriptor_names(builder)
    company_first_words(builder)
    company_officers(builder)


def _drop(builder: ActorBuilder, mention: ActorMention) -> None:
    builder.mentions.remove(mention)
    builder.taken -= set(range(mention.start, mention.end))


def named_things(builder: ActorBuilder) -> None:
    """A person's or body's name that ``named_thing`` reads as a product's ("a photo editor
    named Quick Frame", which the recogniser took for a person's name)."""
    doc = builder.doc
    for mention in list(builder.mentions):
        span = doc[mention.start : mention.end]
        if span.text[:1].isupper() and builder.actor(mention.actor_id).kind in {
                "person", "organization"} and named_thing(span):
            _drop(builder, mention)


def demonym_descriptors(builder: ActorBuilder) -> None:
    """"the South Korean Hyundai Motor Company": a demonym right before a body's name, which
    it modifies, is no mention of its country; the body takes the country if it has none
    (``DEMONYM_DESCRIPTOR_RULE``)."""
    doc = builder.doc
    demonyms = lexicon().demonyms
    starts = {m.start: m for m in builder.mentions}
    for mention in list(builder.mentions):
        actor = builder.actor(mention.actor_id)
        body = starts.get(mention.end)
        if actor.kind != "country" or body is None or body.actor_id == actor.id:
            continue
        if doc[mention.start : mention.end].text not in demonyms:
            continue
        other = builder.actor(body.actor_id)
        root = doc[mention.start : mention.end].root
        if other.kind != "organization" or not (body.start <= root.head.i < body.end):
            continue
        _drop(builder, mention)
        if other.country is None:
            other.country, other.rule = actor.country, DEMONYM_DESCRIPTOR_RULE
            builder.sources[other.id] = "context"


def religion_modifiers(builder: ActorBuilder) -> None:
    """"a largely Muslim city": a one-word religious description that modifies a noun after
    it is no actor; "two young Muslim boys", "Christian pastors": where the noun names people
    (``people_nouns`` or an agent word), the people are the actor, a group with the
    religion's sector (``RELIGION_MODIFIER_RULE``)."""
    from dateline.stages.actor_builder import Candidate  # the builder imports actors

    doc = builder.doc
    for mention in list(builder.mentions):
        actor = builder.actor(mention.actor_id)
        if actor.sector != "REL" or actor.kind not in {"person", "group"} \
                or mention.end - mention.start != 1:
            continue
        token = doc[mention.start]
        head = token.head
        if token.dep_ not in {"amod", "compound", "nmod"} or head.i <= token.i \
                or head.pos_ != "NOUN":
            continue
        _drop(builder, mention)
        if not _people_noun(head) or set(range(token.i, head.i + 1)) & builder.taken:
            continue
        code = Code(sector="REL", kind="group")
        builder.add(Candidate(token.i, head.i + 1, code, doc[token.i : head.i + 1].text,
                              "group", RELIGION_MODIFIER_RULE, source="title"))


def _people_noun(noun: Token) -> bool:
    """A plural noun of people ("boys", "protesters"), not a body ("group", "embassy")."""
    lowered = noun.lower_
    return noun.tag_ == "NNS" and (lowered in rule_words("people_nouns") or agent_word(lowered))


def descriptor_names(builder: ActorBuilder) -> None:
    """"the Islamic militant group Hamas": an unnamed description whose head noun comes right
    before a body's name is the named actor; its mentions join that actor's, the name's
    mention takes in the description (``DESCRIPTOR_NAME_RULE``)."""
    doc = builder.doc
    starts = {m.start: m for m in builder.mentions}
    for mention in list(builder.mentions):
        actor = builder.actor(mention.actor_id)
        named = starts.get(mention.end)
        if named is None or named.actor_id == actor.id or not _described(actor):
            continue
        other = builder.actor(named.actor_id)
        if other.kind not in {"organization", "group"} or \
                (other.rule or "").startswith("actors.description."):
            continue
        if doc[mention.start : mention.end].root.i != mention.end - 1 \
                or not doc[named.start].text[:1].isupper():
            continue  # the description's head noun right before the name ("group Hamas")
        _drop(builder, mention)
        named.start = mention.start
        builder.taken |= set(range(mention.start, mention.end))
        for other_mention in builder.mentions:
            if other_mention.actor_id == actor.id:
                other_mention.actor_id = other.id
        other.sector = other.sector or actor.sector
        other.country = other.country or actor.country
        other.rule = other.rule if other.rule not in BODY_RULES \
            else DESCRIPTOR_NAME_RULE


def _described(actor: Actor) -> bool:
    """An unnamed description: by its rule, or a body's name ending in a common noun
    ("Palestinian militant group")."""
    lex = lexicon()
    heads = lex.groups.keys() | lex.institutions.keys() | lex.organization_heads \
        | lex.collective_heads
    return (actor.rule or "").startswith("actors.description.") or (
        actor.kind == "organization" and actor.name.split()[-1][:1].islower()
        and actor.name.split()[-1].lower() in heads)


def demonym_prefix_country(span: Span) -> str | None:
    """"The South Korean Samsung Electronics Company": the country of a demonym the
    recogniser took into a body's name (``DEMONYM_DESCRIPTOR_RULE``); None when the name
    does not start with one or is nothing but one."""
    lex = lexicon()
    words = span.text.removeprefix("The ").removeprefix("the ").split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in lex.demonyms \
                and words[n][:1].isupper():
            return lex.demonyms[" ".join(words[:n])]
    return None


def company_first_words(builder: ActorBuilder) -> None:
    """"Ford" alone, a body the recogniser labels and the lexicon does not know: the one
    lexicon company with a home country whose name starts with that word ("Ford Motor
    Company"; ``COMPANY_FIRST_WORD_RULE``)."""
    index = active().derived("actor_round12.first_words", _first_words)
    for actor in builder.actors:
        if actor.kind != "organization" or actor.country is not None \
                or actor.sector not in {None, "BUS"} or len(actor.name.split()) != 1:
            continue
        found = index.get(actor.name)
        if found is None:
            continue
        actor.country, actor.sector, actor.rule = found.country, "BUS", COMPANY_FIRST_WORD_RULE
        builder.sources[actor.id] = "lexicon"


def _first_words(data: LexiconData) -> dict[str, Organization]:
    """First word -> the one lexicon company with a country whose name or alias starts with it
    (words that start two companies' names are left out)."""
    found: dict[str, list[Organization]] = {}
    for name, org in lexicon().organizations.items():
        words = name.split()
        if org.sector != "BUS" or org.country is None or len(words) < 2 \
                or len(words[0]) < 3 or not words[0][:1].isupper() or not org.first_word:
            continue
        holders = found.setdefault(words[0], [])
        if org not in holders:
            holders.append(org)
    return {w: orgs[0] for w, orgs in found.items()
            if len({(o.name, o.country) for o in orgs}) == 1}


def company_officers(builder: ActorBuilder) -> None:
    """"the company's vice president John Smith": a person whose title follows a company
    word's possessive ("company's", "firm's") is that company's officer, sector BUS, with the
    country of the company named last before him (``COMPANY_OFFICER_RULE``)."""
    doc = builder.doc
    heads = lexicon().organization_heads
    for mention in builder.mentions:
        actor = builder.actor(mention.actor_id)
        if actor.kind != "person" or actor.sector not in {None, "GOV"} or mention.start < 2:
            continue
        before = doc[mention.start - 1]
        if before.tag_ != "POS" or doc[mention.start - 2].lower_ not in heads:
            continue
        company = _company_before(builder, mention.start)
        actor.sector, actor.rule = "BUS", COMPANY_OFFICER_RULE
        if company is not None and actor.country in {None, company.country}:
            actor.country = company.country
            actor.affiliation = actor.affiliation or company.id
        builder.sources[actor.id] = "context"


def _company_before(builder: ActorBuilder, start: int) -> Actor | None:
    found: tuple[int, Actor] | None = None
    for mention in builder.mentions:
        actor = builder.actor(mention.actor_id)
        if mention.end <= start and actor.kind == "organization" and actor.sector == "BUS" \
                and (found is None or mention.start > found[0]):
            found = (mention.start, actor)
    return found[1] if found else None


SIDE_PREFIX_RULE = "actors.group.side-prefix.v1"


def side_prefix_words(span: Span) -> int:
    """How many words at the start of ``span`` name a country that a "pro-"/"anti-" prefix just
    before it makes the side the group takes, not its own ("pro-Russian rebels" in a story from
    eastern Ukraine are not Russia's: judged round 19); 0 when there is no such prefix. The
    tokenizer splits "pro-Russian" into "pro", "-", "Russian" and the noun chunk's start skips
    the hyphen, so the prefix sits just before the span. All of the span when it is nothing but
    the side ("pro-Russian" alone names no party)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "-" \
            or doc[span.start - 2].lower_ not in rule_words("side_prefixes"):
        return 0
    lex = lexicon()
    for n in (3, 2, 1):
        first = span[:n].text
        if n <= len(span) and (first in lex.demonyms or first in lex.country_names
                               or first in lex.organizations):
            return n  # "pro-EU protesters" are not the EU either
    return 0


CAUSE_PREFIX_RULE = "actors.group.cause-prefix.v1"


def cause_prefix_words(span: Span) -> int:
    """How many words at the start of ``span`` name the cause a "pro-"/"anti-" prefix just
    before it makes the group stand for or against ("anti-government demonstrators",
    "anti-war protesters", "pro-democracy activists"): the first one, when the span goes on to
    a head noun. The cause is not the group's sector nor its side: the demonstrators against
    the government are civilians, not government (judged round 19: coded GOV as the target of
    a clash). 0 when there is no such prefix or the prefix names a country's side
    (``side_prefix_words`` handles those)."""
    doc = span.doc
    if len(span) < 2 or span.start < 2 or doc[span.start - 1].text != "-" \
            or doc[span.start - 1].whitespace_ or doc[span.start - 2].whitespace_ \
            or doc[span.start - 2].lower_ not in rule_words("side_prefixes"):
        return 0
    if side_prefix_words(span) or span[0].i == span.root.i:
        return 0
    return 1


def sided_with(actor: Actor, country: str) -> bool:
    """The actor's name takes ``country``'s side ("pro-Russian rebels" and RUS): a guess from
    the story's country must not give it back (``SIDE_PREFIX_RULE``)."""
    if SIDE_PREFIX_RULE not in (actor.rule or ""):
        return False
    lex = lexicon()
    words = actor.name.replace("-", " ").split()
    names = [" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))]
    return any(country in (lex.demonyms.get(name), lex.country_names.get(name)) for name in names)
