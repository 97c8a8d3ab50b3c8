"""A body or group named after "at" under a verb of throwing ("threw stones at police").

``actors.group.thrown-at.v1`` / ``events.args.thrown-at.v1`` (wave 64, ev64c): an unnamed
description after a preposition of place ("at the hospital") says where, not who, and no actor
is built for it (``actor_phrases.locative_object``). After a verb of throwing
(``clauses.thrown_at_verbs``), or after the thing it throws ("stones at police", where the
parser may hang "at" on the object), "at" (``clauses.thrown_at_preps``) names the one aimed at:
the police stoned by rioters were left out, and the act with no target, though the act's entry
reads its target there (``target_preps: [at]``). Here such a description is built as an actor,
and the act that takes it as its target says so in its rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import DocState
from dateline.stages.syntax import words

ACTOR_RULE = "actors.group.thrown-at.v1"
RULE = "events.args.thrown-at.v1"


def thrown_at(root: Token) -> bool:
    """The token is the object of "at" under a verb of throwing or under what it throws."""
    if root.dep_ != "pobj" or root.head.lower_ not in words("thrown_at_preps"):
        return False
    holder = root.head.head
    if holder.dep_ == "dobj" and holder.head.i != holder.i:
        holder = holder.head  # "threw stones at police": "at" on "stones"
    return holder.pos_ == "VERB" and holder.lemma_.lower() in words("thrown_at_verbs")


def thrown_at_target(token: Token, target: list[str], state: DocState) -> bool:
    """Whether a target of the act is named after "at" under it by a mention of this module
    (the actor may have been merged with another mention of the same body since)."""
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    aimed = [p for h in heads for c in h.children if c.dep_ == "prep"
             for p in c.children if thrown_at(p)]
    return any(m.actor_id in target and ACTOR_RULE in m.rule
               for p in aimed for m in state.mentions_at(p.i))
