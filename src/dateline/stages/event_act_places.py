"""The country of a group from the place its own clause sets its act in (ev64e, wave 64).

``events.args.act-place-country.v1``: a source or target with no country of its own (a group,
a body, an unnamed private person: ``event_countries.sets_the_act``) takes the country of the
place that the verb the party itself does or undergoes sets in ("the group of Muslims gathered
in the west German city of Dresden", "protesters stopping traffic near Moscow", "killed 293
civilians in the Caribbean nation of Saint Kitts"). It is asked after the sentence's place
(``events.args.sentence-place-country.v2``, which needs every country of the sentence to agree)
and before the article's country, so that a place of the party's own clause outranks the
story's country while a place of another clause ("the embassy in Cairo" in the clause of
other people) does not count. Only a place hung on the party's own verb by a locative
preposition counts (through nouns of places: "in the city of Dresden"); a verb of travel or
meeting makes the place a destination or a venue, not the party's home ("officials arrived in
Paris"), and places of two countries give none. Unidentified attackers and groups named for
their methods or creed ("gunmen", "militants": ``event_unplaced_parties``) take no country from
it, as from the article's. When in doubt, no country.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.actor_context import city_country
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.event_arg_actors import mention_heads
from dateline.stages.event_place_owners import present_state
from dateline.stages.place_split import PLACES_KEY
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

ACT_PLACE_RULE = "events.args.act-place-country.v1"

#: Dependencies of a party on the verb whose act it does or undergoes.
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Dependencies of a place noun on the place noun it names ("the city of Dresden", "the capital,
#: Kathmandu").
NAMING_DEPS = frozenset({"pobj", "appos", "compound"})


def act_place_country(ids: list[str], token: Token, state: DocState) -> str | None:
    """The one country of the places the parties' own verbs set their acts in (module
    docstring), else None."""
    places = _place_codes(token, state)
    if not places:
        return None
    found: set[str] = set()
    for head in mention_heads(ids, token, state):
        for verb in _party_verbs(head):
            if verb.lemma_.lower() in rule_words("travel_verbs"):
                return None
            found |= _verb_places(verb, places)
    return found.pop() if len(found) == 1 else None


def _party_verbs(head: Token) -> list[Token]:
    """The verbs whose acts the party does or undergoes: the verb it is the subject or object
    of (through a quantity head: "a group of protesters stormed"), the verbs that share that
    subject ("gathered ... and called"), and a participle or relative clause on it ("protesters
    stopping traffic")."""
    quantities = words("quantity_heads")
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in quantities:
        head = head.head.head
    verbs = [c for c in head.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    if head.dep_ in PARTY_DEPS and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        verbs.append(verb)
        if head.dep_ != "dobj":
            verbs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(g.dep_ in PARTY_DEPS - {"dobj"} for g in c.children)]
    return verbs


def _verb_places(verb: Token, places: dict[int, str]) -> set[str]:
    """The countries of the places a locative preposition of the verb names."""
    found: set[str] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in rule_words("locative_preps"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            found |= _named_places(noun, places)
    return found


def _named_places(noun: Token, places: dict[int, str]) -> set[str]:
    """The place a locative object names: itself, or through a noun of places ("the west German
    city of Dresden", "the Nepali capital, Kathmandu")."""
    if noun.i in places:
        return {places[noun.i]}
    if noun.lower_ not in rule_words("act_place_nouns"):
        return set()
    found: set[str] = set()
    for child in noun.children:
        if child.dep_ in NAMING_DEPS and child.i in places:
            found.add(places[child.i])
        elif child.dep_ == "prep" and child.lower_ == "of":
            found |= {places[g.i] for g in child.children if g.dep_ == "pobj" and g.i in places}
    return found


def _place_codes(token: Token, state: DocState) -> dict[int, str]:
    """Token index -> the country of each place or country named in the trigger's sentence."""
    doc = token.doc
    sent = sentence_of(token)
    codes: dict[int, str] = {}
    for row in doc.user_data.get(PLACES_KEY) or []:
        code = str(row.get("country") or "") or city_country(str(row.get("name") or "")) or ""
        if not code or not present_state(code):
            continue
        for m in row["mentions"]:
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and sent.start <= span.start < sent.end:
                codes[span.root.i] = code
    for i in range(sent.start, sent.end):
        for m in state.mentions_at(i):
            actor = state.actor(m.actor_id)
            if actor is not None and actor.kind == "country" and actor.country:
                codes.setdefault(doc[m.start:m.end].root.i, actor.country)
    return codes
