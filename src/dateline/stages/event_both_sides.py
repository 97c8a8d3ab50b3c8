""""Both sides" told to act or blamed, resolved to the two parties the sentence names (wave 71,
ev71a; issue 11: blind rounds judged an empty or bare 'sides' target wrong where the sentence
names the pair, "called on both sides to stop shooting, and officials have been in contact
with Yerevan and Baku").

``events.args.both-sides-pair.v1``: when no earlier rule found a target, a saying-act
(REQUEST, ACCUSE, THREATEN, SUPPORT, REJECT) whose object, or the object of its "on"/"upon"
phrase, is a pair noun (``clauses.pair_party_nouns``: sides, camps, countries ...) counted as
two ("both sides", "the two countries") takes as its target the two parties of the one
coordinated pair of the same sentence ("X and Y") whose members are actors of two different
countries, neither of them the act's source; with no such pair there, the one pair of the
previous sentence ("Fighting broke out between X and Y. The UN urged both sides to ...").
A pair set in a place phrase ("the wars in Syria and Yemen") is no pair of parties, nor is a
list of three or more; a sentence with two such pairs leaves the target as it was (no guess).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["BOTH_SIDES_PAIR", "both_sides_pair"]

BOTH_SIDES_PAIR = "events.args.both-sides-pair.v1"
PAIR_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "REJECT"})
ADDRESS_PREPS = frozenset({"on", "upon"})


def both_sides_pair(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Fill an empty target with the two parties "both sides" stands for."""
    if args.target or entry_type not in PAIR_TYPES or token.pos_ not in {"VERB", "AUX"}:
        return
    if not any(_counted_pair(noun) for noun in _objects(token)):
        return
    pairs = _pairs(token.sent, state, args.source)
    if not pairs and token.sent.start > 0:  # "Fighting broke out between X and Y. ... both sides"
        pairs = _pairs(token.doc[token.sent.start - 1].sent, state, args.source)
    if len(pairs) != 1:
        return
    args.target = pairs[0]
    args.rules.append(BOTH_SIDES_PAIR)


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "dobj"] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
        for p in c.children if p.dep_ == "pobj"]


def _counted_pair(noun: Token) -> bool:
    """"both sides", "the two countries"."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in words("pair_party_nouns"):
        return False
    kids = [c.lower_ for c in noun.children if c.dep_ in {"det", "predet", "nummod", "preconj"}]
    return "both" in kids or ("two" in kids and "the" in kids)


def _pairs(sent: Span, state: DocState, source: list[str]) -> list[list[str]]:
    """The coordinated pairs "X and Y" of a sentence whose two members are actors of two
    different countries, neither the source."""
    found: list[list[str]] = []
    for head in sent:
        conjs = [c for c in head.children if c.dep_ == "conj"]
        if head.dep_ == "conj" or len(conjs) != 1 or any(
                c.dep_ == "conj" for c in conjs[0].children):
            continue  # a list of three or more is no pair
        if head.dep_ == "pobj" and head.head.lower_ in words("pair_place_preps"):
            continue  # "the wars in Syria and Yemen": places, not parties
        first, second = _actor(head, state), _actor(conjs[0], state)
        if first is None or second is None or first == second:
            continue
        countries = actor_countries([first], state), actor_countries([second], state)
        if not countries[0] or not countries[1] or countries[0] == countries[1]:
            continue
        if first in source or second in source:
            continue
        found.append([first, second])
    return found


def _actor(noun: Token, state: DocState) -> str | None:
    ids = {m.actor_id for m in state.mentions_at(noun.i)}
    return ids.pop() if len(ids) == 1 else None
