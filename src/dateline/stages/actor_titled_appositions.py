"""A titled name with a title set beside it: "Dr. Ana Kovac, the president of the Dominican
Republic," and "General Tebogo Moeng, Botswana's chief of staff,".

Wave 68 (ev68b, issue 11; round 41 and wave 67 found people coded with the article's country
where their own title names another): a person named with a word of title or rank before the
name ("Dr.", "General", "Rev.") was read only by that word, so the title set after the name,
which names the person's country, was never read and the article's country or nothing won. When
the word before the name gives no country, the apposed title's country decides: a country, a
possessive or a demonym in the title ("Botswana's chief of staff", "the Kenyan envoy") or the
country after its "of" ("the president of the Dominican Republic")
(``actors.person.titled-apposition-country.v1``). Left alone: a title before the name that
names a country itself ("U.S. Vice President Joe Biden, ..."), an apposed title with a
name of its own after it ("Deputy Prime Minister X, Montenegro's foreign minister, Y": the
title is Y's), an apposed title that names an
international body or a company ("the WHO director", "the head of Chevron"), and an apposition
before the name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from dateline.stages.actor_context import a_state
from dateline.stages.actor_lexicon import Code, code_description
from dateline.stages.actor_titles import apposed_title

TITLED_APPOSITION_RULE = "actors.person.titled-apposition-country.v1"


def titled_apposition(name: Span, prefix: Span, code: Code,
                      of_country: Callable[[Span | None, Span], str | None]) -> Span | None:
    """Give ``code`` the country of the title set after a titled name (see the module); the
    apposed title when it did, else None. ``of_country`` reads "president of Tonga"."""
    if not len(prefix) or code.country is not None or code.organization is not None:
        return None
    described = apposed_title(name)
    if described is None or described.start < name.end or named_next(described):
        return None
    apposed = code_description(described.text)
    if apposed.organization is not None or apposed.role_kind != "title":
        return None
    country = apposed.country or of_country(described, name)
    if country is None or not a_state(country):
        return None
    code.country, code.countries = country, [country]
    if code.sector is None:
        code.sector = apposed.sector
    return described


def named_next(described: Span) -> bool:
    """"..., Montenegro's foreign minister, Dusko Markovic,": a person's name follows the
    title after a comma, so the title is that person's."""
    doc, end = described.doc, described.end
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON"
