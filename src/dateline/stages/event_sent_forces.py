"""Forces an aid act sends are what it gives, not whom it helps (wave 82, ev82c; issue 11: blind
rounds judged the deployed force the target of "2,000 Russian peacekeepers were deployed in the
region" and "the regions where Russian peacekeepers are deployed": the peacekeepers are the
aid sent, the deploying state is the source, and no recipient named means no target).

``events.args.sent-aid-forces.v1``: an AID act told by a verb that sends people
(``clauses.force_sending_verbs``: deploy, station, dispatch ...) drops from its target the
armed forces (sector MIL or COP) named as its object or passive subject; with no source named
they are its source when their country is known (as ``events.args.moved-forces.v1`` does for
MOBILIZE). The target is then what the verb's "to"/"into"/"in" phrase names, other than the
sender's own, or none. Not for an aid act done to forces ("rescued the soldiers",
"evacuated wounded troops"): their verbs send no one.

``events.args.sent-envoy.v1`` (wave 97, ev97b): an envoy such a verb sends is no target of any
act ("sent an envoy to Yerevan": Armenia, not the envoy); with no host named, no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries, coded_actors
from dateline.stages.event_domestic import armed, phrase_parties
from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["SENT_AID_FORCES", "SENT_ENVOY", "sent_aid_forces", "sent_envoy"]

SENT_AID_FORCES = "events.args.sent-aid-forces.v1"
#: Prepositions of the verb that name where the forces are sent.
SENT_TO_PREPS = frozenset({"to", "into", "in"})


def sent_aid_forces(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """Drop the sent forces from an aid act's target (``SENT_AID_FORCES``)."""
    if entry.type != "AID" or token.pos_ != "VERB" or not args.target:
        return
    if token.lemma_.lower() not in words("force_sending_verbs"):
        return
    heads = _sent_heads(token)
    sent = [a for a in args.target if armed(a, state)
            and any(m.actor_id == a for i in heads for m in state.mentions_at(i))]
    if not sent:
        return
    if not args.source:
        args.source = [a for a in sent if actor_countries([a], state)]
    kept = [a for a in args.target if a not in sent]
    args.target = kept or phrase_parties(token, args.source, state, SENT_TO_PREPS)
    args.rules.append(SENT_AID_FORCES)


def _sent_heads(token: Token) -> set[int]:
    """The verb's object or passive subject with its conjuncts ("troops and police")."""
    heads = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return {t.i for h in heads for t in (h, *h.conjuncts)}


SENT_ENVOY = "events.args.sent-envoy.v1"


def sent_envoy(args: Args, token: Token, state: DocState) -> None:
    """"The bloc sent an envoy to Yerevan": the envoy a verb sends is what the act moves, not
    the party it is aimed at (blind rounds 44, 47, 49 judged the sent envoy a wrong target).
    The target is what the verb's "to"/"into"/"in" phrase names, other than the sender's own,
    or none (``SENT_ENVOY``). Any type: a sent envoy is never the party acted upon."""
    if token.pos_ != "VERB" or not args.target:
        return
    if token.lemma_.lower() not in words("force_sending_verbs"):
        return
    envoys = words("envoy_nouns")
    heads = {i for i in _sent_heads(token) if token.doc[i].lemma_.lower() in envoys}
    sent = [a for a in args.target if any(m.actor_id == a for i in heads
                                          for m in state.mentions_at(i))]
    if not sent:
        return
    kept = [a for a in args.target if a not in sent]
    args.target = kept or _envoy_hosts(token, heads, args.source, state)
    args.rules.append(SENT_ENVOY)


def _envoy_hosts(token: Token, heads: set[int], source: list[str], state: DocState) -> list[str]:
    """The coded parties where the envoy goes: the parser hangs "to Tirana" on the verb (as a
    prepositional phrase or a dative) or on the envoy ("an envoy to Tirana")."""
    holders = [token, *(token.doc[i] for i in sorted(heads))]
    nouns = [p for h in holders for c in h.children if c.dep_ in {"prep", "dative"}
             and c.lower_ in SENT_TO_PREPS for p in c.subtree]
    own = actor_countries(source, state)
    return [a for a in dict.fromkeys(coded_actors(nouns, state))
            if a not in source and not actor_countries([a], state) <= own]
