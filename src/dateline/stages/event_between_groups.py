"""The unnamed side of a fight or truce named by a common noun (wave 44, ev44a).

``events.args.between-groups.v1``: "clashes between militants and Iraqi forces", "a ceasefire
between the government and rebels", "police clashed with a group of demonstrators": the sides a
"between" phrase of a noun trigger, or the "with" phrase of a two-sided act, names are its
parties even when one is a common-noun group that the actors stage leaves unnamed ("militants",
"rebels"); such a side becomes a group actor. The rules of ``events.args.between.v1`` read only
actors, so disc left the group out of the target (and out of the source when neither side was an
actor). Only sides whose words are coded as people or a body (``code_description``), not
"groups" or a place; the group's country is the one its words give, else the one of the place
it or the act is in (as for ``events.args.unnamed-party.v1``), else none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import act_place_country, located_country
from dateline.stages.actor_lexicon import code_description
from dateline.stages.event_arg_actors import Args, conjuncts
from dateline.stages.event_lexicon import TriggerEntry, through_partitive, through_quantity
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState

BETWEEN_GROUPS = "events.args.between-groups.v1"
#: Kinds of ``code_description`` that a side of a fight can be.
SIDE_KINDS = frozenset({"group", "person"})


def between_groups(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    if args.target:
        return
    preps = {"between"} if token.pos_ == "NOUN" else set()
    preps |= {"with"} if entry.symmetric else set()
    found = [(c.lower_, s) for c in token.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj" for s in [p, *conjuncts(p)]]
    parties = list(dict.fromkeys(a for _, side in found for a in _side(side, state)))
    if not any(a.startswith("event-group:") for a in parties):
        return  # only actors: the between and counterpart rules had their say
    # "met with X and Y": both are counterparts of a doer named elsewhere, never the source
    # (val: "to meet with the ambassadors", narrowed once)
    if not args.source and len(parties) > 1 and all(p == "between" for p, _ in found):
        args.source, args.target = parties[:1], parties[1:]
    elif args.source:
        args.target = [a for a in parties if a not in args.source]
    if args.target:
        args.rules.append(BETWEEN_GROUPS)


def _side(side: Token, state: DocState) -> list[str]:
    """The actors of a side, or a group actor for its words when they name people."""
    head = through_partitive(through_quantity(side))
    # the head's own actor only: a possessor ("their employers") or a place inside ("the
    # unions in Rome") is not the side (val, narrowed once)
    if named := [m.actor_id for m in state.mentions_at(head.i)]:
        return list(dict.fromkeys(named))
    start, end = min(side.left_edge.i, head.left_edge.i), head.i + 1
    code = code_description(side.doc[start:end].text)
    if code.kind not in SIDE_KINDS or code.role is None:
        return []
    # as for any unnamed party: its words' country, else the place it or the act is in
    country = (code.country if len(code.countries) <= 1 else None) or located_country(
        side.doc[start:end], local=True) or act_place_country(head)
    return [group_actor(side.doc, state, (start, end), country, code.sector, BETWEEN_GROUPS)]

