"""A state the sentence refers to by a description: "the country", "the small nation"
(issue 11, wave 61, ev61a).

Round 38's most frequent target error: the act's target was empty though its sentence names
the party acted upon by a definite description of a state named earlier in the story
("Australia condemned the country", "restoring ties with the island nation"). Coreference took
for "the country" the subject of the nearest clause, which is mostly the description's own
doer ("Australia condemned the country": Australia), saw that it was the clause's own subject
(actors.description.own-subject.v1) and gave up; a description with a modifier ("the island
nation") it did not try at all.

``actors.description.described-state.v1``: a singular definite description whose head noun is
a word for a state (``clauses.described_state_nouns``: country, nation; not "the kingdom" or
"the republic", which fit only some states, nor a bare "the island", in news as often a place of
a state named before), with no word before the noun but a neutral one
(``clauses.described_state_modifiers``: "the small nation", "the island nation") or a country's
own adjective ("the Turkish nation" is Turkey only), and no "of" phrase after it ("the nation of
Fiji" names its own), that its clause's verb acts on -- the direct or indirect object, or the
object of a preposition of ``clauses.described_state_preps`` on the verb or on the verb's
object noun ("sanctions against the country", "ties with the island nation") -- is a country
actor the story named before it, other than the subject of that clause (or the subject's own
country): the subject of the nearest clause before it in its sentence or the one before when
a country is, else the latest named. "The island nation" takes only a state that is an island
(``clauses.island_state_codes``) named in the last three sentences. A region ("the South
American nation") or a judgement ("the rogue nation") is left alone: nothing here checks it;
so is a plural ("the two countries"). With no such actor the description stays without a
party. The events stage names the rule in the event's rules (``events.args.described-state.v1``)
when the target was so found.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.record import Actor
from dateline.stages.actor_builder import ActorBuilder
from dateline.stages.actor_lexicon import code_description
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

DESCRIBED_STATE = "actors.description.described-state.v1"
DESCRIBED_STATE_ARG = "events.args.described-state.v1"

#: Where a description is the one its verb acts on.
DIRECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def described_state(phrase: Span, builder: ActorBuilder) -> Actor | None:
    """The country a description of a state in an argument position refers to, or None."""
    root = phrase.root
    if root.lemma_.lower() not in words("described_state_nouns") \
            and root.lower_ not in words("described_state_nouns"):
        return None
    if any(t.dep_ == "prep" for t in root.rights) or phrase.end - 1 != root.i:
        return None  # "the nation of Fiji", "the country's ...": a phrase of its own
    if root.tag_ not in {"NN", "NNP"}:
        return None  # "the two countries", "the African nations": not one state named before
    modifiers = [t for t in phrase[1:-1] if t.text not in {",", "-"}]
    named = code_description(" ".join(t.text for t in modifiers)).country if modifiers else None
    if any(t.lower_ not in words("described_state_modifiers") for t in modifiers) \
            and (named is None or len(modifiers) > 1):
        return None  # "the South American nation", "the rogue nation": a kind we cannot check
    verb = _acting_verb(root)
    if verb is None:
        return None
    island = root.lemma_.lower() in words("island_state_nouns") or any(
        t.lower_ in words("island_state_nouns") for t in modifiers)
    if island and root.head.dep_ == "prep" and root.head.lower_ in words("island_place_preps"):
        return None  # "a meeting on the island nation": where, not whom
    barred = _subject_actors(verb, builder)
    barred_codes = {builder.actor(i).country for i in barred}
    fits = [a for a in _earlier_countries(builder, phrase.start)
            if a.id not in barred and a.country not in barred_codes
            and (named is None or a.country == named)]
    if island:  # an island state named in the last few sentences, else a place of its own
        fits = [a for a in fits if a.country in words("island_state_codes")
                and _named_since(a, _sentences_back(phrase.start, builder, ISLAND_REACH),
                                 phrase.start, builder)]
    if not fits:
        return None
    return _salient(fits, phrase.start, builder) or fits[0]


#: How many sentences back an island state may be named for "the island nation" to be it.
ISLAND_REACH = 3


def _sentences_back(position: int, builder: ActorBuilder, count: int) -> int:
    start = builder.doc[position].sent.start
    for _ in range(count):
        if start == 0:
            break
        start = builder.doc[start - 1].sent.start
    return start


def _named_since(actor: Actor, start: int, position: int, builder: ActorBuilder) -> bool:
    return any(m.actor_id == actor.id and start <= m.start < position for m in builder.mentions)


def _salient(fits: list[Actor], position: int, builder: ActorBuilder) -> Actor | None:
    """Of the countries that fit, the one that is the subject of the nearest clause before the
    description, in its sentence or the one before ("North Korea fired a missile over Japanese
    territory ... pressing for the nation to return": North Korea, not the Japan named last)."""
    doc = builder.doc
    start = doc[position].sent.start
    window = doc[start - 1].sent.start if start else 0
    ids = {a.id for a in fits}
    for mention in sorted(builder.mentions, key=lambda m: -m.start):
        if mention.actor_id in ids and window <= mention.start < position and any(
                t.dep_ in SUBJECTS for t in doc[mention.start:mention.end]):
            return builder.actor(mention.actor_id)
    return None


def _acting_verb(root: Token) -> Token | None:
    """The verb that acts on the description: its head for an object, the verb (or the object
    noun of the verb) the preposition hangs on for the object of a preposition of
    ``clauses.described_state_preps``."""
    if root.dep_ in DIRECT_DEPS:
        head = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in words("described_state_preps"):
        head = root.head.head
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in DIRECT_DEPS | {"nsubjpass", "pobj"}:
            head = head.head if head.dep_ != "pobj" else head.head.head
    else:
        return None
    return head if head.pos_ in {"VERB", "AUX"} else None


def _subject_actors(verb: Token, builder: ActorBuilder) -> set[str]:
    """The actors of the verb's subject, and of the subject of the verbs it is conjoined to or
    hangs on as an open clause ("decided to give the island")."""
    ids: set[str] = set()
    token: Token | None = verb
    while token is not None:
        for s in token.children:
            if s.dep_ in SUBJECTS or s.dep_ == "agent":
                span = range(s.left_edge.i, s.right_edge.i + 1)
                ids |= {m.actor_id for m in builder.mentions if m.start in span}
        token = token.head if token.dep_ in {"xcomp", "conj", "advcl", "relcl"} \
            and token.head.i != token.i else None
    return ids


def _earlier_countries(builder: ActorBuilder, position: int) -> list[Actor]:
    """Country actors mentioned before a token position, most recent first."""
    seen: list[str] = []
    for mention in sorted(builder.mentions, key=lambda m: -m.start):
        if mention.start < position and mention.actor_id not in seen:
            seen.append(mention.actor_id)
    return [a for a in (builder.actor(i) for i in seen) if a.kind == "country"]


def note_described_state(rules: list[str], target: list[str], token: Token,
                         state: DocState) -> None:
    """Name ``DESCRIBED_STATE_ARG`` in the event's rules when its target was found by
    ``DESCRIBED_STATE`` in the trigger's sentence."""
    if not target or DESCRIBED_STATE_ARG in rules:
        return
    sentence = token.sent
    if any(m.rule == DESCRIBED_STATE and m.actor_id in target
           and sentence.start <= m.start < sentence.end for m in state.mentions):
        rules.append(DESCRIBED_STATE_ARG)
