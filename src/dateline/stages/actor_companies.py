"""Companies: a company's name is not a person's surname, and its country is its own (issue 11).

- ``actors.surname.v2``: a lone surname is not a mention of the person who carries it when the
  recogniser reads the word as a body's name (ORG, FAC, PRODUCT) and the article gives it a
  body's reading: the word is part of a longer body name ("The Ford Motor Company") or the first
  word of a body named elsewhere in the article, and no honorific or title stands before it
  ("until Ford negotiates a new contract" is the Ford Motor Company, not William Clay Ford Jr.;
  "Mr. Ford said" stays the person). The word then goes to the body (``same_body``).
  A title owned by a body and set before a person's name ("Ford's Chief Executive Officer,
  William Clay Ford Jr.") is the person's mention without the owner: the owner is the body the
  person speaks for (its own mention), not a mention of the person.
- ``actors.organization.apposition.v2``: a description of a body set beside a named
  organisation ("Ford Motor Company, the U.S. car maker,"; "Airbus, Europe's biggest aircraft
  manufacturer") is a mention of that organisation, not an actor of its own; the country it
  gives becomes the organisation's when its own name gives none.
- ``actors.organization.country-branch.v1``: a recognised body's name that ends in a country
  name after words that name no place, title or body the lexicon knows ("Ford Australia",
  "Toyota Canada") is that body's branch in the country: an organisation of that country, not
  the country (a business when another body named in the article starts with its first word:
  "Ford Australia" beside "Ford Motor Company").
- A company's name inside a longer name with other capitalised words ("Apple Corps", "Ford
  Foundation") names another body: it takes neither the company's identity nor its country.
- ``actors.organization.company-home.v1``: a company of the organisation lexicon
  (``organizations.yaml``, sector BUS) takes the country of its headquarters from the entry;
  the rule names the lexicon as the country's provenance; words describing it before its
  name ("German airline Lufthansa") are part of its mention. A company's home country is not
  the article's setting: its mentions do not count towards the article's dominant country.
- ``actors.organization.phoenix-company.v1``: a company the Phoenix dictionaries list (MNC
  codes with a home country: ``[MNCUSA]``), found under its name without a corporate suffix or
  final stop ("Ford Motor Company" is Phoenix's FORD_MOTOR, "Apple Inc." its APPLE_INC).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.record import Actor
from dateline.stages.actor_context import corporate_suffix
from dateline.stages.actor_lexicon import Code, code_description, country_from_title, lexicon
from dateline.stages.actor_people import PersonCode, person_code

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder
    from dateline.stages.state import ActorMention

__all__ = [
    "APPOSITION_RULE",
    "BRANCH_RULE",
    "COMPANY_HOME_RULE",
    "PHOENIX_COMPANY_RULE",
    "SURNAME_RULE",
    "body_names",
    "body_owner",
    "branch_country",
    "company",
    "company_reading",
    "home_company",
    "home_of_body",
    "honorific",
    "join_appositions",
    "names_more",
    "other_body",
    "phoenix_company",
]

SURNAME_RULE = "actors.surname.v2"
APPOSITION_RULE = "actors.organization.apposition.v2"
BRANCH_RULE = "actors.organization.country-branch.v1"
COMPANY_HOME_RULE = "actors.organization.company-home.v1"
PHOENIX_COMPANY_RULE = "actors.organization.phoenix-company.v1"
#: Entity labels under which the recogniser reads a word as a body's (or its product's) name.
BODY_LABELS = frozenset({"ORG", "FAC", "PRODUCT"})
#: Honorifics that make the next word a person's name ("Mr. Ford").
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir",
                        "dame", "lord", "lady"})


class BodyNames:
    """The doc's body entities by token, and the first words of its body names of two words
    or more ("Ford" of "The Ford Motor Company")."""

    def __init__(self, doc: Doc, name_words: set[str]) -> None:
        self.entity: dict[int, Span] = {}
        self.first_words: set[str] = set()
        self.name_words = name_words  # the words of the people's names found so far
        for ent in doc.ents:
            if ent.label_ not in BODY_LABELS:
                continue
            for i in range(ent.start, ent.end):
                self.entity[i] = ent
            words = _words(ent)
            if len(words) > 1 and any(w not in name_words for w in words):
                self.first_words.add(words[0])


def _words(ent: Span) -> list[str]:
    """The words of a name, without "the" and punctuation ("Gumbo-Onwuba": two words)."""
    return [t.text for t in ent if t.lower_ != "the" and not t.is_punct]


def body_names(doc: Doc, people: list[str] | None = None) -> BodyNames:
    """The doc's body names; the words of the people's names (``people`` and the recogniser's
    PERSON names) are not a body's even where the recogniser says so ("Le Maire")."""
    names = [*(people or []), *(e.text for e in doc.ents if e.label_ == "PERSON")]
    return BodyNames(doc, {w for name in names for w in name.replace("-", " ").split()})


def company_reading(token: Token, bodies: BodyNames | None) -> bool:
    """True when a surname-like word names a body here (``actors.surname.v2``)."""
    if bodies is None:
        return False
    ent = bodies.entity.get(token.i)
    if ent is None:
        return False
    if token.i > 0:
        before = token.doc[token.i - 1].lower_
        if before in HONORIFICS or before in lexicon().titles:
            return False
    words = _words(ent)
    return (len(words) > 1 and any(w not in bodies.name_words for w in words)) \
        or token.text in bodies.first_words


