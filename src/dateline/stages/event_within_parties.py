"""Wave 45 (ev45c): actors the last-resort target search finds deep in a phrase that are no party.

Judged rounds 21-27: half of the wrong targets named a wrong party; in a disc sample many came
from ``event_target_search._actors_within``, which takes the first actor of another country
anywhere in the object or complement phrase. One shape the parse decides:

- ``events.args.relative-clause-party.v1``: "vowed to block the law which gives autonomy to an
  Albanian region", "rejected a proposal it said violated the rights of Moroccans": an actor
  named only inside a relative clause of the phrase is a party of what that clause tells, not of
  the trigger's act. No target rather than a wrong one.

A second rule, for AGREE, dropped a country modifying a thing ("a referendum on Britain's EU
membership"); it was removed before landing: judged 0 : 1 in pairs45, and it took the Security
Council from "draft Security Council resolution" in the thread test set, which lost two steps.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from dateline.stages.event_targets import says_who_they_are
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

__all__ = [
    "RELATIVE_CLAUSE_PARTY",
    "WITHIN_DROPS",
    "drop_described_within",
    "dropped_within",
]

RELATIVE_CLAUSE_PARTY = "events.args.relative-clause-party.v1"
#: Rules after which no fallback (the source's own country) takes the dropped party's place.
WITHIN_DROPS = frozenset({RELATIVE_CLAUSE_PARTY})


class Args(Protocol):
    target: list[str]
    rules: list[str]


def drop_described_within(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Drops the targets the last-resort search found that are named, in the trigger's
    sentence, only inside a relative clause of its phrase."""
    dropped = [a for a in args.target if _all_heads(a, token, state, _in_relative_clause)]
    if dropped:
        args.target = [a for a in args.target if a not in dropped]
        args.rules.append(RELATIVE_CLAUSE_PARTY)


def _all_heads(actor_id: str, token: Token, state: DocState, test: _Test) -> bool:
    sent = sentence_of(token)
    heads = [token.doc[m.start : m.end].root for i in range(sent.start, sent.end)
             for m in state.mentions_at(i) if m.actor_id == actor_id and m.start == i]
    return bool(heads) and all(test(h, token, state) for h in heads)


def dropped_within(rules: list[str]) -> bool:
    """The event stands without a target when these rules removed its candidates: the main
    phrase names no party acted on ("would reject any clause that ties the treaty to a
    mission, which Azerbaijan described as interference"), so no target is the right field,
    and the act itself is still told (no target rather than no event)."""
    return bool(WITHIN_DROPS & set(rules))


class _Test(Protocol):
    def __call__(self, head: Token, token: Token, state: DocState) -> bool: ...


def _in_relative_clause(head: Token, token: Token, state: DocState) -> bool:
    """True when ``head`` hangs on the trigger through a relative clause below it, unless it
    is the author of the trigger's own object ("accepted the conditions Washington had set":
    Washington's conditions, so Washington is the party)."""
    if _author_of_object(head, token):
        return False
    relative = False
    current = head
    while current.head.i != current.i:
        relative = relative or (current.dep_ == "relcl" and not _keeps_party(current))
        current = current.head
        if current.i == token.i:
            return relative
    return False


def _author_of_object(head: Token, token: Token) -> bool:
    """``head`` is the subject of a relative clause on the trigger's direct object."""
    clause = head.head
    return head.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head.dep_ == "dobj" \
        and clause.head.head.i == token.i


def _keeps_party(clause: Token) -> bool:
    """A clause that says who people are ("diplomats suspected of ties to the Hungarian
    government") or what a deal does ("a deal that would ship rice to Vietnam") keeps its
    party: round 11 and wave 43 rules read it (``clauses.deal_nouns``); so does an
    infinitive misparsed as a relative clause."""
    return says_who_they_are(clause) or clause.head.lemma_.lower() in words("deal_nouns") \
        or _infinitival(clause)


def _infinitival(clause: Token) -> bool:
    """An infinitive on a noun ("measures to block the ambassador", "a delegation to meet
    Chavez") is tagged ``relcl`` at times; it tells the purpose of the trigger's own act, whose
    party it names, not another event."""
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in clause.children)
