"""A short name two bodies share is the one of the story's country (issue 11, act10).

``actors.organization.namesake.v2``: a bare short name ("Congress") that the lexicon gives one
body (the US Congress) while another body of the lexicon is named with it ("Congress Party",
"Indian National Congress") is that other body where the story names the other body's country
and not the first one's ("Congress's Naseemuddin Siddiqui" in a story about India).

``actors.organization.foreign-namesake.v1``: a body the lexicon gives one country, named with
another country's name or demonym before it ("the Kyrgyz Democratic Party", "Nepali Congress"),
is that other country's body of the same kind (a party, a legislature), not the lexicon's (the
US Democratic Party, the US Congress). Companies and the press keep their name's owner
("British Vogue" is still Vogue's).

``actors.organization.possessor-namesake.v1`` (wave 73, ev73b): the same, named after another
country's possessive of any length ("El Salvador's Congress", "South Korea's Democratic Party").
Only state bodies and parties (``actor_rules.possessor_namesake_sectors``) have such namesakes: a
newspaper or an international body keeps its own code ("Egypt's Al Jazeera" is still Qatar's,
"Ukraine's NATO allies" still NATO). The possessor must be a country's name, not a city.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.lexicons import LexiconData, active
from dateline.stages.actor_lexicon import (
    Code,
    Organization,
    code_description,
    lexicon,
    rule_words,
)
from dateline.stages.state import state_of

__all__ = ["FOREIGN_NAMESAKE_RULE", "NAMESAKE_RULE", "POSSESSOR_NAMESAKE_RULE", "foreign_namesake",
           "named_countries", "namesake", "possessor_namesake"]

#: v2 (session 113; judged round 126: "Congress president Sitaram Kesri" coded American in a story
#: that named "the Congress party"): the other body named in full in the text, and the first
#: body not, decides even where the text also names the first body's country.
NAMESAKE_RULE = "actors.organization.namesake.v2"
FOREIGN_NAMESAKE_RULE = "actors.organization.foreign-namesake.v1"
POSSESSOR_NAMESAKE_RULE = "actors.organization.possessor-namesake.v1"
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
_COUNTRIES_KEY = "actor_namesakes.countries"
#: A company's or a newspaper's short name is the well-known one's ("Apple" is Apple Inc. in a
#: British story too); a namesake company is named in full ("Apple Corps"). Wave 14.
COMPANY_SECTORS = frozenset({"BUS", "JRN"})


def namesake(span: Span, code: Code) -> Organization | None:
    """The other body a bare short name stands for here, or None (module docstring)."""
    org = code.organization
    if org is None or org.country is None or span.text == org.name or len(span) > 1:
        return None
    others = _namesakes(active()).get(span.text, ())
    if not others:
        return None
    in_full = [o for o in others if o.country != org.country
               and _named_in_full(span.doc, o) and not _named_in_full(span.doc, org)]
    if len(in_full) == 1:
        return in_full[0]  # v2: "the Congress party ... Congress president Kesri" (India)
    named = _named_countries(span.doc)
    if org.country in named:
        return None
    found = [o for o in others if o.country in named and o.country != org.country]
    return found[0] if len(found) == 1 else None


def _named_in_full(doc: Doc, org: Organization) -> bool:
    """The text names the body by one of its names of more than one word ("Congress party")."""
    forms = _full_forms(active()).get(org.name, ())
    return any(form in doc.text for form in forms)


def _full_forms(data: LexiconData) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = data.derived("actors.namesake_forms", _build_forms)
    return found


def _build_forms(data: LexiconData) -> dict[str, tuple[str, ...]]:
    """Lexicon body name -> its forms of more than one word."""
    forms: dict[str, list[str]] = {}
    for form, org in lexicon().organizations.items():
        if " " in form:
            forms.setdefault(org.name, []).append(form)
    return {name: tuple(found) for name, found in forms.items()}


def foreign_namesake(span: Span, code: Code) -> tuple[Code, Span] | None:
    """The code of a body named with another country before the lexicon body's name (module
    docstring), its country the named one, its sector the lexicon body's, and its name from
    the country word on ("Romanian Democratic Party" in "the ruling Romanian ..."); else None."""
    org = code.organization
    if org is None or org.country is None or org.sector in COMPANY_SECTORS or len(span) < 2:
        return None
    lex = lexicon()
    for cut in range(1, len(span)):
        prefix = span[cut - 1].text
        country = lex.demonyms.get(prefix) or lex.country_names.get(prefix)
        other = _other_country_body(org, country, span[cut:])
        if other is not None:
            return other, span[cut - 1 :]
    return None


def possessor_namesake(span: Span, code: Code) -> tuple[Code, Span] | None:
    """The code of a body named after another country's possessive (module docstring), its
    country the possessor's, its sector the lexicon body's, and the span from the country's
    name on; else None."""
    org = code.organization
    if org is None or org.country is None or len(span) < 3:
        return None
    if (org.sector or "").lower() not in rule_words("possessor_namesake_sectors"):
        return None
    marks = [t.i - span.start for t in span if t.text in _POSSESSIVE and t.tag_ == "POS"]
    if len(marks) != 1 or marks[0] == 0 or marks[0] == len(span) - 1:
        return None
    cut = marks[0]
    start = 1 if span[0].lower_ == "the" else 0
    country = lexicon().country_names.get(span[start:cut].text)
    other = _other_country_body(org, country, span[cut + 1 :])
    return (other, span[start:]) if other is not None else None


def _other_country_body(org: Organization, country: str | None, rest: Span) -> Code | None:
    """``org``'s kind of body in another ``country``, when ``rest`` names ``org`` itself
    ("Kyrgyz | Democratic Party", "El Salvador's | Congress"); else None."""
    if country is None or country == org.country:
        return None
    named = code_description(rest.text).organization
    if named is None or named.name != org.name:
        return None
    return Code(country=country, sector=org.sector, kind="organization", countries=[country])


def _namesakes(data: LexiconData) -> dict[str, tuple[Organization, ...]]:
    found: dict[str, tuple[Organization, ...]] = data.derived("actors.namesakes", _build)
    return found


def _build(data: LexiconData) -> dict[str, tuple[Organization, ...]]:
    """One-word names of lexicon bodies -> the other bodies whose names hold that word."""
    lex = lexicon()
    by_word: dict[str, dict[str, Organization]] = {}
    for form, org in lex.organizations.items():
        if org.country:
            for word in set(form.split()):
                by_word.setdefault(word, {})[org.name] = org
    found: dict[str, tuple[Organization, ...]] = {}
    for form, org in lex.organizations.items():
        if " " in form or not form[:1].isupper():
            continue
        others = tuple(o for name, o in by_word.get(form, {}).items()
                       if name != org.name and o.sector not in COMPANY_SECTORS)
        if others:
            found[form] = others
    return found


def named_countries(doc: Doc) -> frozenset[str]:
    """The countries the text names by a country name or demonym (ev12b: for
    ``actor_descriptors.generic_legislature``)."""
    return _named_countries(doc)


def _named_countries(doc: Doc) -> frozenset[str]:
    """The countries the text names by a country name or demonym (once per doc)."""
    state = state_of(doc)
    cached: frozenset[str] | None = state.derived.get(_COUNTRIES_KEY)
    if cached is None:
        lex = lexicon()
        codes = {lex.country_names.get(e.text) or lex.demonyms.get(e.text)
                 for e in doc.ents if e.label_ in {"GPE", "NORP"}}
        codes.discard(None)
        cached = frozenset(c for c in codes if c)
        state.derived[_COUNTRIES_KEY] = cached
    return cached