def body_owner(phrase: Span) -> tuple[int, int] | None:
    """The tokens of a body's name that owns a title phrase ("Ford" of "Ford's Chief Executive
    Officer"): a recognised ORG name followed by "'s", with more words after it; else None."""
    doc = phrase.doc
    for ent in doc.ents:
        if ent.start == phrase.start and ent.label_ == "ORG":
            break
    else:
        return None
    end = ent.end
    while end > ent.start and doc[end - 1].tag_ == "POS":
        end -= 1  # the recogniser sometimes takes the "'s" into the name
    after = end
    if after >= phrase.end - 1 or doc[after].tag_ != "POS":
        return None
    return ent.start, end


def join_appositions(builder: ActorBuilder) -> None:
    """Descriptions in apposition to a named organisation become its mentions
    (``actors.organization.apposition.v2``: not a name of its own or a list item)."""
    doc = builder.doc
    heads = lexicon().organization_heads
    for mention in list(builder.mentions):
        named = builder.actor(mention.actor_id)
        if named.kind != "organization" or not named.name[:1].isupper():
            continue
        root = doc[mention.start : mention.end].root
        for child in (c for c in root.children if c.dep_ == "appos" and c.lower_ in heads
                      and not _named_or_listed(c)):
            described = _mention_at(builder, child)
            if described is None or described is mention:
                continue
            other = builder.actor(described.actor_id)
            kinds = {"organization", "group"} | ({"country"} if described.end - described.start
                                                  > 1 else set())  # "the Canadian maker"
            if other is named or other.kind not in kinds or any(
                    m.actor_id == other.id and m is not described for m in builder.mentions):
                continue
            if named.country is None and other.country is not None:
                named.country = other.country
                builder.sources[named.id] = "title"
            named.sector = named.sector or other.sector
            described.actor_id, described.rule = named.id, APPOSITION_RULE


def _named_or_listed(head: Token) -> bool:
    """"The Bank of Canada, the Bank of England, ...": an appositive that is a name of its own
    ("Bank" as a proper noun) or an item of a list is another body, not a description."""
    return head.pos_ == "PROPN" or any(c.dep_ == "conj" for c in head.children)


def _mention_at(builder: ActorBuilder, token: Token) -> ActorMention | None:
    return next((m for m in builder.mentions if m.start <= token.i < m.end), None)


def branch_country(span: Span, code: Code) -> str | None:
    """The country of a body's branch named "<Name> <Country>" (``BRANCH_RULE``), or None."""
    if span.label_ != "ORG" or len(span) < 2 or code.organization is not None \
            or code.role is not None or len(code.countries) != 1:
        return None
    names = lexicon().country_names
    for cut in range(span.start + 1, span.end):
        tail = span.doc[cut : span.end].text
        if tail in names:
            head = span.doc[span.start : cut]
            if all(t.text[:1].isupper() for t in head) and code_description(head.text).empty \
                    and not code_description(head.text).countries:
                return names[tail]
            return None
    return None


def phoenix_company(name: str, day: dt.date | None) -> PersonCode | None:
    """A Phoenix company (sector BUS) under its name, or without its final stop or corporate
    suffix ("Apple Inc." -> "apple inc", "Ford Motor Company" -> "ford motor"); None when
    no such form is a company there."""
    words = name.rstrip(".,").split()
    forms = [name, " ".join(words)]
    if len(words) > 2 and corporate_suffix(words[-1]):
        forms.append(" ".join(words[:-1]))
    for form in dict.fromkeys(forms):
        found = person_code(form, day, body=True)
        if found is not None and found.sector == "BUS" and found.country is not None:
            return found
    return None


def home_company(code: Code) -> bool:
    """A lexicon company with a home country (``COMPANY_HOME_RULE``)."""
    org = code.organization
    return org is not None and org.sector == "BUS" and org.country is not None \
        and code.role_kind is None


def home_of_body(code: Code) -> bool:
    """A lexicon company or news organisation with a home country: its name says where it
    is based, not where the story is ("News24 said" before "the government"; wave 14)."""
    org = code.organization
    return org is not None and org.sector in {"BUS", "JRN"} and org.country is not None \
        and code.role_kind is None


def other_body(span: Span, code: Code) -> bool:
    """True when a lexicon company's name is only part of the span's name ("Apple Corps"):
    another capitalised word that is no corporate suffix, title, country or demonym."""
    org = code.organization
    if org is None or org.sector != "BUS" or not span.text[:1].isupper():
        return False
    lex = lexicon()
    text = span.text.removeprefix("The ").removesuffix("'s").removesuffix("’s")
    if text in lex.organizations:
        return False
    words = text.split()
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if lex.organizations.get(" ".join(words[start:end])) is org:
                rest = words[:start] + words[end:]
                return any(names_more(word) for word in rest)
    return False


def names_more(word: str) -> bool:
    lex = lexicon()
    bare = word.rstrip(".,")
    places = lex.country_names.keys() | lex.demonyms.keys()
    return bare[:1].isupper() and not corporate_suffix(word) and not corporate_suffix(bare) \
        and bare.lower() not in lex.titles and word not in places and bare not in places \
        and bare != "of"


def company(actor: Actor) -> bool:
    """A business or a news organisation (its country is its home, not where the story is:
    "News24 reported" does not set a story about the Gambia in South Africa; wave 14)."""
    return actor.kind == "organization" and actor.sector in {"BUS", "JRN"}


def no_setting(actor: Actor) -> bool:
    """An actor whose country says nothing of where the story is: a company's home, or the
    state a title belongs to ("Pope Francis" visiting Sierra Leone does not set it in VAT)."""
    return company(actor) or country_from_title(actor.role, actor.country)


def honorific(span: Span) -> bool:
    """"Mr.", "Mrs": a word of address, never a body a person speaks for."""
    return len(span) == 1 and span[0].lower_ in HONORIFICS
