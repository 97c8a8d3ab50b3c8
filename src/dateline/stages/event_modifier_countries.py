"""The country a patient's own words give it wins over where it was acted on (wave 70, ev70e).

- ``events.args.patient-modifier-country.v1``: "more than 2,400 U.S. service members have been
  killed in Afghanistan", "police in Kenya detained 30 Somali refugees": when the people acted
  on are an unnamed group (``events.args.domestic-target.v2``), a nationality or country that
  modifies their noun ("U.S.", "Somali", "Kenya's") says whose people they are; the country
  of the place the act happens in (or the source's own) is only where they were. The group
  takes the modifier's country when every coded modifier agrees on one; otherwise the place
  rule keeps its guess (round 41-42 judges: "U.S. service members" coded as Afghan civilians).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_phrase_actors import MODIFIER_ACTORS, actors_of
from dateline.stages.state import DocState

PATIENT_MODIFIER_COUNTRY = "events.args.patient-modifier-country.v1"


def modifier_country(head: Token, state: DocState) -> str | None:
    """The one country the coded modifiers of a people noun give ("two U.S. service members"
    -> USA), or None when there is none or they disagree ("U.S. and Afghan soldiers")."""
    owners = actors_of([c for c in head.children if c.dep_ in MODIFIER_ACTORS], state)
    if not owners:
        return None
    countries = actor_countries(owners, state)
    return next(iter(countries)) if len(countries) == 1 else None
