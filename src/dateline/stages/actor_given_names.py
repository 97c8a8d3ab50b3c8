"""People the recogniser missed whose given name the lexicon knows (``GIVEN_NAME_RULE``).

The small model reads some surnames as common words or months and then tags no person: in
"refused to meet Theresa May" it found no entity at all, so the meeting had no target (judged
round 21). A proper-noun pair in a party's slot (subject, object, object of a preposition)
whose first word is a given name of ``cue_classes.given_names_m`` / ``given_names_f`` and that
no entity covers is read as that person's name. Nothing else is guessed: a pair whose first
word is not a listed given name stays no actor ("Lake Como" is none), since no actor is better
than a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.lexicons import active
from dateline.stages.actor_lexicon import lexicon, rule_words
from dateline.stages.state import state_of
from dateline.stages.syntax import sentence_of

if TYPE_CHECKING:
    from dateline.lexicons import LexiconData
    from dateline.stages.actor_builder import ActorBuilder, Candidate

__all__ = ["GIVEN_NAME_RULE", "given_name_people", "given_name_spans"]

GIVEN_NAME_RULE = "actors.person.listed-given-name.v2"
#: Slots in which a name is a party to what the clause says.
PARTY_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative"})
#: Entity labels that already say what a name is (a DATE or no entity does not).
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT",
                          "WORK_OF_ART", "LAW"})


def given_name_people(builder: ActorBuilder) -> list[Candidate]:
    """A person candidate for each unrecognised "Given Surname" after the dateline, read with
    its title as the recognised names are (``GIVEN_NAME_RULE``)."""
    from dateline.stages.actor_named_people import person_candidate

    doc = builder.doc
    dateline_end = state_of(doc).dateline_end or 0
    people: list[Candidate] = []
    ents = doc.ents  # spaCy builds the entity spans anew on each read: once per doc
    for sent in doc.sents:
        for span in given_name_spans(ents, sent):
            if span.start_char >= dateline_end:
                candidate = person_candidate(builder, span)
                candidate.rule = GIVEN_NAME_RULE
                people.append(candidate)
    return people


def given_name_spans(doc_ents: Sequence[Span], sent: Span) -> list[Span]:
    """The spans "Given Surname" of one sentence that the recogniser left unnamed: a listed
    given name, capitalised, as the compound of the next capitalised proper noun, which fills a
    party's slot."""
    covered = {i for ent in doc_ents if ent.label_ in NAMED_LABELS for i in range(ent.start,
                                                                                 ent.end)}
    towns = {ent.start for ent in doc_ents if ent.label_ in TOWN_LABELS and len(ent) == 1}
    found: list[Span] = []
    for token in sent[:-1]:
        surname = token.nbor(1)
        if token.i in covered or not _given_name(token):
            continue
        if surname.i in covered and not (surname.i in towns and _town_surname(surname)):
            continue
        if _surname_in_slot(token, surname, town=surname.i in towns):
            found.append(sent.doc[token.i : surname.i + 1])
    return found


#: Labels the recogniser gives a surname that is also a town's name ("Alejandro Toledo").
TOWN_LABELS = frozenset({"GPE", "LOC"})


def _town_surname(surname: Token) -> bool:
    """"Alejandro Toledo won": the recogniser tagged only the surname, as the Spanish city; a
    listed given name, outside every entity, as its compound (``_surname_in_slot``) makes the
    pair a person's name (part of ``GIVEN_NAME_RULE`` v2, wave 104; judged round 78 coded Peru's
    Toledo as a place with no country). A capital read as its government is never one."""
    return surname.text not in lexicon().capitals


def _given_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text[1:].islower() \
        and token.lower_ in _given_names()


def _surname_in_slot(given: Token, surname: Token, town: bool = False) -> bool:
    """"meet Theresa May": the next word is a capitalised proper noun heading the given name,
    in a party's slot, and no word the lexicon knows as a country or a demonym. ``town``: the
    recogniser tagged the surname as a place (``_town_surname``), which is then no place word."""
    lex = lexicon()
    return given.dep_ == "compound" and given.head.i == surname.i and surname.pos_ == "PROPN" \
        and surname.text[:1].isupper() and surname.dep_ in PARTY_SLOTS \
        and surname.text not in lex.country_names and surname.text not in lex.demonyms \
        and (surname.i + 1 >= len(surname.doc) or surname.nbor(1).pos_ != "PROPN") \
        and not _longer_name(given, surname) and (town or not _place_word(surname))


def _place_word(surname: Token) -> bool:
    """"the Caroline Islands", "Victoria Lake": a place noun as the last word names a place."""
    heads = lexicon().place_heads | rule_words("given_name_place_words")
    return surname.lemma_.lower() in heads or surname.lower_ in heads \
        or surname.ent_type_ in {"GPE", "LOC", "FAC"}


def _longer_name(given: Token, surname: Token) -> bool:
    """"the Second Thomas Shoal": a capitalised word before the pair, or another modifier of
    the last word, makes a longer name (a place, a body), not a person's."""
    before = given.nbor(-1) if given.i > sentence_of(given).start else None
    if before is not None and before.text[:1].isupper() and before.pos_ in {"PROPN", "ADJ",
                                                                             "NUM"}:
        return True
    return any(c.dep_ in {"compound", "amod", "nummod"} and c.i != given.i
               for c in surname.children)


def _given_names() -> frozenset[str]:
    found: frozenset[str] = active().derived("actor_given_names.names", _listed)
    return found


def _listed(data: LexiconData) -> frozenset[str]:
    section = data.section("cue_classes")
    return frozenset(str(name).lower() for gender in ("m", "f")
                     for name in section.get(f"given_names_{gender}") or [])
