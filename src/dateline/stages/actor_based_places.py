"""A place named only to say where a party is based is no party (session 113; issue 11).

"India blamed the attack on Pakistan-based groups", "according to the Britain-based Syrian
Observatory": the country in front of "-based" tells where the party sits; it is not a party of
its own. Judged rounds 49-125 marked such a country wrong as the target of the act four times
(India's blame went to "Pakistan", air strikes to "United Kingdom").

- ``actors.group.based-in-place.v1``: a plural common noun after "X-based" that no actor names
  ("Pakistan-based groups", "London-based exiles") is a group of X's country; its mention spans
  the place and the noun.
  A group the stage already read there with no country ("based militant groups") takes X's.
- Any other country mention right before "-based" is dropped: the body after it ("the
  Britain-based Syrian Observatory", "the Hague-based court") keeps whatever its own words give.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.actor_builder import ActorBuilder, Candidate
from dateline.stages.actor_lexicon import code_description

BASED_PLACE_GROUP = "actors.group.based-in-place.v1"
#: The plural tags of a common noun that may name a group.
PLURAL_TAGS = frozenset({"NNS"})


def _based_word(doc: Doc, end: int) -> Token | None:
    """The "based" of an "X-based" whose place ends at token ``end``."""
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
        return doc[end + 1]
    return None


def based_place_groups(builder: ActorBuilder) -> None:
    """Drop the country mentions of "X-based" and make the groups they describe (see above)."""
    doc = builder.doc
    for mention in list(builder.mentions):
        based = _based_word(doc, mention.end)
        if based is None:
            continue
        actor = builder.actor(mention.actor_id)
        if actor.kind != "country" or not actor.country:
            continue
        builder.mentions.remove(mention)
        builder.taken -= set(range(mention.start, mention.end))
        head = based.head
        if head.i <= based.i or head.tag_ not in PLURAL_TAGS:
            continue
        if head.i in builder.taken:
            _place_party(builder, head, mention.start, actor.country)
            continue
        code = code_description(head.text)
        code.country = actor.country
        builder.add(Candidate(mention.start, head.i + 1, code, head.text, "group",
                              BASED_PLACE_GROUP, source="context"))


def _place_party(builder: ActorBuilder, head: Token, start: int, country: str) -> None:
    """"Pakistan-based militant groups" read as a group with no country: it takes the place's
    country, and its mention the place's words."""
    for mention in [m for m in builder.mentions if m.start <= head.i < m.end]:
        party = builder.actor(mention.actor_id)
        if party.country or party.kind == "country":
            continue
        party.country = country
        party.rule = "+".join(filter(None, [party.rule, BASED_PLACE_GROUP]))
        builder.taken |= set(range(start, mention.start))
        mention.start = min(mention.start, start)
