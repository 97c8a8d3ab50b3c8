"""Wave 45 (ev45c): actors the last-resort target search finds deep in a phrase that are no party.

Judged rounds 21-27: half of the wrong targets named a wrong party; in a disc sample many came
from ``event_target_search._actors_within``, which takes the first actor of another country
anywhere in the object or complement phrase. Two shapes the parse decides:

- ``events.args.relative-clause-party.v1``: "vowed to block the law which gives autonomy to an
  Albanian region", "rejected a proposal it said violated the rights of Moroccans": an actor
  named only inside a relative clause of the phrase is a party of what that clause tells, not of
  the trigger's act. No target rather than a wrong one.
- ``events.args.thing-modifier.v1``: "promised a referendum on Britain's EU membership",
  "agreed to merge Aruba-based command structures": for a promise
  (``clauses.thing_modifier_types``), a country named only as the modifier of a thing (not of
  people or a body) says what the thing is, not to whom the promise is made.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from dateline.stages.event_targets import says_who_they_are
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = [
    "RELATIVE_CLAUSE_PARTY",
    "THING_MODIFIER",
    "WITHIN_DROPS",
    "drop_described_within",
    "dropped_within",
]

RELATIVE_CLAUSE_PARTY = "events.args.relative-clause-party.v1"
THING_MODIFIER = "events.args.thing-modifier.v1"
#: Rules after which no fallback (the source's own country) takes the dropped party's place.
WITHIN_DROPS = frozenset({RELATIVE_CLAUSE_PARTY, THING_MODIFIER})
#: Named-entity labels of a noun that is itself a party ("the Indian Ocean nations").
PARTY_ENTITIES = frozenset({"ORG", "NORP", "PERSON", "GPE"})


class Args(Protocol):
    target: list[str]
    rules: list[str]


def drop_described_within(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Drops the targets the last-resort search found that are named, in the trigger's
    sentence, only inside a relative clause of its phrase or only as a thing's modifier."""
    for rule, test in ((RELATIVE_CLAUSE_PARTY, _in_relative_clause),
                       (THING_MODIFIER, _thing_modifier)):
        if rule == THING_MODIFIER and entry_type not in words("thing_modifier_types"):
            continue
        dropped = [a for a in args.target if _all_heads(a, token, state, test)]
        if dropped:
            args.target = [a for a in args.target if a not in dropped]
            args.rules.append(rule)


def _all_heads(actor_id: str, token: Token, state: DocState, test: _Test) -> bool:
    heads = [token.doc[m.start : m.end].root for i in range(token.sent.start, token.sent.end)
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
    """True when ``head`` hangs on the trigger through a relative clause below it."""
    relative = False
    current = head
    while current.head.i != current.i:
        relative = relative or (current.dep_ == "relcl" and not _keeps_party(current))
        current = current.head
        if current.i == token.i:
            return relative
    return False


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


def _thing_modifier(head: Token, token: Token, state: DocState) -> bool:
    """True when ``head`` only describes a noun that names no party ("EU membership",
    "Aruba-based structures", "the former Kosovo province")."""
    deps = words("thing_modifier_deps")
    if head.dep_ not in deps or head.head.i == head.i:
        return False
    noun = head.head
    if noun.pos_ in {"ADJ", "VERB"} and noun.dep_ in deps:  # "Aruba-based structures"
        noun = noun.head
    if noun.head.i == token.i or (noun.head.dep_ == "prep" and noun.head.head.i == token.i):
        return False  # "offers $45m for a Serbian plant": the trigger's own phrase is its party
    return noun.pos_ == "NOUN" and noun.i != token.i and not state.mentions_at(noun.i) \
        and noun.ent_type_ not in PARTY_ENTITIES \
        and noun.lemma_.lower() not in words("unnamed_people")
