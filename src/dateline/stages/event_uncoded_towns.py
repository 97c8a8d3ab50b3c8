"""A struck town the actors stage kept as a party with no country takes its country (wave 86).

"The rebels stormed Kunduz", "gunmen attacked Istanbul's airport": when the recogniser calls
an unknown name a place, the actors stage keeps it as a party of its own words
(``actors.place.v1``) with no code, and ``events.args.struck-town.v1`` (which reads only names
with no actor mention) does not see it. The coders judge such a town right as the target
only with the country it lies in (CONVENTIONS, source and target: the party and its country).
Here the gazetteer gives it that country (events.args.uncoded-town.v1):

- for the force types of ``clauses.struck_town_types``, to a target that is such an uncoded
  place, named in the event's sentence;
- when the gazetteer resolves the name itself (not a fuzzy alternate) to a place below a
  country (a town, a province), of one country; an unknown or ambiguous name stays uncoded
  ("Barcelona" is also a town in Venezuela), and so does a direction word ("the West"),
  and a place the sentence names only by a phrase ("the country").
The town stays the party (it is not swapped for its state), so an army acting at home on one
of its own towns keeps the town it acted on.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.gazetteer import folded, shared
from dateline.stages.place_slots import DIRECTIONS
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

UNCODED_TOWN = "events.args.uncoded-town.v1"
#: The actors stage's rule for a name the recogniser calls a place and the lexicon does not know.
UNKNOWN_PLACE_RULE = "actors.place.v1"


def code_uncoded_towns(target: list[str], rules: list[str], token: Token, event_type: str,
                       state: DocState) -> None:
    """Give each uncoded town among the targets of a force event its gazetteer country."""
    if event_type not in words("struck_town_types"):
        return
    coded = False
    for actor_id in target:
        actor = state.actor(actor_id)
        if actor is None or actor.country is not None or actor.kind != "country" \
                or not (actor.rule or "").startswith(UNKNOWN_PLACE_RULE) \
                or not _named_in_sentence(actor.name, actor_id, token, state):
            continue
        country = town_country(actor.name)
        if country is None:
            continue
        actor.country, actor.source = country, "gazetteer"
        actor.rule = f"{actor.rule}+{UNCODED_TOWN}"
        coded = True
    if coded:
        rules.append(UNCODED_TOWN)


def _named_in_sentence(name: str, actor_id: str, token: Token, state: DocState) -> bool:
    """The place is named by its own name in the trigger's sentence: not a party carried from
    elsewhere, nor a place that a phrase such as "the country" took as its state ("SEOUL --"
    read as South Korea), whose code other acts read too."""
    sent = sentence_of(token)
    return any(m.actor_id == actor_id and sent.start <= m.start < sent.end
               and folded(token.doc[m.start:m.end].text) == folded(name) for m in state.mentions)


def town_country(name: str) -> str | None:
    """The one country of the place below a country that the gazetteer takes the name for."""
    if name.lower() in DIRECTIONS:
        return None
    entries = shared().candidates(name)
    countries = {e.country for e in entries}
    if not entries or len(countries) != 1 or None in countries \
            or any(e.feature == "country" for e in entries) \
            or not any(folded(e.name) == folded(name) for e in entries):
        return None
    return countries.pop()


#: A target dropped as a place with no country (wave 93): the event stands without it.
UNCODED_PLACE = "events.args.uncoded-place.v1"


def drop_uncoded_places(target: list[str], rules: list[str], state: DocState) -> list[str]:
    """The targets without the places the actors stage kept with no country
    (events.args.uncoded-place.v1).

    A name the recogniser calls a place and neither the lexicon nor the gazetteer gives a
    country ("flew troops into the Kashmir valley", "toured East and West Africa", "visited
    Hiroshima") is where the act happened, not the party acted on: coders judge it wrong as a
    target in every judged case (rounds 41-56), whether the right target was the host state,
    the people there, or none. No target rather than a wrong one; the event itself stands.
    Runs after ``code_uncoded_towns``, which gives a struck town its country where it can.
    """
    kept = [actor_id for actor_id in target if not _uncoded_place(actor_id, state)]
    if len(kept) < len(target):
        rules.append(UNCODED_PLACE)
    return kept


def _uncoded_place(actor_id: str, state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and actor.country is None and actor.kind == "country" \
        and (actor.rule or "").startswith(UNKNOWN_PLACE_RULE)


def dropped_uncoded_place(rules: list[str]) -> bool:
    """The event stands with no target when its only candidates were uncoded places."""
    return UNCODED_PLACE in rules
