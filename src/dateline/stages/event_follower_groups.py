"""The followers a named party owns are a party of their own (session 113; issue 11).

"Police arrested dozens of Mursi's supporters", "Nano accused Meta's allies of ...": the target
search took the possessor (Mursi, Meta) as the owner of the thing acted on, as it rightly does for
"raided the British Council's office". Followers are no thing: the act lands on them, not on the
leader they follow. Judged rounds 108-126 marked the leader wrong as the target four times
("Rifaat's supporters", "Meta's allies", "Hefazat leaders' supporters", "Mursi for his
supporters").

``events.args.follower-group.v1``: an object (or passive subject) whose head is a follower noun
(``clauses.followed_party_nouns``; not the advisers, lawyers or kin wave 88 also reads for
doers) with a named possessor, no name beside it and no actor of its own, is a group actor of
the possessor's country, named by the possessor's words and the noun ("Mursi's supporters").
The possessor is never the target through it (``event_target_search._owner_targets``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_lexicon import object_heads, through_quantity
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

FOLLOWER_GROUP = "events.args.follower-group.v1"


def follower_head(head: Token) -> bool:
    """The head is a follower noun with a possessor that is not a pronoun ("Mursi's
    supporters"; "his supporters" is the possessor-group rules'), and no name beside it ("the
    group's backer Iran" is Iran)."""
    followers = words("followed_party_nouns")
    return (head.lemma_.lower() in followers or head.lower_ in followers) and any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children) and not any(
        c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in head.children)


def follower_targets(token: Token, state: DocState) -> list[str]:
    """Group actors for the followers the verb acts on (see the module note)."""
    found: list[str] = []
    for head in (through_quantity(h) for h in object_heads(token)):
        if not follower_head(head) or state.mentions_at(head.i):
            continue
        owners = actors_of([c for c in head.children if c.dep_ == "poss"], state)
        if not owners:
            continue
        countries = actor_countries(owners, state)
        country = next(iter(countries)) if len(countries) == 1 else None
        start = min(c.left_edge.i for c in head.children if c.dep_ == "poss")
        found.append(group_actor(token.doc, state, (start, head.i + 1), country, None,
                                 FOLLOWER_GROUP))
    return found
