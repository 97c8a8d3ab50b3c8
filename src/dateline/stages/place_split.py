"""Places apart from actors: a place that does not act goes to ``record.places``.

A place name is an actor where it acts or is acted on by metonymy ("Moscow said", "sanctions on
Tehran", "Russia's demands"). Its mentions that say where something is or happens are place
mentions:

- ``places.locative.v1``: the object of a locative preposition ("in Europe", "at the border
  of Ukraine" is not one: "of" is not locative), a name modifying such an object ("in the
  Moscow region"), or a conjunct of one ("in France and Germany");
- ``places.dateline.v1``: a name inside the wire dateline ("KYIV, Jan. 9 --");
- ``places.not-acting.v1``: a place the lexicon cannot code (a region, a city it does not
  know) that is not a subject, an object, a possessor or the agent of a passive.

A place the lexicon cannot code (a region, a city, a strait) leaves the actors. A coded
country, capital or state named as a location ("strikes in southern Lebanon", "a brigade in
Lithuania") is listed in places *and* keeps its actor mention: event coding takes the state where
something happens as the target when the sentence names no other, and the events stage reads
actor mentions. The gazetteer fields (``lat``, ``lon``, ``admin1``, ``gazetteer_id``) stay empty
for now.
Places travel on the doc as msgpack-safe rows under ``doc.user_data["dateline.places"]``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from dateline.record import Place
from dateline.record import Span as TextSpan
from dateline.stages.actor_lexicon import code_description, lexicon
from dateline.stages.state import state_of

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder
    from dateline.stages.state import ActorMention

__all__ = ["PLACES_KEY", "places_of", "separate_places", "set_places"]

PLACES_KEY = "dateline.places"
LOCATIVE = {"in", "at", "near", "across", "throughout", "inside", "outside", "within", "into",
            "around", "through", "toward", "towards", "beyond", "along", "via", "off", "over",
            "under", "onto", "north", "south", "east", "west", "nearby", "en"}
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "poss", "attr", "appos", "dative"}
PLACE_RULES = ("actors.country.", "actors.place.", "actors.organization.")


def separate_places(builder: ActorBuilder) -> list[Place]:
    """Move the place mentions out of the builder's actor mentions; return the places."""
    doc = builder.doc
    dateline_end = state_of(doc).dateline_end
    places: dict[str, Place] = {}
    kept: list[ActorMention] = []
    for mention in builder.mentions:
        span = doc[mention.start : mention.end]
        rule = _place_rule(span, mention, builder, dateline_end)
        if rule is not None:
            _add_place(places, span, rule)
        if rule is None or builder.actor(mention.actor_id).country is not None:
            kept.append(mention)
    builder.mentions = kept
    return [_numbered(place, n) for n, place in enumerate(places.values(), start=1)]


def _place_rule(span: Span, mention: ActorMention, builder: ActorBuilder,
                dateline_end: int | None) -> str | None:
    if not mention.rule.startswith(PLACE_RULES) or _feature(span) is None:
        return None
    if dateline_end is not None and span.end_char <= dateline_end:
        return "places.dateline.v1"
    if _locative(span.root):
        return "places.locative.v1"
    unknown = builder.actor(mention.actor_id).country is None
    if unknown and not _acting(span.root):
        return "places.not-acting.v1"
    return None


def _locative(token: Token) -> bool:
    """The object of a locative preposition, a name modifying one, or a conjunct of one."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in {"compound", "nmod", "amod"} and token.head.dep_ == "pobj":
        if token.head.lower_ not in lexicon().place_heads:
            return False  # "outside the US embassy": the US owns it, it is not a place
        token = token.head
    if token.dep_ == "appos" and token.head.dep_ == "pobj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def _acting(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ACTING_DEPS or token.dep_ == "ROOT":
        return True
    return token.dep_ == "pobj" and token.head.lower_ in {"by", "with", "against", "between"}


def _feature(span: Span) -> tuple[str, str | None] | None:
    """(feature, country) of a place name; None for a word that is not a place name."""
    lex = lexicon()
    text = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    if text in lex.country_names:
        return "country", lex.country_names[text]
    if text in lex.capitals:
        return "city", lex.capitals[text]
    if text in lex.admin1:
        place = lex.admin1[text]
        return place.feature, place.country
    if span.label_ in {"LOC"}:
        return "region", None
    ents = span.ents  # each read lists the doc's entities again
    if ents and ents[0].label_ == "LOC":
        return "region", None
    if ents and ents[0].label_ == "GPE" and not lex.organizations.get(text):
        code = code_description(text)
        return ("place", code.country) if code.organization is None else None
    return None


def _add_place(places: dict[str, Place], span: Span, rule: str) -> None:
    feature, country = _feature(span) or ("place", None)
    name = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    key = f"{feature}:{country or name}" if feature == "country" else f"{feature}:{name}"
    place = places.get(key)
    if place is None:
        place = Place(id="", name=name, feature=feature, country=country, rule=rule)
        places[key] = place
    place.mentions.append(TextSpan(span.start_char, span.end_char, span.text))


def _numbered(place: Place, n: int) -> Place:
    place.id = f"p{n}"
    return place


def set_places(doc: Doc, places: list[Place]) -> None:
    doc.user_data[PLACES_KEY] = [asdict(place) for place in places]


def places_of(doc: Any) -> list[Place]:
    """The places of a processed doc (empty when the actors stage did not run)."""
    rows = doc.user_data.get(PLACES_KEY) or []
    return [Place(**{**row, "mentions": [TextSpan(**m) for m in row["mentions"]]})
            for row in rows]
