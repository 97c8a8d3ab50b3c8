"""A state named by its half alone: "the North" and "the South" of a story about the two Koreas
(session 118, ``actors.country.elliptic-half.v1``). The recogniser tags the bare word a place
the gazetteer cannot place, and the actor had no country ("the North had proposed a series of
steps": twelve judged events of rounds 60-160 with a source or target "North" and no code, all
wrong). The word stands for the state of ``actor_rules.elliptic_state_names`` only when the
article names a state of that table; elsewhere it stays what it was.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from dateline.lexicons import load_data
from dateline.stages.actor_lexicon import Code, code_description, lexicon

__all__ = ["ELLIPTIC_STATE_RULE", "elliptic_state"]

ELLIPTIC_STATE_RULE = "actors.country.elliptic-half.v1"
#: The names of the states the table's codes stand for, as the lexicon codes them.
STATE_NAMES = {"PRK": "North Korea", "KOR": "South Korea"}


def elliptic_state(span: Span) -> tuple[Code, str] | None:
    """The code and name of the state a bare "North" or "South" stands for, or None."""
    table: dict[str, str] = load_data("actor_rules").get("elliptic_state_names") or {}
    code = table.get(span.text)
    if code is None or code not in STATE_NAMES or not _names_a_state(span, set(table.values())):
        return None
    name = STATE_NAMES[code]
    found = code_description(name)
    return (found, name) if found.country == code else None


def _names_a_state(span: Span, codes: set[str]) -> bool:
    """The article names one of ``codes`` by a country's name, demonym or capital."""
    text = span.doc.text
    return any(word in text for word in _state_words(frozenset(codes)))


@cache
def _state_words(codes: frozenset[str]) -> tuple[str, ...]:
    lex = lexicon()
    tables = (lex.country_names, lex.demonyms, lex.capitals)
    return tuple(sorted({w for table in tables for w, c in table.items() if c in codes}))
