"""The two sides of a clash that the parse merged or hung away from it (wave 79, ev79c).

A clash between A and B is coded with A as the source and B as the target
(``events.args.between.v1``, ``events.args.between-groups.v1``). Two parse shapes leave a side out:

- ``events.args.merged-sides.v1``: "clashes between police and opposition supporters": the parse
  reads "police and opposition" as modifiers of "supporters", so the actors stage builds one
  actor for the whole phrase; the rule splits it at the conjunction, the first conjunct one side
  and the rest of the phrase ("opposition supporters") the other.
- ``events.args.clause-between.v1``: "clashes broke out outside the building between his
  supporters and opponents": the "between" phrase hangs on the verb the clash noun is the subject
  of, or on a place phrase of it, not on the noun; its sides are the clash's.

Each side is the actor at its head, else a group for words of people or a body (as for
``events.args.between-groups.v1``); the rule acts only when both sides are found and the clash
has no target (a source it has is replaced only when it is the merged phrase or one side).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import act_place_country, located_country
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, conjuncts
from dateline.stages.event_between_groups import SIDE_KINDS, _side
from dateline.stages.event_lexicon import TriggerEntry, through_partitive, through_quantity
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

MERGED_SIDES = "events.args.merged-sides.v1"
CLAUSE_BETWEEN = "events.args.clause-between.v1"
#: Kinds of ``code_description`` a side split from a merged phrase can be: a body too ("police").
MERGED_SIDE_KINDS = SIDE_KINDS | {"organization"}


def clash_sides(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> bool:
    """Source and target of a clash noun from a merged or a misplaced "between" phrase; True
    when it set them (the caller then gives a side with no country its place's)."""
    if args.target or entry.type != "ASSAULT" or token.pos_ != "NOUN" \
            or token.lemma_.lower() not in words("two_sided_clash_nouns"):
        return False
    own = _between_objects(token)
    if own:
        sides, rule = _merged(own[0], state), MERGED_SIDES
    else:
        outer = _clause_between(token)
        sides, rule = (_pair(outer[0], state), CLAUSE_BETWEEN) if outer else ([], "")
    if len(sides) < 2 or len(set(sides)) < 2:
        return False
    if args.source and not set(args.source) <= set(sides) | _merged_actors(own, state):
        return False  # a doer named otherwise ("troops fought clashes between ..."): not ours
    args.source, args.target = sides[:1], sides[1:]
    args.rules.append(rule)
    return True


def _between_objects(head: Token) -> list[Token]:
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children if p.dep_ == "pobj"]


def _merged_actors(objects: list[Token], state: DocState) -> set[str]:
    return {m.actor_id for o in objects for m in state.mentions_at(o.i)}


def _merged(pobj: Token, state: DocState) -> list[str]:
    """"police and opposition supporters" read as one noun with coordinated modifiers: the
    first modifier is one side, the coordinated modifier with the head the other."""
    if conjuncts(pobj):
        return []  # a true pair: the between rules read it
    first = next((c for c in pobj.children if c.dep_ in {"nmod", "compound", "amod"}
                  and c.pos_ in {"NOUN", "PROPN"} and any(
                      k.dep_ == "cc" and k.lower_ == "and" for k in c.children)), None)
    second = next((k for k in (first.children if first is not None else ())
                   if k.dep_ == "conj" and k.i < pobj.i), None)
    if first is None or second is None:
        return []
    left = _words_side(first.left_edge.i, first.i + 1, first, state)
    right = _words_side(second.left_edge.i, pobj.i + 1, pobj, state)
    return left + right if left and right else []


def _words_side(start: int, end: int, head: Token, state: DocState) -> list[str]:
    """The actor whose mention is exactly these words, else a group for words of people."""
    doc = head.doc
    exact = [m.actor_id for m in state.mentions_at(head.i) if (m.start, m.end) == (start, end)]
    if exact:
        return exact[:1]
    code = code_description(doc[start:end].text)
    if code.kind not in MERGED_SIDE_KINDS or code.role is None:
        return []
    country = (code.country if len(code.countries) <= 1 else None) or located_country(
        doc[start:end], local=True) or act_place_country(head)
    return [group_actor(doc, state, (start, end), country, code.sector, MERGED_SIDES)]


def _clause_between(token: Token) -> list[Token]:
    """The "between" phrase of the verb a clash noun is the subject of ("clashes broke out
    between"), or of a place phrase on that verb ("outside the building between")."""
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return []
    verb = token.head
    holders = [verb, *(p for c in verb.children if c.dep_ == "prep" and c.lower_ != "between"
                       for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN")]
    return [o for h in holders for o in _between_objects(h)]


def _pair(pobj: Token, state: DocState) -> list[str]:
    """Both sides of a coordinated "between" object, each its actor or a people group."""
    sides = [pobj, *conjuncts(pobj)]
    if len(sides) != 2:
        return []
    found = [_side(through_partitive(through_quantity(s)), state) for s in sides]
    return [f[0] for f in found] if all(len(f) == 1 for f in found) else []
