"""A town, village or district that force strikes stands for the country it is in (wave 38).

"Rebels attacked Kidal", "troops shelled the town of Yolo", "fired rockets at Kidal": the struck
place is the party acted upon, and a town stands for its state (CONVENTIONS, source and target).
The actors stage codes only countries, capitals and the places its lexicon knows; towns are
geocoded by the places stage, after the events stage, so the event had no target while a later
look at the same sentence (``dateline explain``) found one. Here the gazetteer is asked at the
events stage, for the struck name only (events.args.struck-town.v1):

- the name is the object of a force verb (``clauses.struck_town_types``) or of a preposition
  where force lands (``clauses.struck_town_preps``), itself or after a place noun ("the town of
  Yolo", ``actor_rules.place_heads``); a place after "in"/"near" only sets the scene;
- it has no actor mention and is not a person's or an organisation's name; the gazetteer knows
  it as a place below a country by that very name (its fuzzy alternates are not enough: "Hamas"
  is no German town), unless the recogniser or a place noun already says it is a place;
- asked last, when no other finder named a party (val: "fired flares into the South" had
  South Korea from the phrase's actors), and never for a direction word;
- one country only, and not the source's own: troops acting at home on a town do not act on
  their own state (no target beats a wrong one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.gazetteer import folded, shared
from dateline.stages.actor_lexicon import lexicon
from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_lexicon import TriggerEntry, object_heads, particles
from dateline.stages.place_slots import DIRECTIONS
from dateline.stages.place_targets import place_country, town_target
from dateline.stages.state import DocState
from dateline.stages.syntax import words

STRUCK_TOWN = "events.args.struck-town.v1"
#: Entity labels that say a name is a place (else the gazetteer's own name must match).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels of names that are not places, whatever the gazetteer has.
OTHER_LABELS = frozenset({"PERSON", "ORG", "DATE", "TIME", "CARDINAL", "MONEY", "WORK_OF_ART"})


def struck_town_targets(token: Token, entry: TriggerEntry, source: list[str],
                        state: DocState) -> list[str]:
    """The country actor of the one town the force of ``token`` lands on, or nothing."""
    if entry.type not in words("struck_town_types") or token.pos_ != "VERB":
        return []
    preps = words("struck_town_preps")
    heads = object_heads(token) + [p for word, prep in particles(token).items() if word in preps
                                   for p in prep.children if p.dep_ == "pobj"]
    found = {(name.start, name.end, country) for head in heads for name in _town_names(head)
             if (country := _town_country(name, state)) is not None}
    countries = {country for _, _, country in found}
    if len(countries) != 1 or countries & actor_countries(source, state):
        return []
    start, end, country = min(found)
    return [town_target(token.doc, state, (start, end), country)]


def _town_names(head: Token) -> list[Span]:
    """The name at an object head: itself ("Kidal"), or the name a place noun is given ("the
    town of Yolo", "the village Kaleen", "Homs province")."""
    if head.pos_ == "PROPN":
        return [_name_span(head)]
    if head.pos_ != "NOUN" or head.lower_ not in lexicon().place_heads:
        return []
    named = [c for c in head.children if c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN"]
    named += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [_name_span(n) for n in named]


def _name_span(token: Token) -> Span:
    """The proper-noun run a name's head ends ("Ras Lanuf"), or its entity."""
    if token.ent_type_:
        ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
        return ent
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return token.doc[start : token.i + 1]


def _town_country(name: Span, state: DocState) -> str | None:
    """The country of a struck name that is a town: a coded place's, else the gazetteer's."""
    if any(state.mentions_at(i) for i in range(name.start, name.end)) \
            or name.label_ in OTHER_LABELS or name.root.ent_type_ in OTHER_LABELS \
            or name.text.lower() in DIRECTIONS:  # "fired flares into the South"
        return None
    coded = place_country(name.root, state)
    if coded is not None:
        return coded
    resolution = shared().resolve(name.text)
    if resolution is None or resolution.entry.feature == "country" \
            or not resolution.entry.country:
        return None
    said = name.label_ in PLACE_LABELS or _named_by_place_noun(name.root)
    if not said and folded(resolution.entry.name) != folded(name.text):
        return None
    return resolution.entry.country


def _named_by_place_noun(token: Token) -> bool:
    """"the town of Yolo", "the village Kaleen", "Homs province": a place noun names it."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    return head is not token and head.lower_ in lexicon().place_heads
