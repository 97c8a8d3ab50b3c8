"""Envoy groups that stand for several sides take no guessed country (wave 90, ev90x).

``events.args.envoy-group.v1``: "the two leaders signed a declaration", "representatives of the
two sides agreed to disengage", "the juntas accused ECOWAS", "delegates hailed the pledge": a
group named only by a word for people who speak for a side (``actor_rules.envoy_group_heads``),
counted or bare, usually spans the sides of a summit or talks, so the country the story or the
sentence's place suggests is one side's at best (judged rounds 41-54: seven such sources coded
with one side's country judged wrong, one accepted as "one side"). It takes no guessed country:
no code rather than a wrong one. A word of its own that ties it to one side keeps the guess:
"opposition leaders", "the new leaders", "leaders of both main parties", "leaders blocking the
deal".

``events.args.envoy-parties.v1`` (wave 95, ev95i): a group named "of" several parties joined by
"and" ("the leaders of Russia and Ukraine", "the leaders of North and South Korea") spans those
parties just the same, so a later "the four leaders" or "they" takes no guessed country, and
the one country the phrase's elliptic "North and South Korea" codes is not the group's (judged
rounds 53-56: three such sources coded with one side's country judged wrong). Named on the
event next to ``events.args.envoy-group.v1`` when such a mention is what left the group uncoded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.record import Actor
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.state import DocState

ENVOY_GROUP_RULE = "events.args.envoy-group.v1"
ENVOY_PARTIES_RULE = "events.args.envoy-parties.v1"

#: Dependents that say how many envoys there are, not whose they are ("the two leaders").
_COUNTING_DEPS = frozenset({"det", "predet", "nummod", "punct"})


def unguessed_envoys(ids: list[str], state: DocState, doc: Doc, rules: list[str]) -> list[str]:
    """The parties of ``ids`` a guessed country may go to: not envoy groups of several sides.
    Names the rule on the event when one is left without a guess."""
    kept = [i for i in ids if not _envoy_group(state.actor(i), state, doc)]
    if len(kept) < len(ids):
        rules.append(ENVOY_GROUP_RULE)
        if any(_of_joined_parties(state.actor(i), state, doc) for i in ids if i not in kept):
            rules.append(ENVOY_PARTIES_RULE)
    return kept


def _envoy_group(actor: Actor | None, state: DocState, doc: Doc) -> bool:
    """Every noun mention of the group is a bare or counted envoy word (pronouns say nothing)."""
    if actor is None or actor.kind != "group":
        return False
    roots = [doc[m.start:m.end].root for m in state.mentions if m.actor_id == actor.id]
    nouns = [root for root in roots if root.pos_ != "PRON"]
    return bool(nouns) and all(_bare_envoys(root) for root in nouns)


def _bare_envoys(root: Token) -> bool:
    """"the two leaders", "representatives of both sides": no word of its own names one side."""
    if root.lower_ not in rule_words("envoy_group_heads"):
        return False
    return all(child.dep_ in _COUNTING_DEPS or _of_the_sides(child) or _of_joined(child)
               for child in root.children)


def _of_the_sides(prep: Token) -> bool:
    """"of the two sides", "of both countries": a phrase that names several sides, no one."""
    sides = rule_words("envoy_group_sides")
    objects = [noun for noun in prep.children if noun.dep_ == "pobj"]
    return prep.lower_ == "of" and bool(objects) and all(
        noun.lower_ in sides and all(c.dep_ in _COUNTING_DEPS for c in noun.children)
        for noun in objects)


def _of_joined(prep: Token) -> bool:
    """"of Russia and Ukraine", "of North and South Korea": "of" parties joined by "and", each
    a side of its own (v1 of envoy-parties; a single party, "of France", names one side)."""
    objects = [noun for noun in prep.children if noun.dep_ == "pobj"]
    return prep.lower_ == "of" and any(
        any(c.dep_ == "conj" for c in word.children) for noun in objects
        for word in (noun, *noun.children))


def _of_joined_parties(actor: Actor | None, state: DocState, doc: Doc) -> bool:
    """A mention of the group is "of" parties joined by "and" (names ``ENVOY_PARTIES_RULE``)."""
    if actor is None:
        return False
    roots = [doc[m.start:m.end].root for m in state.mentions if m.actor_id == actor.id]
    return any(_of_joined(child) for root in roots for child in root.children)
