"""A target phrase on a conjoined object of force (wave 71, ev71b).

Blind rounds 41-42 found force with no target where the sentence names who it was used on:
"used tear gas, water cannon and live rounds against demonstrators" hangs the "against" phrase
on the last of the conjoined objects, not on the verb or its first object, and no finder read
it. For the types of ``clauses.conjoined_object_types``, the conjuncts of the trigger's objects
are read as holders of the "against"/"on" target position and of the trigger's own target
preposition (``event_domestic``), and an unnamed party found there is the target
(events.args.conjoined-object-party.v1).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import conjuncts
from dateline.stages.syntax import words

CONJOINED_OBJECT_PARTY = "events.args.conjoined-object-party.v1"


def conjoined_object_holders(token: Token) -> list[Token]:
    """The conjuncts of the trigger's objects ("tear gas, water cannon and live rounds"), on
    which a target phrase may hang, for the types of ``clauses.conjoined_object_types``."""
    from dateline.stages.event_lexicon import match  # a cycle at import time otherwise

    if token.pos_ != "VERB":
        return []
    entry = match(token)
    if entry is None or entry.type not in words("conjoined_object_types"):
        return []
    return [n for c in token.children if c.dep_ == "dobj" for n in conjuncts(c)]
