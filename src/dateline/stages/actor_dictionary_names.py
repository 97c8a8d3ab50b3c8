"""Names the recogniser cuts short of a full name the dictionaries know (wave 107; judged
rounds 89-96).

spaCy's small English model reads "pro-democracy leader Aung San Suu Kyi" as a person "Aung
San" (her father's name) and leaves "Suu Kyi" outside any entity, so the record coded the
father as the convicted party. ``merge_dictionary_names`` rejoins such a name before any stage
reads the entities: a PERSON entity followed at once by one or two capitalised proper nouns
outside any entity becomes one PERSON entity over them when the whole is a full name of the
leaders or Phoenix dictionaries (``actor_people.people_index``); the person read from it carries
``actors.person.dictionary-extent.v1`` in its rule.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.stages.actor_people import people_index
from dateline.stages.entity_merges import merged, note_merge

__all__ = ["DICTIONARY_EXTENT_RULE", "dictionary_extent", "merge_dictionary_names"]

DICTIONARY_EXTENT_RULE = "actors.person.dictionary-extent.v1"
#: ``state.derived`` key of the token ranges of the rejoined names.
MERGED = "actors.dictionary-names"
#: How many proper nouns after the entity may complete the name ("Suu Kyi").
MAX_TAIL = 2


def merge_dictionary_names(doc: Doc) -> None:
    """Extend every PERSON entity that the dictionaries know a longer name of."""
    entities = list(doc.ents)
    ends = {i: end for i, e in enumerate(entities) if (end := _full_end(doc, e)) is not None}
    if not ends:
        return
    merged = []
    for i, entity in enumerate(entities):
        if i in ends:
            merged.append(Span(doc, entity.start, ends[i], label="PERSON"))
            note_merge(doc, MERGED, entity.start, ends[i])
        else:
            merged.append(entity)
    doc.ents = merged


def dictionary_extent(entity: Span) -> bool:
    """Whether ``entity`` is a name ``merge_dictionary_names`` extended."""
    return merged(entity, MERGED)


def _full_end(doc: Doc, entity: Span) -> int | None:
    """The end of the longest known full name that starts with ``entity`` and runs over the
    proper nouns right after it, or None."""
    if entity.label_ != "PERSON":
        return None
    tail = entity.end
    while tail < min(len(doc), entity.end + MAX_TAIL) and doc[tail].ent_iob_ == "O" \
            and doc[tail].pos_ == "PROPN" and doc[tail].text[:1].isupper():
        tail += 1
    index = people_index()
    for end in range(tail, entity.end, -1):
        if " ".join(doc[entity.start : end].text.lower().split()) in index:
            return end
    return None
