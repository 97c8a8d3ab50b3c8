"""The European Union's seat acting in a clause is the Union (issue 11, wave 104).

``actors.organization.union-seat.v1``: "Bulgaria has long been criticised by Brussels", "Brussels
wants Ankara to ...": a name of ``actor_rules.union_seat_names`` that is a clause's subject, the
agent of a passive or a possessor ("Brussels's demands") stands for the European Union, as
"Washington" stands for the United States government; where it only locates ("talks in
Brussels", "arrested in Brussels") it stays Belgium's capital. Judged rounds 77-78 found it coded
Belgium's government where the Union acted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.stages.actor_lexicon import lexicon, rule_words

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder

__all__ = ["UNION_SEAT_RULE", "union_seats"]

UNION_SEAT_RULE = "actors.organization.union-seat.v1"
#: The lexicon organisation a seat stands for.
UNION = "European Union"


def union_seats(builder: ActorBuilder) -> None:
    """Move the acting mentions of the Union's seat to the European Union actor."""
    seats = rule_words("union_seat_names")
    acting = [m for m in builder.mentions
              if builder.doc[m.start:m.end].text.removeprefix("the ").lower() in seats
              and _acts(builder.doc[m.start:m.end].root)]
    union = lexicon().organizations.get(UNION)
    if not acting or union is None:
        return
    actor = builder.organization_actor(union)
    for mention in acting:
        mention.actor_id, mention.rule = actor.id, UNION_SEAT_RULE


def _acts(root: Token) -> bool:
    """The subject of a clause, the agent of a passive ("by Brussels") or a possessor."""
    if root.dep_ in {"nsubj", "poss"}:
        return True
    head = root.head
    return root.dep_ == "pobj" and head.dep_ == "agent"
