"""A person described by age alone: "The 69-year-old was executed" (issue 11, wave 74, ev74d).

Wave 73 (ev73a) found events whose party is a person the story named before and then called
by age only ("Saddam Hussein was hanged on Saturday ... The 69-year-old was executed at a
former intelligence building"). The parser makes the adjective "old" the head of that noun
phrase, so coreference, which reads descriptions headed by a noun, built no actor for it and
the event had no target (or no source).

``actors.description.aged-person.v1``: "the" + a number + a unit of time
(``clauses.aged_person_units``) + an age adjective (``clauses.aged_person_adjectives``),
where the adjective heads a subject, an object or a preposition's object, is the person named
in its own sentence before it or in the sentence before, when exactly one named person (a
name of two words or more) is mentioned there; with two or more ("X met Y. The 52-year-old
said ...") it stays without a party. An age before a noun ("the 52-year-old diplomat") is a
description of its own (read by ``coref._resolve_description``) and is not read here. The
events stage names ``events.args.aged-person.v1`` in the event's rules when its source or
target was so found in the trigger's sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.record import Actor
from dateline.stages.actor_builder import ActorBuilder
from dateline.stages.state import DocState
from dateline.stages.syntax import words

AGED_PERSON = "actors.description.aged-person.v1"
AGED_PERSON_ARG = "events.args.aged-person.v1"

#: Where the age phrase stands for a party of its clause.
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "iobj"})


def aged_phrase(det: Token) -> Span | None:
    """"The 69-year-old": the phrase from "the" to the age adjective heading it, or None."""
    head = det.head
    if head.i <= det.i or head.pos_ != "ADJ" or head.dep_ not in PARTY_DEPS:
        return None
    if head.lower_ not in words("aged_person_adjectives"):
        return None
    units = words("aged_person_units")
    if not any(c.dep_ == "npadvmod" and c.lower_ in units and c.i < head.i
               for c in head.children):
        return None
    if any(c.dep_ in {"amod", "compound"} or (c.i > head.i and c.dep_ == "prep")
           for c in head.children):
        return None  # "the 40-year-old of ...": not a bare age
    if min(t.i for t in head.subtree if t.i <= head.i) != det.i:
        return None
    return det.doc[det.i: head.i + 1]


def aged_person(phrase: Span, builder: ActorBuilder) -> Actor | None:
    """The one named person mentioned before the phrase in its sentence or the one before."""
    doc = builder.doc
    start = phrase.sent.start
    window = start
    previous = start - 1
    while previous >= 0:  # skip the blank lines between paragraphs
        sentence = doc[previous].sent
        window = sentence.start
        if any(not t.is_space for t in sentence):
            break
        previous = sentence.start - 1
    found: dict[str, Actor] = {}
    for mention in builder.mentions:
        if not window <= mention.start < phrase.start:
            continue
        actor = builder.actor(mention.actor_id)
        if actor.kind == "person":
            found[actor.id] = actor
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    if not actor.name[:1].isupper() or len(actor.name.split()) < 2:
        return None
    return actor


def note_aged_person(rules: list[str], parties: list[str], token: Token,
                     state: DocState) -> None:
    """Name ``AGED_PERSON_ARG`` when a source or target was found by ``AGED_PERSON`` in the
    trigger's sentence."""
    if not parties or AGED_PERSON_ARG in rules:
        return
    sentence = token.sent
    if any(m.rule == AGED_PERSON and m.actor_id in parties
           and sentence.start <= m.start < sentence.end for m in state.mentions):
        rules.append(AGED_PERSON_ARG)
