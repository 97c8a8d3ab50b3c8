"""Argument rules of the events stage that say who is no party to an event.

An actor named in an object phrase is not always acted upon: it may be excepted, the topic of a
discussion, the scene, what a report says, or the modifier of a currency. These rules take such
actors out of what ``events`` searches for targets (``participant_tokens``) or out of the
targets found; they are apart from ``event_args``, whose rules find arguments. Each has a
versioned name that the event carries after its trigger rule:

- ``events.args.currency-modifier.v1``: "a crush from the U.S. dollar" names no target;
- ``events.args.excluded.v1``: "invited every neighbour except Ruritania": an actor named after
  "except", "excluding", "other than" is not a target;
- ``events.args.topic-not-party.v1``: "sent a delegation to Costa Rica to discuss the crisis in
  Nicaragua": an actor named only inside what is discussed (the object of a verb of discussion,
  ``clauses.discussion_verbs``, that names no actor itself) is no party: the target is found
  elsewhere, or there is none;
- ``events.args.discussed-topic.v1`` (session 120): "the leaders also discussed North Korea":
  the actors of the direct object of a verb of discussion (``clauses.discussed_topic_verbs``)
  are what is talked about, not parties (judged rounds 65-172: 14 such targets wrong, 6
  accepted); a "with" phrase on the object names a partner ("discussed the issue with Putin"),
  unless the object is a relation ("relations with Turkey", ``clauses.discussed_relations``);
- ``events.args.reported-content.v1``: "rejected media reports that ...", "asked retailers not
  to sell the goods of Myanmar": actors inside a clause of the object noun are no party (an
  accusation or threat keeps them: it is about the clause's subject).
- ``events.args.setting-not-party.v1``: "signed the agreement in Paris": the place or time of
  the object is no party, except where force is used (``participant_tokens``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.event_arg_actors import Args, actors_named_at
from dateline.stages.event_domestic import FORCE_AT_PLACE_TYPES
from dateline.stages.event_lexicon import through_quantity
from dateline.stages.event_targets import relative_people_words
from dateline.stages.place_targets import place_target
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

TOPIC_TYPES = {"CONSULT"}
#: The rule that takes a discussed topic's actors out of the targets; the event stays, with no
#: target when the topic was all it had ("EU leaders are due to discuss relations with Turkey").
DISCUSSED_TOPIC = "events.args.discussed-topic.v1"


def participant_tokens(phrase: Token, entry_type: str, state: DocState) -> list[Token]:
    """The tokens of an object or complement phrase that may name a party to the event: none of
    a discussed topic ("to discuss the crisis in Nicaragua", events.args.topic-not-party.v1).
    The owner of a thing acted on stays a party ("shelled a Russian-owned depot")."""
    skipped = {t.i for c in phrase.subtree if _topic(c, entry_type, state)
               for p in c.children if p.dep_ == "prep" for t in p.subtree}
    # "signed the agreement in Paris": where the object is, not a party
    # (events.args.setting-not-party.v1); but force acts on whoever holds the place where it is
    # used ("stepped up its patrols in Andorra", "shelled a depot in Kharkiv")
    if entry_type not in FORCE_AT_PLACE_TYPES:
        skipped |= {t.i for p in phrase.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS
                    for o in p.children if o.dep_ == "pobj" for t in _noun_words(o)}
    skipped |= clause_words(phrase, entry_type)
    skipped |= relative_people_words(phrase)  # "killed people who crossed the border with X"
    return [t for t in phrase.subtree if t.i not in skipped]


def _noun_words(noun: Token) -> list[Token]:
    """A noun, its name words and conjuncts ("Paris", "New York and Geneva"), not its phrases."""
    found = [noun]
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "det", "nmod", "poss"}:
            found += list(child.subtree)
        elif child.dep_ == "conj":
            found += _noun_words(child)
    return found


#: Prepositions of an object phrase that say where or when it is, or who tells of it ("signed
#: the agreement in Paris", "according to the Associated Press"): the noun they name is no
#: party (a phrase hanging on that noun may still name one).
SCENE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "near", "amid", "during",
                         "according"})


def _topic(token: Token, entry_type: str, state: DocState) -> bool:
    """The object of a verb of discussion that names no actor itself: what is talked about;
    the places and actors of its prepositional phrases ("the crisis in Nicaragua") are the
    topic's, not parties."""
    return (entry_type in TOPIC_TYPES and token.dep_ == "dobj"
            and token.head.lemma_.lower() in words("discussion_verbs")
            and not state.mentions_at(through_quantity(token).i))


