"""A group whose own noun a possessive says is a coded party's takes that party's country, before
the sentence's place and the article's country are guessed
(``events.args.possessor-group-country.v1``, wave 76, ev76d, judged rounds 41-45 and dev news).

"The South African government confirmed that one of its citizens had been killed": "its" is the
South African government, so the citizens are ZAF; "clashes between his supporters and
protesters" after Mahinda Rajapaksa: the supporters are LKA; "whose government had urged
negotiations" after France: FRA. The blind rounds judged such groups wrong when they were left
with no country. The possessive (a pronoun coreference links to a party, or a party's name in
the possessive) must stand on the group's own head noun, and the head must be one of the
domestic groups a party owns (``actor_rules.possessor_group_heads``: citizens, supporters,
soldiers, ministers, government ...): "his captors", "its critics", "their rivals" are not the
owner's people and are not read. Not a company's (its home is no country its people act for),
nor an international body's ("their leaders" read as the UN's, a val story), nor a party
with no country, nor when the possessives point to more than one country.

v2 (wave 103; judged round 73: "foreign embassies urged their nationals to leave", "Western
embassies urged their citizens to leave", both coded with the story's country): a group owned by
a party of other or several states with no country ("foreign embassies") is that party's people,
so the story's places and country are no guess for it either (``uncoded_owner``): no code
rather than a wrong one. Not a home body with no code ("the MDC says 80 of its supporters").

v3 (session 117; judged rounds 59-141: "His bodyguard was also killed", "Yevkurov's driver was
killed" coded against the owner): a person's bodyguards, drivers, guards and aides are the
person's people too, now that the events stage makes them the party acted on
(``events.args.entourage-victim.v1``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Actor
from dateline.stages.actor_companies import company
from dateline.stages.actor_context import a_state
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.event_arg_actors import Args
from dateline.stages.place_targets import group_span
from dateline.stages.state import DocState
from dateline.stages.syntax import words

POSSESSOR_GROUP_RULE = "events.args.possessor-group-country.v3"
#: Kinds of actor the rule gives a country to (a named person has a country of their own).
GROUP_KINDS = frozenset({"group", "organization"})


def possessor_group_country(ids: list[str], doc: Doc, state: DocState) -> str | None:
    """The one country of the parties whose possessive stands on the head of a group of ``ids``
    with no country ("its citizens", "his supporters"); else None."""
    found: set[str] = set()
    heads = rule_words("possessor_group_heads")
    for actor in (state.actor(i) for i in ids):
        if actor is None or actor.kind not in GROUP_KINDS or actor.country is not None:
            continue
        for head in actor_heads(actor, doc, state):
            if head.lemma_.lower() not in heads and head.lower_ not in heads:
                continue
            for owner in (c for c in head.children if c.dep_ == "poss"):
                code = _owner_code(owner, actor.id, state)
                if code is not None:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


def uncoded_owner(actor_id: str, doc: Doc, state: DocState) -> bool:
    """The group's own head noun has a possessive linked to a party with no country ("their
    nationals" after "foreign embassies"): it belongs to no country the story gives."""
    actor = state.actor(actor_id)
    if actor is None or actor.kind not in GROUP_KINDS or actor.country is not None:
        return False
    heads = rule_words("possessor_group_heads")
    owners = [c for head in actor_heads(actor, doc, state)
              if head.lemma_.lower() in heads or head.lower_ in heads
              for c in head.children if c.dep_ == "poss"]
    parties = [state.actor(held.actor_id) for owner in owners
               for held in state.mentions_at(owner.i) if held.actor_id != actor_id]
    return bool(parties) and all(p is not None and p.country is None and _of_many_states(p)
                                 for p in parties)


def _of_many_states(party: Actor) -> bool:
    """A party whose own name says it is of other or several states ("foreign embassies",
    "several Western embassies"), not a home body the lexicon gives no country (a party, a
    movement)."""
    name = set(party.name.lower().split())
    return bool(name & words("multinational_words")
                or name & rule_words("abroad_party_heads"))


def actor_heads(actor: Actor, doc: Doc, state: DocState) -> list[Token]:
    """The head nouns of the actor's mentions: the actors stage's, else the spans the events
    stage made a group of ("its citizens" from "two of its citizens")."""
    found = [doc[m.start : m.end].root for m in state.mentions if m.actor_id == actor.id]
    made = group_span(state, actor.id)
    if made is not None and made[1] <= len(doc):
        found.append(doc[made[0] : made[1]].root)
    return found


def _owner_code(owner: Token, own_id: str, state: DocState) -> str | None:
    """The country of the coded party the possessive names or is linked to."""
    for held in state.mentions_at(owner.i):
        party = state.actor(held.actor_id)
        if party is None or party.id == own_id or not party.country or company(party) \
                or not a_state(party.country):
            continue
        return party.country
    return None


def possessor_groups(args: Args, token: Token, state: DocState) -> None:
    """The same for each group of the final source and target, one party at a time: argument
    rules after ``carry_countries`` add parties ("clashes between his supporters and
    protesters", "one of its citizens was killed") that it never saw, and a group named beside
    a coded party ("Annan and his aides") is read on its own."""
    from dateline.stages.event_countries import give_country  # it imports this module

    for ids in (args.source, args.target):
        for actor_id in list(ids):
            country = possessor_group_country([actor_id], token.doc, state)
            if country is not None and give_country([actor_id], country, POSSESSOR_GROUP_RULE,
                                                    state, token.doc) \
                    and POSSESSOR_GROUP_RULE not in args.rules:
                args.rules.append(POSSESSOR_GROUP_RULE)
