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
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries
from dateline.stages.event_domestic import armed, phrase_parties
from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["SENT_AID_FORCES", "sent_aid_forces"]

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