def drop_excluded(args: Args, token: Token, state: DocState) -> None:
    """"invited every neighbour to talks except Ruritania": the excepted are not targets."""
    exclusion = words("exclusion_preps")  # looked up once, not per word of the sentence
    excepted = [t for p in sentence_of(token) if p.dep_ == "prep"
                and p.lower_ in exclusion for t in p.subtree]
    if not excepted:
        return
    named = set(actors_named_at(excepted, state))
    named |= {a for t in excepted if not state.mentions_at(t.i)
              and (a := place_target(t, state)) is not None}
    kept = [a for a in args.target if a not in named]
    if kept != args.target:
        args.target = kept
        args.rules.append("events.args.excluded.v1")


def drop_discussed_topics(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"The two leaders also discussed North Korea": no North Korea target (module docstring,
    ``events.args.discussed-topic.v1``)."""
    if entry_type not in TOPIC_TYPES or not args.target \
            or token.lemma_.lower() not in words("discussed_topic_verbs"):
        return
    topic = [t for c in token.children if c.dep_ == "dobj" for t in _topic_words(c)]
    named = set(actors_named_at(topic, state))
    kept = [a for a in args.target if a not in named]
    if kept != args.target:
        args.target = kept
        args.rules.append(DISCUSSED_TOPIC)


#: What of a discussed object is its topic: the noun's own words, its phrases and conjuncts, not
#: the clauses on it ("proposals made by Macron": Macron made them and is a party to the talks).
TOPIC_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "conj", "appos", "prep"})


def _topic_words(noun: Token) -> list[Token]:
    relation = noun.lemma_.lower() in words("discussed_relations")
    found = [noun]
    for child in noun.children:
        if child.dep_ not in TOPIC_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ in {"with", "between"} and not relation:
            continue  # "discussed the crisis with Putin": a partner
        found += list(child.subtree)
    return found


def drop_currency_modifiers(args: Args, token: Token, state: DocState) -> None:
    """"a financial crush from the U.S. dollar": an actor named only as the modifier of a
    currency or traded thing is no party to the event (events.args.currency-modifier.v1)."""
    if not args.target:
        return
    sentence = sentence_of(token)  # the doc's sentences, listed once per doc
    kept = [a for a in args.target if not _only_currency_modifier(a, sentence, state)]
    if kept != args.target:
        args.target = kept
        args.rules.append("events.args.currency-modifier.v1")


def _only_currency_modifier(actor_id: str, sentence: Span, state: DocState) -> bool:
    heads = [sentence.doc[m.start : m.end].root for i in range(sentence.start, sentence.end)
             for m in state.mentions_at(i) if m.actor_id == actor_id and m.start == i]
    return bool(heads) and all(h.dep_ in {"compound", "amod", "nmod", "poss"}
                               and h.head.lower_ in words("currency_nouns") for h in heads)


#: Types whose target is who the content is about: "voiced concerns that the EU won't agree",
#: "found evidence that the Cook Islands has engaged in unfair trade" accuse the clause's subject.
CONTENT_TARGET_TYPES = frozenset({"ACCUSE", "THREATEN"})
#: Clause dependencies inside an object phrase whose actors are the clause's, not the outer act's.
INNER_CLAUSES = frozenset({"ccomp", "acl"})


def clause_words(phrase: Token, entry_type: str) -> set[int]:
    """Tokens of the clauses inside a noun phrase that say what it reports or asks ("rejected
    media reports that a committee had ordered ...", "asked retailers not to sell the goods of
    Myanmar"): a "that" clause or a clause with its own subject, and a request's infinitive;
    not for an accusation or threat, which is about the clause's subject.
    A relative clause describes the thing ("a deal that would move goods to Mexico") and a bare
    participle qualifies it ("sanctions imposed on Venezuela"): both stay part of the phrase
    (events.args.reported-content.v1)."""
    found: set[int] = set()
    if phrase.pos_ not in {"NOUN", "PROPN", "PRON"} or entry_type in CONTENT_TARGET_TYPES:
        return found  # a control clause's own clauses stay as they were read
    for token in phrase.subtree:
        if token.i == phrase.i or token.dep_ not in INNER_CLAUSES or token.i in found \
                or token.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue  # a clause of a noun: what a report says, what people are asked to do
        if token.dep_ == "acl" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark"} or (
                    c.dep_ == "aux" and entry_type == "REQUEST") for c in token.children):
            continue  # "a deal to supply gas to Germany" keeps Germany; "asked retailers
            # not to sell ..." (an addressee's infinitive, misparsed as a relative) does not
        found |= {t.i for t in token.subtree}
    return found
