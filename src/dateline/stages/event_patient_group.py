"""The people a passive acts on, when only their own side was coded (wave 68, ev68a).

- ``events.args.party-patient-group.v1``: "Angola army chiefs were detained", "a Palestinian
  teen was sentenced": ``events.args.party-patient-modifier.v1`` (wave 53) drops the country or
  body that qualifies or owns the people acted on, since it is their own side and neither the
  doer nor the one acted on; the people are the target. When they have no actor of their own
  and no other rule found a target, the passive subject becomes a group actor with the
  country of the side that qualified it (the coder's "Angola army chiefs [AGO]"). Only a
  subject the wave-53 rule read as people, with no "by" phrase, and only when every coded
  modifier agrees on one country (or none); an empty target is left otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries, set_group_target
from dateline.stages.event_passive_roles import (
    PARTY_PATIENT_MODIFIER,
)
from dateline.stages.event_passive_roles import (
    _names_people as names_people,
)
from dateline.stages.event_phrase_actors import MODIFIER_ACTORS, actors_of
from dateline.stages.place_targets import group_actor
from dateline.stages.state import DocState

PARTY_PATIENT_GROUP = "events.args.party-patient-group.v1"


def party_patient_group(args: Args, token: Token, state: DocState) -> None:
    """The passive subject naming people whose own side was dropped as source becomes the
    target, a group actor of that side's country (``PARTY_PATIENT_GROUP``)."""
    if args.target or PARTY_PATIENT_MODIFIER not in args.rules or token.pos_ != "VERB":
        return
    patients = [c for c in token.children if c.dep_ == "nsubjpass" and names_people(c)]
    if len(patients) != 1:
        return
    head = patients[0]
    if state.mentions_at(head.i):  # the people have an actor of their own: left as found
        return
    owners = actors_of([c for c in head.children if c.dep_ in MODIFIER_ACTORS], state)
    if not owners:
        return
    countries = actor_countries(owners, state)
    if len(countries) > 1:
        return
    country = next(iter(countries), None)
    group = group_actor(head.doc, state, (head.left_edge.i, head.i + 1), country, None,
                        PARTY_PATIENT_GROUP)
    set_group_target(args, group, PARTY_PATIENT_GROUP)
