"""Names the recogniser cuts at a lower-case particle (wave 102, ev102e; judged round 72).

spaCy's small English model reads "Ursula von der Leyen" as a person "Ursula von der" and a
place "Leyen", and "Mark van der Berg" as two people: the record then had a country actor
"Leyen" beside a person coded EUR as the source of the Commission president's congratulation.
``merge_particle_names`` rejoins such a name before any stage reads the entities: a PERSON
entity that ends in a particle of ``actor_rules.surname_particles`` ("von der", "van", "da",
"bin") written in lower case and is followed at once by a capitalised name (the next entity of
at most two words, or a proper noun outside any entity) becomes one PERSON entity over both;
the person read from it carries ``actors.person.particle-name.v1`` in its rule. "De Menezes"
(a capitalised particle) is left to the recogniser.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.stages.actor_lexicon import rule_words
from dateline.stages.entity_merges import merged, note_merge

__all__ = ["PARTICLE_NAME_RULE", "merge_particle_names", "merged_particle_name"]

PARTICLE_NAME_RULE = "actors.person.particle-name.v1"
#: ``state.derived`` key of the token ranges of the rejoined names.
MERGED = "actors.particle-names"

#: How many words the entity after the particle may have ("Leyen", "Berg"; not a sentence).
MAX_TAIL_WORDS = 2


def merge_particle_names(doc: Doc) -> None:
    """Rejoin every PERSON entity cut at a lower-case particle with the name after it."""
    entities = list(doc.ents)
    if not any(e.label_ == "PERSON" and _ends_in_particle(e) for e in entities):
        return
    merged: list[Span] = []
    skip = False
    for i, entity in enumerate(entities):
        if skip:
            skip = False
            continue
        following = entities[i + 1] if i + 1 < len(entities) else None
        end = _name_end(doc, entity, following)
        if end is None:
            merged.append(entity)
            continue
        skip = following is not None and following.start < end
        merged.append(Span(doc, entity.start, end, label="PERSON"))
        note_merge(doc, MERGED, entity.start, end)
    doc.ents = merged


def merged_particle_name(entity: Span) -> bool:
    """Whether ``entity`` is a name ``merge_particle_names`` rejoined."""
    return merged(entity, MERGED)


def _ends_in_particle(entity: Span) -> bool:
    last = entity[-1]
    return last.is_lower and last.lower_ in rule_words("surname_particles")


def _name_end(doc: Doc, entity: Span, following: Span | None) -> int | None:
    """Where the whole name ends, when ``entity`` is a person cut at a particle; else None.
    More particles may stand between ("Ursula von" + "der" + "Leyen")."""
    if entity.label_ != "PERSON" or not _ends_in_particle(entity):
        return None
    start = entity.end
    while start < len(doc) and doc[start].ent_iob_ == "O" and doc[start].is_lower \
            and doc[start].lower_ in rule_words("surname_particles"):
        start += 1
    if start >= len(doc):
        return None
    if following is not None and following.start == start:
        tail = following
        return tail.end if len(tail) <= MAX_TAIL_WORDS and tail.text[:1].isupper() else None
    after = doc[start]
    if after.ent_iob_ == "O" and after.pos_ == "PROPN" and after.text[:1].isupper():
        return start + 1
    return None
