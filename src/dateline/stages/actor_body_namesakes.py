"""A body's short name at the end of a longer proper name is another body (wave 75, ev75b).

``actors.organization.body-namesake.v1``: "the Oromo Federalist Congress", "the Kurdish-led
Syrian Democratic Council": a one-word name the lexicon gives one body ("Congress": the US
Congress) that ends a longer capitalised name which is no name of that body nor of any other
lexicon body is a body of its own, of no known country, not the lexicon's. The words before it
must name more (a capitalised word that is no title, no country and no demonym: "Nepali
Congress" is ``foreign_namesake``'s, "US Congress" the lexicon's own). The short names are
``actor_rules.namesake_body_words``.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.stages.actor_companies import names_more
from dateline.stages.actor_lexicon import Code, lexicon, rule_words

__all__ = ["BODY_NAMESAKE_RULE", "body_namesake"]

BODY_NAMESAKE_RULE = "actors.organization.body-namesake.v1"


def body_namesake(span: Span, code: Code) -> Code | None:
    """The code of a body whose longer name ends in a lexicon body's short name (module
    docstring): an organisation with no country or sector; else None."""
    org = code.organization
    if org is None or len(span) < 2 or not span.text[:1].isupper():
        return None
    last = span[-1].text.removesuffix("'s").removesuffix("’s")
    if last.lower() not in rule_words("namesake_body_words"):
        return None
    lex = lexicon()
    if lex.organizations.get(last) is not org:
        return None
    text = span.text.removeprefix("The ").removesuffix("'s").removesuffix("’s")
    if text in lex.organizations:
        return None
    if any(t.text in {"'s", "’s"} for t in span[:-1]) or set(code.countries) - {org.country}:
        return None  # "El Salvador's Congress": possessor_namesake's
    rest = [t for t in span[:-1] if t.text != "-"]
    if not rest or any(t.text.lower() in {"the", "of"} for t in rest):
        return None
    if not all(t.text[:1].isupper() for t in rest):
        return None  # "the Republican-led Congress"
    if not any(names_more(t.text) for t in rest):
        return None
    return Code(kind="organization")
