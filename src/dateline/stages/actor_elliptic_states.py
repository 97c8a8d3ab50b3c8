"""A state named by its half alone: "the North" and "the South" of a story about the two Koreas
(session 118, ``actors.country.elliptic-half.v1``). The recogniser tags the bare word a place
the gazetteer cannot place, and the actor had no country ("the North had proposed a series of
steps": twelve judged events of rounds 60-160 with a source or target "North" and no code, all
wrong). The word stands for the state of ``actor_rules.elliptic_state_names`` only when the
article names a state of that table; elsewhere it stays what it was.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.lexicons import LexiconData, active, load_data
from dateline.stages.actor_lexicon import Code, code_description, lexicon

__all__ = ["ELLIPTIC_STATE_RULE", "elliptic_state"]

ELLIPTIC_STATE_RULE = "actors.country.elliptic-half.v1"


def elliptic_state(span: Span) -> tuple[Code, str] | None:
    """The code and name of the state a bare "North" or "South" stands for, or None."""
    table: dict[str, str] = load_data("actor_rules").get("elliptic_state_names") or {}
    code = table.get(span.text)
    name = lexicon().display.get(code) if code is not None else None
    if name is None or not _names_a_state(span):
        return None
    found = code_description(name)
    return (found, name) if found.country == code else None


def _names_a_state(span: Span) -> bool:
    """The article names a state of the table by a country's name, demonym or capital."""
    text = span.doc.text
    return any(word in text for word in active().derived(
        "actors.elliptic_state_words", _state_words))


def _state_words(data: LexiconData) -> tuple[str, ...]:
    """The names, demonyms and capitals of the table's states (once per lexicon data)."""
    codes = set((load_data("actor_rules").get("elliptic_state_names") or {}).values())
    lex = lexicon()
    tables = (lex.country_names, lex.demonyms, lex.capitals)
    return tuple(sorted({w for table in tables for w, c in table.items() if c in codes}))
