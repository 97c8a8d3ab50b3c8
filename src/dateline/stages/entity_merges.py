"""Entities the actors stage rejoined or extended before reading them, remembered per doc.

``actor_particle_names`` ("Ursula von der" + "Leyen"), ``actor_cut_surnames`` ("Ahmad Tejan" +
"Kabbah") and ``actor_dictionary_names`` ("Aung San" + "Suu Kyi") each replace entities with a
longer PERSON entity and later ask whether an entity is one they made, so that the person read
from it names their rule. Each keeps its token ranges under its own key of the doc's
``state.derived``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.stages.state import state_of


def note_merge(doc: Doc, key: str, start: int, end: int) -> None:
    """Remember that the entity over tokens ``start:end`` was made under ``key``."""
    state_of(doc).derived.setdefault(key, set()).add((start, end))


def merged(entity: Span, key: str) -> bool:
    """Whether ``entity`` is one made under ``key``."""
    found = state_of(entity.doc).derived.get(key)
    return isinstance(found, set) and (entity.start, entity.end) in found
