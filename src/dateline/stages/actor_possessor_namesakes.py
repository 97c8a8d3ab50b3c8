"""A lexicon body named after another country's possessive is that country's (wave 73, ev73b).

``actors.organization.possessor-namesake.v1``: a body the lexicon gives one country (the US
Congress, the US Democratic Party), named after another country's possessive ("El Salvador's
Congress", "South Korea's Democratic Party"), is that other country's body of the same kind,
not the lexicon's: the possessive says whose it is. Only state bodies and parties
(``actor_rules.possessor_namesake_sectors``) have such namesakes; a company, a newspaper or an
international body keeps its own code ("Egypt's Al Jazeera" is still Qatar's, "Ukraine's NATO
allies" still NATO). The possessor must be a country's name, not a city or a demonym.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.stages.actor_lexicon import Code, code_description, lexicon, rule_words

__all__ = ["POSSESSOR_NAMESAKE_RULE", "possessor_namesake"]

POSSESSOR_NAMESAKE_RULE = "actors.organization.possessor-namesake.v1"
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


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
    if country is None or country == org.country:
        return None
    rest = code_description(span[cut + 1 :].text).organization
    if rest is None or rest.name != org.name:
        return None
    return Code(country=country, sector=org.sector, kind="organization",
                countries=[country]), span[start:]
