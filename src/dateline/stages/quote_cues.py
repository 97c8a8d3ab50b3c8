"""Speech cues: the lexicon's cue verbs (``speech_cues.verbs``, with their particles: "point
out") and reporting nouns (``speech_cues.nouns``), and ``cue_flags``, which says whether a token
is a cue and with which flags.

Separate from the quotes stage because the direct and reported quote finders, the speaker rules
and ``attribution`` all ask it.
"""

from __future__ import annotations

from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Token

from dateline.lexicons import LexiconData, active

__all__ = ["COMPLEMENTS", "cue_flags", "cue_lemma_ids", "cues", "reporting_nouns"]

#: The dependencies of a clause a cue reports ("said [that ...]", "..., X said").
COMPLEMENTS = {"ccomp", "parataxis"}


def cues() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.verbs", lambda data: _cue_table(data, "verbs"))


def reporting_nouns() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.nouns", lambda data: _cue_table(data, "nouns"))


def _cue_table(data: LexiconData, key: str) -> dict[str, dict[str, Any]]:
    section = data.section("speech_cues")
    return {k: dict(v or {}) for k, v in section[key].items()}


def _cue_heads(data: LexiconData) -> frozenset[str]:
    """What comes before a space in a cue ("point" of "point out"): only a token with such a
    lemma can be a cue with a particle."""
    return frozenset(key[:i] for key in _cue_table(data, "verbs")
                     for i, char in enumerate(key) if char == " ")


def cue_lemma_ids(data: LexiconData) -> frozenset[int]:
    """The string ids of every lemma ``cue_flags`` can accept (cues and their first words)."""
    return frozenset(get_string_id(word) for word in _cue_table(data, "verbs").keys()
                     | _cue_heads(data))


def cue_flags(token: Token) -> dict[str, Any] | None:
    """The lexicon flags of a speech cue token, or None if it is not one."""
    table = cues()
    lemma = token.lemma_
    verb = token.pos_ in {"VERB", "AUX"}
    if lemma not in active().derived("quotes.cue_heads", _cue_heads):
        return table.get(lemma) if verb else None  # no cue with a particle: no children read
    particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), None)
    if particle and f"{lemma} {particle}" in table:
        return table[f"{lemma} {particle}"]
    if verb and lemma in table:
        return table[lemma]
    return None
