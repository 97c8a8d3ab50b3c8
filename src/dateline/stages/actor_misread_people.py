"""People's names the recogniser read as a body or a place (wave 106; judged round 87).

spaCy's small English model tags many full names of people as an organisation or a place:
"congratulating his rival Ibrahim Boubacar Keita" (ORG), "Thabo Mbeki" (GPE), "Natalia
Estemirova", "Samantha Power" (ORG); the actor made of them was a body or a place with no
country, and events had no person where the coder saw one (round 87: Keita should have been
the congratulated rival). A scan of held-out sets 10-21 found 30 such names. Before any stage
reads the entities, ``relabel_misread_people`` makes PERSON an ORG, GPE, LOC, NORP or FAC
entity of two to four capitalised words (a hyphen may join two: "Laurent-Desire") whose first
word is a listed given name (``cue_classes.given_names_m`` / ``given_names_f``), with no word
that names a thing (``actor_rules.misread_person_thing_words``, the lexicon's place heads) or
a country, demonym or capital, and no full text the gazetteer knows as a place. A possessive
"'s" stays outside the name. So does a one-word entity of those labels, after, that is the
last word of a person's name the article gave before ("Olaf Scholz [...] Scholz said"), and no
country or capital. v2 (session 118): a one-word entity right after a listed given name
no entity covers is read with it ("President Alejandro Toledo", where only "Toledo" was tagged, a
place), and a town sharing the surname no longer blocks the later mentions. The person read from
either carries ``actors.person.misread-entity.v2`` in its rule.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.gazetteer import shared
from dateline.stages.actor_cut_surnames import _capitalised
from dateline.stages.actor_given_names import _given_names
from dateline.stages.actor_lexicon import lexicon, rule_words
from dateline.stages.state import state_of

__all__ = ["MISREAD_PERSON_RULE", "misread_person", "relabel_misread_people"]

MISREAD_PERSON_RULE = "actors.person.misread-entity.v2"
#: ``state.derived`` key of the token ranges of the relabelled names.
RELABELLED = "actors.misread-people"
#: Labels the recogniser gives a person's name it does not know.
MISREAD_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
#: How many words a person's name read this way may have.
NAME_WORDS = range(2, 5)


def relabel_misread_people(doc: Doc) -> None:
    """Make PERSON every entity that is a person's name misread as a body or a place."""
    entities = list(doc.ents)
    changed = False
    surnames: set[str] = set()
    taken = {t.i for entity in entities for t in entity}
    for i, entity in enumerate(entities):
        name = _without_possessive(entity)
        if entity.label_ in MISREAD_LABELS:
            name = _with_given_name(name, taken)  # "President Alejandro Toledo" (session 118)
        if entity.label_ in MISREAD_LABELS and (_person_name(name) or _surname(name, surnames)):
            entities[i] = Span(doc, name.start, name.end, label="PERSON")
            state_of(doc).derived.setdefault(RELABELLED, set()).add((name.start, name.end))
            changed = True
        if entities[i].label_ == "PERSON" and len(entities[i]) > 1:
            surnames.add(entities[i][-1].text)
    if changed:
        doc.ents = entities


def _with_given_name(name: Span, taken: set[int]) -> Span:
    """"President Alejandro Toledo", where the recogniser tagged only "Toledo", a place: a
    one-word entity right after a capitalised listed given name no entity covers is read with
    it, so ``_person_name`` can take the pair for a person's name (session 118, judged round
    157: Toledo and his later mentions were a place with no country, and "called on Toledo"
    had no target)."""
    start = name.start
    if len(name) != 1 or start == 0 or start - 1 in taken:
        return name
    before = name.doc[start - 1]
    if not _capitalised(before.text) or before.lower_ not in _given_names():
        return name
    return name.doc[start - 1 : name.end]


def misread_person(entity: Span) -> bool:
    """Whether ``entity`` is a name ``relabel_misread_people`` made a person's."""
    found = state_of(entity.doc).derived.get(RELABELLED)
    return isinstance(found, set) and (entity.start, entity.end) in found


def _without_possessive(entity: Span) -> Span:
    """"Thabo Mbeki's": the name without its possessive ending."""
    if len(entity) > 1 and entity[-1].tag_ == "POS":
        return entity[:-1]
    return entity


def _person_name(name: Span) -> bool:
    words = [t for t in name if t.text != "-"]
    if len(words) not in NAME_WORDS or not all(_capitalised(w.text) for w in words):
        return False
    if words[0].lower_ not in _given_names():
        return False
    lex = lexicon()
    stops = rule_words("misread_person_thing_words") | lex.place_heads
    if any(w.lower_ in stops or w.text in lex.country_names or w.text in lex.demonyms
           or w.text in lex.capitals for w in words):
        return False
    return not shared().candidates(name.text)


def _surname(name: Span, surnames: set[str]) -> bool:
    """One word, the last word of an earlier person's name, and no country or capital. v2
    (session 118): a town that shares the surname no longer blocks it ("Alejandro Toledo [...]
    called on Toledo": the article named the person; Toledo the city would need a place word or
    another clue to be read as one)."""
    if len(name) != 1 or name.text not in surnames or not _capitalised(name.text):
        return False
    lex = lexicon()
    return name.text not in lex.country_names and name.text not in lex.capitals
