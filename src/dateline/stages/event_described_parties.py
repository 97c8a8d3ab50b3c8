"""Wave 43 (ev43b): an actor named only inside a clause that describes another party is no
target (``events.args.describing-clause.v1``).

"Police arrested ten activists accused of spying on the U.S. military", "protested against
rules imposed by Adly Mansour, who was appointed to replace Mohammed Morsi", "launched attacks
on Boko Haram, which holds much of Nigeria's north": the relative or participle clause on a
party's noun says who that party is or what it did; the actors it names are not acted upon by
the event (judged rounds 21-26: the military, Morsi and Nigeria were wrong targets). A clause
that holds the trigger is the event's own and is left alone; so is a clause on a thing that is
no party ("a deal that would move goods to Mexico", ``events.args.reported-content.v1``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of

DESCRIBING_CLAUSE = "events.args.describing-clause.v1"
#: A relative clause ("who was appointed ...") and a participle or infinitive clause on a noun
#: ("accused of spying on ...").
DESCRIBING_DEPS = frozenset({"relcl", "acl"})


def drop_described_parties(args: Args, token: Token, state: DocState) -> None:
    """Drop the targets whose every mention in the trigger's sentence is inside a describing
    clause of another party's noun; the source and the other targets stay."""
    if not args.target:
        return
    parties = set(args.source) | set(args.target)
    kept = [a for a in args.target if not _only_described(a, parties - {a}, token, state)]
    if kept != args.target:
        args.target = kept
        args.rules.append(DESCRIBING_CLAUSE)


def _only_described(actor_id: str, anchors: set[str], token: Token, state: DocState) -> bool:
    heads = [t for t in sentence_of(token)
             if any(m.actor_id == actor_id for m in state.mentions_at(t.i))]
    return bool(heads) and all(_inside_description(t, anchors, token, state) for t in heads)


def _inside_description(word: Token, anchors: set[str], token: Token, state: DocState) -> bool:
    """Whether ``word`` is under a relative or participle clause on an anchor party's noun, a
    clause that does not hold the trigger."""
    for clause in word.ancestors:
        if clause.i == token.i:
            return False  # the trigger's own phrase is reached first: a party of the event
        if clause.dep_ in DESCRIBING_DEPS and not _holds(clause, token) and any(
                m.actor_id in anchors for m in state.mentions_at(clause.head.i)):
            return True
    return False


def _holds(clause: Token, token: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i
