"""The party congratulated or appealed to, named by a relation or a count of states (wave 84,
ev84d; issue 11).

Blind judges (rounds 41-51) found the target of a SUPPORT or a REQUEST empty in "congratulated
his rival", "congratulated his successor", "was quick to congratulate the winner", "congratulated
both countries", "congratulated the three countries", "appealed to both countries to halt": the
sentence names the party by a description, a coder's target by the conventions, but no actor
stands for it and no word list read the noun as a party.

``events.args.greeted-party.v1``: when no earlier rule found a target, the direct object of a
verb of ``clauses.greeting_verbs`` (or the object of the "to" phrase of a verb of
``clauses.appeal_verbs``) is the target, as a group actor, when its head is

- a noun of ``clauses.relational_party_nouns`` (a person known by his place in a contest or an
  office: "his rival", "the winner"); with a possessive pronoun ("his rival", "her successor")
  the party holds or seeks the same office as the one it belongs to, the source, and takes the
  source's country when the source has just one; else the country its words give, or none;
- a plural of ``clauses.state_set_nouns`` counted by "both" or a number ("both countries",
  "the three countries"): several states at once, no country of its own.

Never a phrase that holds an actor (a named party is the other rules'), never the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, actor_countries, set_group_target
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["GREETED_PARTY", "greeted_party"]

GREETED_PARTY = "events.args.greeted-party.v1"
#: The types a congratulation or an appeal is coded as.
GREETED_TYPES = frozenset({"SUPPORT", "REQUEST"})
#: Dependencies of a possessive pronoun on its noun ("his rival").
POSSESSIVE_DEPS = frozenset({"poss"})


def greeted_party(args: Args, token: Token, entry_type: str, state: DocState) -> bool:
    """Fill an empty target with the described party congratulated or appealed to; True if
    filled (events.args.greeted-party.v1)."""
    if args.target or entry_type not in GREETED_TYPES or token.pos_ != "VERB":
        return False
    head = next((h for h in _greeted_heads(token) if not _holds_actor(h, state)
                 and (_relational(h) or _state_set(h))), None)
    if head is None:
        return False
    start, end = head.left_edge.i, head.i + 1
    while start < head.i and head.doc[start].dep_ in {"det", "poss", "predet"}:
        start += 1  # "his rival": the party's name, not its determiner
    country = _country(head, args, state)
    group = group_actor(head.doc, state, (start, end), country, None, GREETED_PARTY)
    return set_group_target(args, group, GREETED_PARTY)


def _greeted_heads(token: Token) -> list[Token]:
    """The verb's direct object for a greeting verb, the object of "to" for an appeal verb."""
    lemma = token.lemma_.lower()
    if lemma in words("greeting_verbs"):
        return [c for c in token.children if c.dep_ == "dobj"]
    if lemma in words("appeal_verbs"):
        return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
    return []


def _holds_actor(head: Token, state: DocState) -> bool:
    """An actor in the phrase, short of a possessive pronoun ("his" of "his rival" is the
    possessor, not the party)."""
    return any(state.mentions_at(t.i) for t in head.subtree if not _possessive_pronoun(t))


def _possessive_pronoun(token: Token) -> bool:
    return token.dep_ in POSSESSIVE_DEPS and token.tag_ == "PRP$"


def _relational(head: Token) -> bool:
    """"his rival", "the winner": a person known by his place in a contest or an office."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in words("relational_party_nouns")


def _state_set(head: Token) -> bool:
    """"both countries", "the three countries": a counted plural of states."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" \
            or head.lemma_.lower() not in words("state_set_nouns"):
        return False
    return any(c.lower_ in words("state_set_count_words") or (c.dep_ == "nummod" and c.like_num)
               for c in head.children)


def _country(head: Token, args: Args, state: DocState) -> str | None:
    """The source's one country for "his rival", else what the words give; none for a set."""
    if _state_set(head):
        return None
    owned = any(_possessive_pronoun(c) for c in head.children)
    countries = actor_countries(args.source, state)
    if owned and len(countries) == 1:
        return next(iter(countries))
    code = code_description(head.text)
    return code.country if len(code.countries) <= 1 else None
