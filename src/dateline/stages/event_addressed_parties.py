"""The party a request or a warning asks to act, named by any plural common noun (wave 53,
ev53a; issue 11: blind rounds found the target empty where the sentence names who is asked,
"warned its generals to step down", "called upon its recruits to report").

``events.args.addressed-party.v1``: when no earlier rule found a target, the object of a
request or warning verb whose object is whom it addresses (``clauses.addressed_object_verbs``:
not "request" or "seek", whose object is what is asked for: "request new guidelines to boost
investment") ("ordered the two occupants to surrender", "urged his African
counterparts to stop"), or the object of its "on"/"upon" phrase ("called on both sides to
halt"), is the target as a group actor when an active to-infinitive follows that phrase at
once: the one told to act is the party addressed. Only a plural common noun that is no
mention of an actor itself (a named one is found earlier), and never a word of an act ("urged
talks to resume") nor of ``clauses.addressed_thing_nouns`` (things that can "go on" or "stop":
"ordered flights to stop"); a passive infinitive ("ordered the files to be destroyed") makes
the object what is acted on, not the party asked.
``events.args.addressee-group.v2`` (``event_aims``) reads a short word list for the same
positions and runs first.

``events.args.urged-on-sides.v1`` (session 111; judged rounds 41-116: 12 of 13 "urged
restraint on all sides" left with no target were called wrong): a request for a conduct
(``clauses.urged_conduct_nouns``: restraint, calm) "on" all or both sides or parties addresses
those sides, as "called on all sides to" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_lexicon import match
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["ADDRESSED_PARTY", "URGED_ON_SIDES", "addressed_party"]

ADDRESSED_PARTY = "events.args.addressed-party.v1"
URGED_ON_SIDES = "events.args.urged-on-sides.v1"
#: The types whose object, told to act, is the party addressed.
ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN"})
#: "called on X to", "called upon X to".
ADDRESS_PREPS = frozenset({"on", "upon"})


def addressed_party(args: Args, token: Token, entry_type: str, state: DocState) -> bool:
    """Fill an empty target with the plural party told to act (events.args.addressed-party.v1).
    True when it did."""
    if args.target or entry_type not in ADDRESSED_TYPES or token.pos_ not in {"VERB", "AUX"}:
        return False
    head, rule = _addressed_head(token, state), ADDRESSED_PARTY
    if head is None and entry_type == "REQUEST":
        head, rule = _urged_on_sides(token), URGED_ON_SIDES
    if head is None:
        return False
    start, end = head.left_edge.i, head.i + 1
    while start < head.i and head.doc[start].dep_ in {"det", "poss", "predet"}:
        start += 1  # "his African counterparts": the party's name, not its determiner
    code = code_description(head.doc[start:end].text)
    country = code.country if len(code.countries) <= 1 else None
    group = group_actor(head.doc, state, (start, end), country, code.sector, rule)
    if group not in args.source:
        args.target = [group]
        args.rules.append(rule)
        return True
    return False


def _urged_on_sides(token: Token) -> Token | None:
    """"urged restraint on all sides", "called for calm on both sides": the sides."""
    conduct = words("urged_conduct_nouns")
    holders = [token] + [c for c in token.children if c.dep_ == "dobj"] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
        for p in c.children if p.dep_ == "pobj"]
    if not any(h.lemma_.lower() in conduct for h in holders[1:]):
        return None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ADDRESS_PREPS:
                continue
            for side in (p for p in prep.children if p.dep_ == "pobj"):
                if side.lemma_.lower() in words("urged_side_nouns") and any(
                        c.lower_ in words("urged_side_determiners") for c in side.children) \
                        and not any(c.dep_ == "prep" for c in side.children):  # "of the Strait"
                    return side
    return None


def _addressed_head(token: Token, state: DocState) -> Token | None:
    addressing = token.lemma_.lower() in words("addressed_object_verbs")
    heads = [c for c in token.children if c.dep_ == "dobj" and addressing] + [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
        for p in c.children if p.dep_ == "pobj"]
    acts = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
            and c.left_edge.lower_ == "to"
            and not any(g.dep_ in {"auxpass", "nsubjpass"} for g in c.children)]
    for head in heads:
        if not any(a.left_edge.i == head.right_edge.i + 1 for a in acts):
            continue
        if _party_noun(head, state):
            return head
    return None


def _party_noun(head: Token, state: DocState) -> bool:
    return (head.pos_ == "NOUN" and head.tag_ == "NNS" and not state.mentions_at(head.i)
            and match(head) is None
            and head.lemma_.lower() not in words("addressed_thing_nouns")
            and head.lower_ not in words("addressed_thing_nouns"))
