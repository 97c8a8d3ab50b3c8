"""Target of a diplomatic drawdown (wave 70, ev70g; issue 11).

"the government ordered the withdrawal of its diplomatic staff from seven countries",
"Washington ordered non-emergency staff to leave its embassy in Kabul", "ordered its diplomats
to leave Senegal": the sanction (``events.sense.ordered-drawdown.v1``) aims at the host country,
named by "from", by what is left, or by the place of the mission; the state's own staff or
embassy is no target (``events.args.drawdown-host.v1``). No host named: no target.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_phrase_actors import actors_of

DRAWDOWN = "events.sense.ordered-drawdown.v1"
DRAWDOWN_HOST = "events.args.drawdown-host.v1"


def _pobjs(head: Token, preps: set[str]) -> list[Token]:
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"]


def _hosts(token: Token) -> list[Token]:
    heads = [c for c in token.children if c.dep_ in {"dobj", "xcomp", "ccomp"}]
    found: list[Token] = _pobjs(token, {"from"})  # "ordered the withdrawal ... from X"
    for head in heads:
        found += _pobjs(head, {"from", "in"})
        if head.pos_ == "VERB":
            found += [c for c in head.children if c.dep_ == "dobj"]
    found += [g for f in list(found) for g in _pobjs(f, {"in"})]  # "its embassy in Kabul"
    return found + [c for f in found for c in f.conjuncts]


def drawdown_host(args: Any, token: Token, rule: str, state: Any) -> None:
    if rule != DRAWDOWN:
        return
    own = actor_countries(args.source, state)
    hosts = [a for a in actors_of(_hosts(token), state)
             if a not in args.source and not actor_countries([a], state) & own]
    args.target = list(dict.fromkeys(hosts))
    args.rules.append(DRAWDOWN_HOST)
