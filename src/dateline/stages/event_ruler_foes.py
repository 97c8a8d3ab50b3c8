"""A group fighting to bring down a state's ruler is of that state
(``events.args.ruler-foe-country.v1``, wave 103).

Judged rounds 73-74: "Rebels fighting to topple Sierra Leone's President Ahmad Tejan Kabbah
stormed into the capital" was coded with Nigeria, the country the story names most (its
peacekeepers); "Rebels fighting to oust Chadian President Idriss Deby swept into N'Djamena" is
the same shape. A group or body with no country whose own noun carries a clause of its aim (a
participle or relative clause: "fighting to topple", "who seek to overthrow") with a
to-infinitive of a verb of ``clauses.ousting_verbs`` takes the country of the ruler that verb
acts on, when that object is a ruler (a word of ``clauses.ruler_aims`` or a person coded GOV,
not "foreign troops"): a party its object names that the text codes with a state ("Sierra
Leone's President Ahmad Tejan Kabbah", "the Chadian government"). Before the story's places and
country are guessed; with rulers of two states named, no country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.actor_context import a_state
from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.event_possessor_groups import actor_heads
from dateline.stages.state import DocState
from dateline.stages.syntax import words

RULER_FOE_RULE = "events.args.ruler-foe-country.v1"
#: Kinds of actor the rule gives a country to (a named person has a country of their own).
GROUP_KINDS = frozenset({"group", "organization"})
#: The clauses on a group's noun that say what it fights for.
AIM_CLAUSES = frozenset({"acl", "relcl"})


def ruler_foe_country(ids: list[str], doc: Doc, state: DocState) -> str | None:
    """The one state whose ruler the country-less groups of ``ids`` fight to bring down."""
    found: set[str] = set()
    for actor in (state.actor(i) for i in ids):
        if actor is None or actor.kind not in GROUP_KINDS or actor.country is not None:
            continue
        for root in actor_heads(actor, doc, state):
            found |= _ousted_states(root, state)
    return found.pop() if len(found) == 1 else None


def ruler_foes(args: Args, token: Token, state: DocState) -> None:
    """The same for a source or target that a later argument rule made the party ("Rebels
    fighting to topple Sierra Leone's President Kabbah stormed": the nested president was the
    source when the countries were carried, ``events.args.nested-source.v3``)."""
    from dateline.stages.event_countries import give_country  # it imports this module

    for ids in (args.source, args.target):
        if not ids or actor_countries(ids, state):
            continue
        country = ruler_foe_country(ids, token.doc, state)
        if country is not None and give_country(ids, country, RULER_FOE_RULE, state, token.doc) \
                and RULER_FOE_RULE not in args.rules:
            args.rules.append(RULER_FOE_RULE)


def _ousted_states(root: Token, state: DocState) -> set[str]:
    """The states of the rulers that the aim clauses on ``root`` would bring down."""
    ousting = words("ousting_verbs")
    states: set[str] = set()
    for clause in (c for c in root.children if c.dep_ in AIM_CLAUSES):
        for verb in (t for t in clause.subtree if t.lemma_.lower() in ousting and _infinitive(t)):
            for obj in (c for c in verb.children if c.dep_ == "dobj" and _ruler(c, state)):
                states |= {code for t in obj.subtree for code in _codes_at(t, state)}
    return states


def _ruler(head: Token, state: DocState) -> bool:
    """A ruler: "the government", "the regime", "President Kabbah" (a person coded GOV), not
    "foreign troops" (a group fighting to remove them is no foe of their state's rulers)."""
    phrase = list(head.subtree)
    if any(t.lemma_.lower() in words("ruler_aims") for t in phrase):
        return True  # "the government", "Sierra Leone's President Ahmad Tejan Kabbah"
    return any(party is not None and party.kind == "person" and party.sector == "GOV"
               for t in phrase for party in (state.actor(m.actor_id)
                                             for m in state.mentions_at(t.i)))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _codes_at(token: Token, state: DocState) -> set[str]:
    return {party.country for held in state.mentions_at(token.i)
            if (party := state.actor(held.actor_id)) is not None and party.country
            and a_state(party.country)}
