"""A capital that only says where an act happened is no party to it (issue 11, wave 61, ev61c).

The actors stage reads a capital as its government ("Moscow said", "talks with Washington").
Where the capital is the object of a preposition of location that hangs from a verb or an event
noun ("carry out an attack in Cairo", "met the mayor in Minsk", "the detention of an Afghan
in Tashkent"), and that verb or noun is the trigger or in its phrase, it names where the act took
place, and the argument search still took the government as a party: a source or a target
(``events.args.venue-capital.v1``; round 38 judges: a Belgian, Russian or French government
made from a city where something happened).

Kept: a capital that is also named as a party elsewhere in the sentence ("Moscow said ... in
Moscow"); arrivals and visits ("arrived in Buenos Aires": a visit to the capital is a
CONSULT with its government by convention, verbs ``clauses.venue_travel_verbs``); protests
(a crowd protest at home may take the state of its country as target, CONVENTIONS); a
possessive ("in Moscow's view"); the seat of a party ("the islands' government in Paris", "the
offices of the congress in Tripoli"); a place that says whose a party is ("commandos deployed in
Panama City"); power taken there ("seizing power in Sanaa", objects
``clauses.venue_seat_objects``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import lexicon
from dateline.stages.actor_locations import location_preps
from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = ["VENUE_CAPITAL_RULE", "drop_venue_capitals"]

VENUE_CAPITAL_RULE = "events.args.venue-capital.v1"
#: Event types whose place may be a party by convention (a crowd protest at home).
KEPT_TYPES = frozenset({"PROTEST"})


def drop_venue_capitals(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Drop the sources and targets that are governments named in the trigger's sentence only
    by a capital where the act happened (module docstring)."""
    if event_type in KEPT_TYPES or not (args.source or args.target):
        return
    dropped = {a for a in set(args.source) | set(args.target) if _venue_only(a, token, state)}
    if not dropped:
        return
    args.source = [a for a in args.source if a not in dropped]
    args.target = [a for a in args.target if a not in dropped]
    args.rules.append(VENUE_CAPITAL_RULE)


def _venue_only(actor_id: str, token: Token, state: DocState) -> bool:
    actor = state.actor(actor_id)
    if actor is None or actor.kind != "organization":
        return False
    sent = sentence_of(token)
    spans = [m for m in state.mentions
             if m.actor_id == actor_id and sent.start <= m.start < sent.end]
    return bool(spans) and all(_venue_mention(m.start, m.end, m.rule, token, state) for m in spans)


def _venue_mention(start: int, end: int, rule: str, token: Token, state: DocState) -> bool:
    doc = token.doc
    span = doc[start:end]
    text = span.text.removeprefix("the ")
    lex = lexicon()
    if not rule.startswith("actors.organization.") or not (
            text in lex.capitals or text in lex.seats):
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        return False  # "in Moscow's view": the government's
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in Paris and Berlin"
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in location_preps():
        return False
    host = prep.head
    if host.pos_ not in {"VERB", "NOUN", "AUX"}:
        return False
    if host.pos_ in {"VERB", "AUX"} and host.lemma_.lower() in words("venue_travel_verbs"):
        return False  # "arrived in Buenos Aires": a visit to its government
    if host.i != token.i and not _under(host, token) and not _under(token, host):
        return False  # the phrase is another clause's: left to the other rules
    if host.dep_ in {"acl", "relcl"} and state.mentions_at(host.head.i):
        return False  # "commandos deployed in Panama City": it says whose the party is
    if any(c.dep_ == "dobj" and c.lemma_.lower() in words("venue_seat_objects")
           for c in token.children):
        return False  # "seizing power in Sanaa": the government there is taken over
    return not (host.pos_ == "NOUN" and _held(host, state))


def _held(noun: Token, state: DocState) -> bool:
    """"the islands' government in Paris", "the offices of the congress in Tripoli": a noun
    that is a party, or a party's (its "of" phrase or its possessor names one), may sit in
    its capital as its seat."""
    if state.mentions_at(noun.i):
        return True
    for child in noun.children:
        if child.dep_ == "poss" and state.mentions_at(child.i):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                state.mentions_at(g.i) for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def _under(word: Token, head: Token) -> bool:
    return any(a.i == head.i for a in word.ancestors)
