"""Names the recogniser cuts before an unknown surname (wave 105; judged round 82).

spaCy's small English model reads "President Ahmad Tejan Kabbah" as a person "Ahmad Tejan"
and a place "Kabbah", so the later "Kabbah welcomed the deal" was a place with no country
as the source of the ousted president's welcome; "Ali Akbar Velayati" and "Abdel Moneim Abol
Fotouh" are cut the same way. ``merge_cut_surnames`` rejoins such a name before any stage reads
the entities: a PERSON entity of at least two capitalised words followed at once by a one-word
place, body or group entity that no country, demonym, capital or gazetteer place is called,
and that no further proper noun follows, becomes one PERSON entity over both; the person read
from it carries ``actors.person.cut-surname.v1`` in its rule. A known place stays a place
("Hun Sen Phnom" is never a name: Phnom Penh is two words and known).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.gazetteer import shared
from dateline.stages.actor_lexicon import lexicon
from dateline.stages.entity_merges import merged, note_merge

__all__ = ["CUT_SURNAME_RULE", "cut_surname", "merge_cut_surnames"]

CUT_SURNAME_RULE = "actors.person.cut-surname.v1"
#: ``state.derived`` key of the token ranges of the rejoined names.
MERGED = "actors.cut-surnames"
#: Labels the recogniser gives a surname it does not know as a name.
SURNAME_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def merge_cut_surnames(doc: Doc) -> None:
    """Rejoin every PERSON entity cut before an unknown one-word surname."""
    entities = list(doc.ents)
    pairs = [i for i in range(len(entities) - 1) if _cut_pair(entities[i], entities[i + 1])]
    if not pairs:
        return
    merged: list[Span] = []
    joined = set(pairs)
    for i, entity in enumerate(entities):
        if i - 1 in joined:
            continue
        if i in joined:
            tail = entities[i + 1]
            merged.append(Span(doc, entity.start, tail.end, label="PERSON"))
            note_merge(doc, MERGED, entity.start, tail.end)
        else:
            merged.append(entity)
    doc.ents = merged


def cut_surname(entity: Span) -> bool:
    """Whether ``entity`` is a name ``merge_cut_surnames`` rejoined."""
    return merged(entity, MERGED)


def _cut_pair(person: Span, tail: Span) -> bool:
    if person.label_ != "PERSON" or len(person) < 2 or tail.start != person.end:
        return False
    if len(tail) != 1 or tail.label_ not in SURNAME_LABELS:
        return False
    if not all(_capitalised(word.text) for word in person) or not _capitalised(tail.text):
        return False
    doc = tail.doc
    if tail.end < len(doc) and doc[tail.end].pos_ == "PROPN":
        return False  # "Roch Marc Christian Kabore": the name goes on; left to the recogniser
    return not _known_name(tail.text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _known_name(word: str) -> bool:
    lex = lexicon()
    return word in lex.country_names or word in lex.demonyms or word in lex.capitals \
        or bool(shared().candidates(word))
