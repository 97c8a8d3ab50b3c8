"""Countries an unnamed description takes from the words around it (issue 12).

- ``actors.description.located-in.v1``: a description of people or a body followed by a
  locating preposition and a coded place ("teachers in Ghana", "police in Slovakia", "rebels in
  eastern Azerbaijan", "officials from Iran"), or by a place noun that a coded place owns or
  contains ("an official in the capital of the Central African Republic", "the mayor of
  Canada's largest city"), are that country's: the place says whose they are. The place
  itself stays a place (``place_split``), so the country lives on in the description's actor.
- ``actors.title.dominant-country.v1``: a bare title ("the senator", "the governor", "the
  prime minister") in an article where one country dominates the coded mentions takes that
  country; with no dominant country it stays uncoded (no code rather than a guessed one).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import load_data
from dateline.stages.actor_lexicon import code_description, lexicon

__all__ = ["DOMINANT_RULE", "LOCATED_RULE", "dominant_country", "located_country"]

LOCATED_RULE = "actors.description.located-in.v1"
DOMINANT_RULE = "actors.title.dominant-country.v1"


#: A country dominates an article when it has this share of the coded actor mentions, and at
#: least this many of them.
DOMINANT_SHARE = 0.6
DOMINANT_LEAST = 3


def located_country(span: Span) -> str | None:
    """The country of the coded place a locating preposition after the description's head
    names ("teachers in Ghana" -> GHA); None when there is none or it is not a place."""
    preps = set(_words("locating_preps"))
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.i < span.end - 1:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in preps and (found := _place_country(obj)) is not None:
                return found
            if prep.lower_ in preps | {"of"}:
                return _owner_of_place(obj)
    return None


def _owner_of_place(noun: Token) -> str | None:
    """"in the capital city of the Central African Republic", "of Canada's largest city": the
    coded place that owns or contains a place noun."""
    if noun.lemma_.lower() not in set(_words("place_heads")):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return _place_country(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            return _place_country(obj) if obj is not None else None
    return None


def _words(key: str) -> list[str]:
    value = load_data("actor_rules").get(key) or []
    assert isinstance(value, list)
    return [str(v) for v in value]


def _place_country(token: Token) -> str | None:
    """The country of the place name at ``token`` (its entity, or the token with its
    compounds); None for a body ("in the ministry") or a common noun."""
    name = _name_at(token)
    if name is None:
        return None
    code = code_description(name.text)
    if code.organization is not None or code.role is not None:
        return None
    if code.admin1 is None and name.text in lexicon().admin1:
        return None  # "officials in Georgia": the country or the US state, the text decides
    if code.kind == "country" or code.government_metonym:
        return code.country
    return None


def _name_at(token: Token) -> Span | None:
    doc = token.doc
    if token.ent_type_ in {"GPE", "LOC"}:
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    if token.pos_ != "PROPN":
        return None
    start = min([c.i for c in token.children if c.dep_ == "compound"] + [token.i])
    return doc[start : token.i + 1]


def dominant_country(doc: Doc, countries: list[str | None]) -> str | None:
    """The country of most of the article's coded actor mentions, when it has at least
    ``DOMINANT_SHARE`` of them and ``DOMINANT_LEAST`` mentions; else None."""
    counts = Counter(c for c in countries if c)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    if n < DOMINANT_LEAST or n / sum(counts.values()) < DOMINANT_SHARE:
        return None
    return country
