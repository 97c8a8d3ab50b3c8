"""A country named only by its adjective on a place it once held or on a topic is no party
(issue 11, wave 62, ev62a).

The argument search takes any country mention inside the phrase it reads as a source or a
target, so "restored relations with the former Portuguese colony" made Portugal the party, and
"a meeting on the Somali issue" made Somalia the one asked (round 37-38 judges: targets that are
no party). Where every mention of a country actor in the event's sentence is an adjective or a
compound on

- a place noun with "former" before it, the country named by an adjective
  (``clauses.former_holder_nouns``, ``former_words``: "the former French colony of Guadeloupe",
  "a former Soviet republic"), the country is who once held the place, not a party to the act
  (``events.args.former-holder.v1``);
- a noun of a matter talked about (``clauses.topic_modifier_nouns``: "the Somali issue", "the
  Syrian conflict"), the country is the topic (``events.args.topic-modifier-state.v1``);

and it is dropped from the source and the target: no party rather than a wrong one.

Kept: a country also named in the sentence another way ("Portugal ... the former Portuguese
colony"); an adjective on a party or on an act ("a Chinese demand", "the Russian proposal",
"Japanese territory": the owner); a colony with no "former" ("the French territory of Mayotte":
its holder).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = ["FORMER_HOLDER_RULE", "TOPIC_STATE_RULE", "drop_modifier_states"]

FORMER_HOLDER_RULE = "events.args.former-holder.v1"
TOPIC_STATE_RULE = "events.args.topic-modifier-state.v1"
#: How an adjective or a name hangs on the noun it describes.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def drop_modifier_states(args: Args, token: Token, state: DocState) -> None:
    """Drop the countries that the trigger's sentence names only as the former holder of a
    place or as a topic (module docstring)."""
    found: dict[str, str] = {}
    for actor_id in dict.fromkeys([*args.source, *args.target]):
        rule = _modifier_only(actor_id, token, state)
        if rule:
            found[actor_id] = rule
    if not found:
        return
    args.source = [a for a in args.source if a not in found]
    args.target = [a for a in args.target if a not in found]
    args.rules.extend(dict.fromkeys(found.values()))


def _modifier_only(actor_id: str, token: Token, state: DocState) -> str | None:
    actor = state.actor(actor_id)
    if actor is None or actor.kind != "country":
        return None
    sent = sentence_of(token)
    spans = [m for m in state.mentions
             if m.actor_id == actor_id and sent.start <= m.start < sent.end]
    rules = {_modifier_rule(token.doc[m.start : m.end].root) for m in spans}
    if not spans or None in rules or len(rules) != 1:
        return None
    return rules.pop()


def _modifier_rule(word: Token) -> str | None:
    """The rule by which the mention headed by ``word`` is only a former holder's or a topic's
    adjective, else None."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "the Israeli and Palestinian question"
    if word.dep_ not in MODIFIER_DEPS or word.head.i == word.i:
        return None
    noun = word.head
    if noun.dep_ in MODIFIER_DEPS and noun.pos_ in {"ADJ", "PROPN"} and noun.head.i != noun.i:
        noun = noun.head  # "the Israeli-Palestinian conflict": both adjectives are the topic's
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in words("topic_modifier_nouns") and any(c.dep_ == "det" for c in noun.children):
        return TOPIC_STATE_RULE  # a determiner: "the Somali issue", not "that PNG issue a ..."
    # an adjective names the holder; a name ("the former Kosovo province") is the place itself
    if word.pos_ == "ADJ" and lemma in words("former_holder_nouns") and any(
            c.lower_.strip("-") in words("former_words") and c.i < word.i
            for c in noun.children if c.dep_ in {"amod", "advmod", "compound"}):
        return FORMER_HOLDER_RULE
    return None
