"""Argument rules of the events stage beyond the verb's own slots (issue 11, pattern 4).

Each rule has a versioned name; an event whose arguments one of them set carries it after its
trigger rule (``events.agree.agree.v1+events.args.phrase-country.v1``):

- ``events.args.phrase-country.v1``: a source or target with no country ("officials from the
  People's Republic of China", "security forces in Abu Dhabi") takes the country named in its
  own phrase; ``events.args.phrase-parties.v1``: when the phrase names several ("the leaders of
  Moldova and Uzbekistan"), those countries join the argument;
- ``events.args.affiliation-country.v1``: ... else for its organisation's country;
- ``events.args.article-country.v3``: ... else for the article's dominant country, when one
  country is named more often than any other ("Police fired tear gas at demonstrators" in a
  story about the Solomon Islands); a company takes none (its country is its home, not where
  the story is), and a company's home country does not count towards the article's; nor does
  a person the dictionaries code with another country, or an actor whose role or body is
  another country's or an international body's (v3, judged round 8);
- ``events.args.domestic-target.v1``: a domestic action on measures of the source's own country
  ("lifted its curfew") has the source's country as target, or the country of the place it
  happens in; ``events.args.domestic-target.v2``: when what is acted on is unnamed people or a
  group ("police arrested more than 870 people", "accused the rebels"), the target is those
  people as a group actor with that country (PLOVER codes civilians by their country; the
  country itself was judged wrong), and a named patient is the target whatever its country;
- ``events.args.verbal-domestic.v1``: of a verbal type (accuse, threaten, reject, support),
  the country of the place it is said or filed in is no target ("a suit was filed in
  California"); only an unnamed group of people there is (no target rather than a wrong one);
- ``events.args.nominal-subject.v1``: "an attack killed ... five officials from NATO": a
  nominal force event that is the subject of a force verb takes that verb's objects;
- ``events.args.object-phrase.v1``: "wounded five officials from the NATO coalition": an
  object with no actor is the people of the actor its "from"/"of"/"with" phrase names;
- ``events.args.shared-object.v1``: "killing and imprisoning hundreds of dissidents";
- ``events.args.relative-patient.v1``: "journalists who had been detained": the antecedent;
- ``events.args.currency-modifier.v1``: "a crush from the U.S. dollar" names no target;
- ``events.args.listed-parties.v1``: "the Bank of Canada, the Bank of England, ... and the
  Federal Reserve announced": every listed actor is a source;
- ``events.args.own-forces.v1``: "withdrew its military from its border with Poland": the
  source's own forces are what moves, not the target; the target is named where they go or
  come from;
- ``events.args.received.v1``: "Serbia won the backing of the EU": a nominal event received
  by the subject of "win", "receive", "gain" is done by the "of"/"from" phrase to that subject;
- ``events.args.nominal-of.v2``: "the massacres of the villagers", "the arrest of X", "the
  release of X": the "of" phrase of a nominal event done to someone (a force type, or a release
  of captives) is its target; of any other nominal event ("the visit of X") its source;
- ``events.args.between.v1``: "the agreement was reached between China and Bhutan": the pair
  of a verb's "between" phrase are its parties when no subject names them;
- ``events.args.asked-from.v1``: "requested assistance from Airbus and Air France": the "from"
  phrase of a request (on the verb, or in an object that is a thing asked for) names who is
  asked, the target;
- ``events.args.warned-act.v1``: "a party leader has warned that the army will crack down":
  who warns of a third party's act is not its source; the warned clause's subject is;
- ``events.args.excluded.v1``: "invited every neighbour except Ruritania": an actor named after
  "except", "excluding", "other than" is not a target;
- ``events.args.topic-not-party.v1``: "sent a delegation to Costa Rica to discuss the crisis in
  Nicaragua": an actor named only inside what is discussed (the object of a verb of discussion,
  ``clauses.discussion_verbs``, that names no actor itself) is no party: the target is found
  elsewhere, or there is none;
- ``events.args.relation-modifier.v1``: "a deal with Kremlin-owned Unified Aircraft": the owner
  named in an "X-owned" modifier is no party of its own; an owned actor with no country takes
  the owner's (Unified Aircraft is RUS).

Round 10 (judged round 7):

- ``events.args.reported-content.v1``: "rejected media reports that ...", "asked retailers not
  to sell the goods of Myanmar": actors inside a clause of the object noun are no party (an
  accusation or threat keeps them: it is about the clause's subject);
- ``events.args.own-envoy.v1``: "Japan summoned the Japanese ambassador to China": an envoy of
  the source's own country gives way to the country they are posted to;
- ``events.args.received-unnamed.v1``: "the two companies have received $13.4 billion in federal
  loans": the receivers are the target, and no giver is named;
- ``events.args.crowd-pronoun.v1``: "dozens of people set fire ... as they staged a protest":
  the pronoun is the crowd, not the country it was resolved to;
- force used at protesters ("fired tear gas at protesters") targets them as civilians of the
  source's country (``domestic-target.v2``);
- in ``events``: ``object-control.v1`` ("prompting Apple Corps to file suit"),
  ``participle-patient.v1`` ("Houthis, backed by Iranian forces"), ``shared-passive.v1`` ("was
  questioned and later was arrested by ..."), ``adverbial-patient.v1`` ("resigned after being
  asked by the president to step down"), and an addressed request takes no target from what
  it asks for ("asked them to draw up plans to protect Spain").
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Protocol

import pycountry
from spacy.tokens import Doc, Span, Token

from dateline.record import Actor
from dateline.stages.actor_companies import company
from dateline.stages.actor_context import opponent_words
from dateline.stages.actor_evidence import (
    APPOSITION_COUNTRY_RULE,
    apposed_country,
    foreign_person,
)
from dateline.stages.actor_lexicon import IGO_SECTOR, code_description
from dateline.stages.crowds import crowd_agent, crowd_source, crowd_words
from dateline.stages.event_lexicon import match, through_quantity
from dateline.stages.event_targets import DEPORTED_FROM, relative_people_words
from dateline.stages.place_split import PLACES_KEY
from dateline.stages.place_targets import country_actor, group_actor, place_target
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of, words

__all__ = [
    "asked_from",
    "between_pair",
    "carried",
    "carry_countries",
    "crowd_pronoun",
    "crowd_without_name",
    "domestic_target",
    "drop_currency_modifiers",
    "drop_excluded",
    "listed_parties",
    "made_by_rules",
    "nominal_roles",
    "nominal_subject_targets",
    "own_envoy",
    "own_forces",
    "owned_by",
    "participant_tokens",
    "people_patients",
    "phrase_targets",
    "received",
    "received_unnamed",
    "received_without_giver",
    "relation_modifier",
    "warned_act",
]

#: Types whose nominal "of" phrase names who is acted on ("the killing of", "the arrest of").
AFFECTED_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
#: Modes whose nominal's "of" phrase is acted upon: "the release of X" frees X (v1 made X the
#: one who released).
AFFECTED_MODES = {"release"}
#: Types whose event on a domestic object acts on the source's own country.
DOMESTIC_TYPES = {"COERCE", "ASSAULT", "SANCTION", "RETREAT", "ACCUSE", "THREATEN", "REJECT",
                  "SUPPORT", "CONCEDE"}
#: Types that are said or decided, not done to a place: the place they are said or filed in
#: gives them as target only a group of people there ("accused protesters in Cairo"), never
#: the place's country ("a suit was filed in California": events.args.verbal-domestic.v1,
#: judged round 6). The source's own country for a measure ("approved the bill") stays: the
#: news_events coders code it so, though the round-6 judge did not (test target fell without).
VERBAL_TYPES = {"ACCUSE", "THREATEN", "REJECT", "SUPPORT"}
#: Types often done abroad ("Russian forces killing civilians"): only a named place gives them
#: a domestic target, never the source's own country.
ABROAD_TYPES = {"ASSAULT"}
#: Types whose object is what moves ("deployed its troops", "withdrew its military").
MOVING_TYPES = {"MOBILIZE", "RETREAT"}
#: Prepositions of a noun phrase that say whose it is or where it is from.
PHRASE_PREPS = {"of", "from", "in"}
#: Mentions the article's dominant country needs (one mention is no evidence of where a story is).
ARTICLE_COUNTRY_MENTIONS = 2
#: Prepositions that say where the event happens.
WHERE_PREPS = {"in", "at", "across", "throughout", "inside"}
#: Prepositions that say where moving forces go or come from.
MOVING_PREPS = {"to", "from", "into", "toward", "towards", "near", "along", "on", "at"}


class Args(Protocol):
    source: list[str]
    target: list[str]
    rules: list[str]


# --- countries of actors that have none --------------------------------------------------------


def carry_countries(args: Args, token: Token, state: DocState) -> None:
    """Give a source or target with no country the country it acts for (module docstring): the
    countries of its own phrase join the argument; an organisation's or the article's country
    becomes the actor's own (its ``source`` is then "context" and its rule names the rule)."""
    for role in ("source", "target"):
        ids: list[str] = getattr(args, role)
        if not ids or _countries(ids, state):
            continue
        other: list[str] = args.target if role == "source" else args.source
        found = list(dict.fromkeys(_phrase_country(ids, token, state)))
        country, rule = None, "events.args.phrase-country.v1"
        if len(found) > 1:  # "the leaders of Moldova and Uzbekistan": the countries act
            ids.extend(a for a in found if a not in ids)
            other[:] = [a for a in other if a not in found]
            args.rules.append("events.args.phrase-parties.v1")
            continue
        if found:  # "the president of France", "police in Tokyo": the actor's own country
            other[:] = [a for a in other if a not in found]
            country = next(iter(_countries(found, state)), None)
        if country is None:
            country, rule = _affiliation_country(ids, state)
        if country is None:
            country, rule = _apposed(ids, token.doc, state), APPOSITION_COUNTRY_RULE
        if country is None:
            country, rule = dominant_country(token.doc, state), ARTICLE_COUNTRY_RULE
        if country is not None and _carry(ids, country, rule, state):
            args.rules.append(rule)


def _apposed(ids: list[str], doc: Doc, state: DocState) -> str | None:
    """"Betty Sutton, Ohio's Congresswoman,": the country of a title set after a person's
    name, before the article's country is guessed (``actor_evidence.apposed_country``)."""
    found = {c for i in ids if (a := state.actor(i)) is not None
             and a.kind == "person"
             and (c := apposed_country(doc, a, state.mentions, state.actor,
                                       state.mention_at)) is not None}
    return found.pop() if len(found) == 1 else None


#: v2: companies neither take the article's country nor count towards it ("Apple Corps" in a
#: London story is not British for being there); v3: nor does an actor the dictionaries or its
#: role tie to another country or an international body (``_elsewhere``).
ARTICLE_COUNTRY_RULE = "events.args.article-country.v3"


def _carry(ids: list[str], country: str, rule: str, state: DocState) -> bool:
    """Give the country-less actors of ``ids`` the country; True when one took it. Actors whose
    name says they stand for several countries ("both governments", "regional leaders",
    "foreign ministers") take none."""
    carried_any = False
    for actor in (state.actor(i) for i in ids):
        if actor is None or actor.country is not None or actor.kind == "country":
            continue
        if set(actor.name.lower().split()) & words("multinational_words"):
            continue
        if rule == ARTICLE_COUNTRY_RULE and (company(actor) or _elsewhere(actor, country, state)):
            continue
        actor.country, actor.source = country, "context"
        actor.rule = "+".join(filter(None, [actor.rule, rule]))
        state.derived[CARRIED] = carried_any = True
    return carried_any


def _elsewhere(actor: Actor, country: str, state: DocState) -> bool:
    """The text or the dictionaries tie the actor to another country or to an international
    body: the article's country is no guess for it (``events.args.article-country.v3``,
    judged round 8: Putin coded LTU in a Lithuanian story). When in doubt, no country."""
    if foreign_person(actor, country, state.document_date) \
            or actor.name.lower().rsplit(maxsplit=1)[-1] in opponent_words():
        return True  # "its critics" are not the article country's people
    role = code_description(actor.role) if actor.role else None
    if role is not None and (role.sector == IGO_SECTOR or (role.organization is not None
                             and role.organization.country not in (None, country))):
        return True
    owner = state.actor(actor.affiliation) if actor.affiliation else None
    return owner is not None and owner.sector == IGO_SECTOR


#: ``state.derived`` key set when an actor took a country here (the actors table is rewritten).
CARRIED = "event_args.carried"


def carried(state: DocState) -> bool:
    """True when an argument rule gave an actor its country in this doc."""
    return bool(state.derived.pop(CARRIED, False))


def _countries(ids: list[str], state: DocState) -> set[str]:
    return {a.country for i in ids if (a := state.actor(i)) is not None and a.country}


def _phrase_country(ids: list[str], token: Token, state: DocState) -> list[str]:
    found: list[str] = []
    for head in _mention_heads(ids, token, state):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PHRASE_PREPS):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                found += _coded_actors([noun, *_conjuncts(noun)], state)
    return found


def _mention_heads(ids: list[str], token: Token, state: DocState) -> list[Token]:
    """The head tokens of the mentions of ``ids`` in the trigger's sentence."""
    heads = []
    for i in range(token.sent.start, token.sent.end):
        for mention in state.mentions_at(i):
            if mention.actor_id in ids and mention.start == i:
                heads.append(token.doc[mention.start : mention.end].root)
    return heads


def _coded_actors(nouns: list[Token], state: DocState) -> list[str]:
    found: list[str] = []
    for noun in nouns:
        here = [m.actor_id for m in state.mentions_at(noun.i)]
        coded = [a for a in here if _countries([a], state)]
        if coded:
            found += coded
        elif not here and (place := place_target(noun, state)) is not None:
            found.append(place)
    return found


def _affiliation_country(ids: list[str], state: DocState) -> tuple[str | None, str]:
    found = [a.affiliation for i in ids if (a := state.actor(i)) is not None and a.affiliation]
    codes = sorted(_countries(found, state))
    return (codes[0] if len(codes) == 1 else None), "events.args.affiliation-country.v1"


def dominant_country(doc: Doc, state: DocState) -> str | None:
    """The country the article names most often (as an actor or a place), when one leads and
    is named at least twice."""
    key = "event_args.dominant"
    if key not in state.derived:
        # a span counts once; a company's home is not where the story is
        named = {(a.country, m.start) for a in state.actors if a.country
                 and _is_country(a.country) and not company(a) for m in a.mentions}
        named |= {(str(row["country"]), m["start"]) for row in doc.user_data.get(PLACES_KEY) or []
                  if row.get("country") and _is_country(str(row["country"]))
                  for m in row["mentions"]}
        counts = Counter(country for country, _ in named)
        ranked = [*counts.most_common(2), ("", 0)]
        clear = ranked[0][1] >= ARTICLE_COUNTRY_MENTIONS and ranked[0][1] > ranked[1][1]
        lead = ranked[0][0] if clear else None
        state.derived[key] = lead
    found: str | None = state.derived[key]
    return found


@cache
def _is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


# --- targets of domestic actions and of moving forces -------------------------------------------


def _force_patient(heads: list[Token]) -> bool:
    """"stepped up its patrols in Andorra": what is boosted is force used there, not words said
    there; the place stays its target."""
    return any((entry := match(h)) is not None and entry.type in FORCE_AT_PLACE_TYPES
               for h in heads)


def domestic_target(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"police arrested 16 people", "lifted its curfew": the source's own country, or the
    country of the place the action happens in ("freed prisoners in Florence")."""
    if args.target or entry_type not in DOMESTIC_TYPES or token.pos_ != "VERB" \
            or DEPORTED_FROM in args.rules:  # people deported are not the deporter's own
        return
    heads = _patients(token) + _force_at_protesters(token, entry_type)
    if not heads:
        return
    named = [m.actor_id for h in heads for m in state.mentions_at(h.i)]
    if named:  # "threatened to ban opposition groups": the named group (v1: only one with no
        # country; v2: any, "Yemen threatened to ban civil society organizations" -> them)
        if found := [a for a in named if a not in args.source]:
            args.target = list(dict.fromkeys(found))
            args.rules.append("events.args.domestic-target.v2")
        return
    where = _where_countries(token, heads, state)
    if where:
        found = where
    elif (entry_type not in ABROAD_TYPES or protesters(heads)) and any(
            h.lemma_.lower() in words("domestic_patients") or h.lower_ in
            words("domestic_patients") for h in heads):
        found = _own_country(args.source, token.doc, state)
    else:
        return
    group = _people_group(heads, found, state)  # "Yemen threatened to ban organizations"
    if group is None and where and entry_type in VERBAL_TYPES and not _force_patient(heads):
        args.rules.append("events.args.verbal-domestic.v1")  # "a suit was filed in
        return  # California": the place it is filed in is no party
    if len(found) == 1 and found[0] in args.source and len(args.source) > 1:
        _own_country_as_target(args, found[0], state)  # "soldiers from Chad arrested ..."
    found = [group] if group else [a for a in found if a not in args.source]
    if found:
        args.target = found
        args.rules.append("events.args.domestic-target.v2" if group
                          else "events.args.domestic-target.v1")


def _people_group(heads: list[Token], found: list[str], state: DocState) -> str | None:
    """"the police arrested more than 870 people": the people, coded with the country they are
    in, are the target, not the country itself (events.args.domestic-target.v2); a measure
    ("lifted its curfew") acts on the country."""
    codes = _countries(found, state)
    people = [h for h in heads if h.lemma_.lower() in words("unnamed_people")
              or h.lower_ in words("unnamed_people")]
    if len(codes) != 1 or not people:
        return None
    head = people[0]
    start = min(head.left_edge.i, head.i)
    span = (start, head.i + 1)
    sector = code_description(head.doc[start : head.i + 1].text).sector or "CVL"
    return group_actor(head.doc, state, span, next(iter(codes)), sector,
                       "events.args.domestic-target.v2")


def _own_country_as_target(args: Args, country_id: str, state: DocState) -> None:
    """A country that joined the source only to give it a country ("Soldiers", "Chad") is
    the target of their domestic action; the others carry its code."""
    country = state.actor(country_id)
    others = [a for a in args.source if a != country_id]
    if country is None or country.country is None or _countries(others, state):
        return
    _carry(others, country.country, "events.args.phrase-country.v1", state)
    args.source = others
    args.rules.append("events.args.phrase-country.v1")


def _patients(token: Token) -> list[Token]:
    """Who or what a verb acts on: its object (its subject when passive), the object of its
    control clause ("threatened to ban organizations"), and who a nominal object is against
    ("carried out an attack against an official")."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    deps = {"nsubjpass"} if passive else {"dobj"}
    clauses = [token, *(c for c in token.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
    heads = [through_quantity(antecedent(c)) for v in clauses for c in v.children
             if c.dep_ in deps and c.pos_ in {"NOUN", "PRON"}]
    if not heads and not passive:
        heads = _shared_objects(token)
    heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep"
              and c.lower_ in {"against", "on"} for p in c.children if p.dep_ == "pobj"]
    return heads


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def antecedent(token: Token) -> Token:
    """"the opposition leaders who had been arrested": a relative pronoun stands for the noun
    its clause describes (events.args.relative-patient.v1)."""
    clause = token.head
    if token.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return token


def _shared_objects(token: Token) -> list[Token]:
    """"killing and imprisoning hundreds of dissidents": the object a coordinated verb of
    another type names is both verbs' (events.args.shared-object.v1). A coordinated verb of the
    same type ("killed and wounded five") already tells the one event with its object."""
    own = match(token)
    verbs = [v for v in _conjuncts(token) if v.pos_ == "VERB" and (
        (entry := match(v)) is None or own is None or entry.type != own.type)]
    return [through_quantity(c) for v in verbs for c in v.children
            if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PRON"}]


def _where_countries(token: Token, heads: list[Token], state: DocState) -> list[str]:
    """Coded places in the clause's or the object's "in"/"at" phrase, through "the city of"."""
    quantities = [h.head.head for h in heads if h.dep_ == "pobj" and h.head.lower_ == "of"]
    nouns = [p for holder in [token, *heads, *quantities] for c in holder.children
             if c.dep_ == "prep" and c.lower_ in WHERE_PREPS
             for p in c.children if p.dep_ == "pobj"]
    nouns += [p for n in list(nouns) for c in n.children if c.dep_ in {"prep", "appos"}
              and (c.dep_ == "appos" or c.lower_ == "of")
              for p in ([c] if c.dep_ == "appos" else c.children) if p.pos_ == "PROPN"]
    return list(dict.fromkeys(_coded_actors(nouns, state)))


def _own_country(source: list[str], doc: Doc, state: DocState) -> list[str]:
    codes = sorted(_countries(source, state))
    if len(codes) != 1:
        return []
    made = country_actor(doc, state, codes[0], make=True)
    return [made] if made else []


def own_forces(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"Zambia has withdrawn its military from its border with Poland": a target that is the
    source's own force is dropped; the target is the other country where the forces go or come
    from, or none."""
    if entry_type not in MOVING_TYPES or token.pos_ != "VERB":
        return
    own = _countries(args.source, state)
    objects = {c.i for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
    kept = [a for a in args.target if not (_countries([a], state) <= own and
                                           _named_at(a, objects, state))]
    if kept == args.target:
        return
    nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ in MOVING_PREPS
             for p in c.subtree]
    found = [a for a in dict.fromkeys(_coded_actors(nouns, state))
             if a not in args.source and not _countries([a], state) <= own]
    args.target = kept or found
    args.rules.append("events.args.own-forces.v1")


def _named_at(actor_id: str, indices: set[int], state: DocState) -> bool:
    return any(m.actor_id == actor_id for i in indices for m in state.mentions_at(i))


# --- nominal events ------------------------------------------------------------------------------


def nominal_roles(args: Args, token: Token, entry_type: str, state: DocState,
                  mode: str | None = None) -> None:
    """Roles of a nominal event from its "of" phrase and the verb that has it as object."""
    light = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    givers = _of_actors(token, {"of", "from"}, state)
    if light is not None and light.lemma_.lower() in words("receiving_verbs"):
        receivers = _subject_actors(light, state)
        if givers and receivers:
            args.source, args.target = givers, receivers
            args.rules.append("events.args.received.v1")
        return
    of = _of_actors(token, {"of"}, state)
    if not of or any(a in args.source + args.target for a in of):
        return
    if entry_type in AFFECTED_TYPES or mode in AFFECTED_MODES:
        args.target = of + [a for a in args.target if a not in of]
    elif not args.source:
        args.source = of
    else:
        return
    args.rules.append("events.args.nominal-of.v2")


def received(args: Args, token: Token, state: DocState) -> None:
    """"Serbia won the backing of the EU" read on the verb: the EU backs Serbia."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("receiving_verbs"):
        return
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    givers = [a for o in objects for a in _of_actors(o, {"of", "from"}, state)]
    givers += _of_actors(token, {"from"}, state)
    receivers = _subject_actors(token, state)
    if givers and receivers and set(givers) != set(receivers):
        args.source, args.target = list(dict.fromkeys(givers)), receivers
        args.rules.append("events.args.received.v1")


def asked_from(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"requested financial assistance for the search from Airbus and Air France", "demanded an
    apology from Britain": the "from" phrase of a request, on the verb or inside an object that
    is a thing asked for (``clauses.asked_things``), names who is asked (events.args.asked-from.v1).
    """
    if args.target or entry_type != "REQUEST" or token.pos_ != "VERB":
        return
    asked = words("asked_things")
    holders = [token, *(n for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in asked
                        for n in c.subtree if n.pos_ in {"NOUN", "PROPN"} and not _in_clause(n, c))]
    nouns = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"]
    found = [a for a in _coded_actors_or_named([n for p in nouns for n in [p, *_conjuncts(p)]],
                                               state) if a not in args.source]
    if found:
        args.target = found
        args.rules.append("events.args.asked-from.v1")


def _in_clause(noun: Token, top: Token) -> bool:
    """True when a verb stands between the noun and the top of its phrase."""
    head = noun
    while head.i != top.i and head.head.i != head.i:
        head = head.head
        if head.pos_ in {"VERB", "AUX"} and head.i != top.i:
            return True
    return False


def _coded_actors_or_named(nouns: list[Token], state: DocState) -> list[str]:
    """The actors named at the nouns, else the coded places there (made target actors)."""
    found: list[str] = []
    for noun in nouns:
        here = [m.actor_id for m in state.mentions_at(noun.i)]
        if not here and (place := place_target(noun, state)) is not None:
            here = [place]
        found += here
    return list(dict.fromkeys(found))


WARNING_LEMMAS = {"warn", "caution"}


def warned_act(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"the opposition leader warned that the army will crack down": who warns of a third
    party's act reports it, and does not threaten; the warned clause's subject is the source
    when it is an actor of another country than the warner's (events.args.warned-act.v1).
    "warned that it would retaliate", "warned that Russia would face consequences" stay the
    warner's threat. An agentless threat told in the warned clause ("parties are threatened with
    being banned, a leader warned") is left to the warner: dropping it cost a THREATEN story of
    the synthetic test part."""
    if entry_type != "THREATEN" or token.pos_ != "VERB" or token.lemma_.lower() \
            not in WARNING_LEMMAS or not args.source:
        return
    own = _countries(args.source, state)
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if match(clause) is None or any(c.dep_ in {"nsubjpass", "auxpass"}
                                        for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"
                    and c.pos_ in {"NOUN", "PROPN"}]
        actors = _coded_or_named([n for s in subjects for n in [s, *_conjuncts(s)]], state)
        codes = _countries(actors, state)
        if not actors or not set(actors).isdisjoint(args.source) or (
                own and codes and codes <= own):
            continue
        args.source = actors
        args.target = [a for a in args.target if a not in actors]
        args.rules.append("events.args.warned-act.v1")
        return


def between_pair(args: Args, token: Token, state: DocState) -> None:
    """"The agreement was reached on Monday between China and Bhutan": a verb (or its object)
    with a "between" phrase and no subject actor has the pair as its parties."""
    if args.source or token.pos_ != "VERB":
        return
    holders = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    pair = [a for h in holders for a in _of_actors(h, {"between"}, state)]
    if len(pair) > 1:
        args.source = pair[:1]
        args.target = [a for a in dict.fromkeys(pair[1:] + args.target) if a != pair[0]]
        args.rules.append("events.args.between.v1")


def _of_actors(token: Token, preps: set[str], state: DocState) -> list[str]:
    nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]
    return _coded_or_named([n for noun in nouns for n in [noun, *_conjuncts(noun)]], state)


def _subject_actors(verb: Token, state: DocState) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return _coded_or_named([n for s in subjects for n in [s, *_conjuncts(s)]], state)


def _coded_or_named(nouns: list[Token], state: DocState) -> list[str]:
    found: list[str] = []
    for noun in nouns:
        found += [m.actor_id for m in state.mentions_at(noun.i)]
    return list(dict.fromkeys(found))


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found += [child, *_conjuncts(child)]
    return found


# --- exclusions ----------------------------------------------------------------------------------

TOPIC_TYPES = {"CONSULT"}
#: Types whose object's place names the party the force is used on.
FORCE_AT_PLACE_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})


def participant_tokens(phrase: Token, entry_type: str, state: DocState) -> list[Token]:
    """The tokens of an object or complement phrase that may name a party to the event: none of
    a discussed topic ("to discuss the crisis in Nicaragua", events.args.topic-not-party.v1).
    The owner of a thing acted on stays a party ("shelled a Russian-owned depot")."""
    skipped = {t.i for c in phrase.subtree if _topic(c, entry_type, state)
               for p in c.children if p.dep_ == "prep" for t in p.subtree}
    # "signed the agreement in Paris": where the object is, not a party
    # (events.args.setting-not-party.v1); but force acts on whoever holds the place where it is
    # used ("stepped up its patrols in Andorra", "shelled a depot in Kharkiv")
    if entry_type not in FORCE_AT_PLACE_TYPES:
        skipped |= {t.i for p in phrase.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS
                    for o in p.children if o.dep_ == "pobj" for t in _noun_words(o)}
    skipped |= clause_words(phrase, entry_type)
    skipped |= relative_people_words(phrase)  # "killed people who crossed the border with X"
    return [t for t in phrase.subtree if t.i not in skipped]


def _noun_words(noun: Token) -> list[Token]:
    """A noun, its name words and conjuncts ("Paris", "New York and Geneva"), not its phrases."""
    found = [noun]
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "det", "nmod", "poss"}:
            found += list(child.subtree)
        elif child.dep_ == "conj":
            found += _noun_words(child)
    return found


#: Prepositions of an object phrase that say where or when it is, or who tells of it ("signed
#: the agreement in Paris", "according to the Associated Press"): the noun they name is no
#: party (a phrase hanging on that noun may still name one).
SCENE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "near", "amid", "during",
                         "according"})


def _topic(token: Token, entry_type: str, state: DocState) -> bool:
    """The object of a verb of discussion that names no actor itself: what is talked about;
    the places and actors of its prepositional phrases ("the crisis in Nicaragua") are the
    topic's, not parties."""
    return (entry_type in TOPIC_TYPES and token.dep_ == "dobj"
            and token.head.lemma_.lower() in words("discussion_verbs")
            and not state.mentions_at(through_quantity(token).i))


def owned_by(head: Token, here: list[str], state: DocState) -> bool:
    """"a deal with Kremlin-owned Unified Aircraft": an actor with no country owned by one that
    has one takes the owner's country, and the owner is no party of its own
    (events.args.relation-modifier.v1). True when the head has such an owner."""
    owners = [m.actor_id for c in head.children if relation_modifier(c)
              for t in c.subtree for m in state.mentions_at(t.i)]
    codes = sorted(_countries(owners, state))
    if len(codes) != 1:
        return False
    _carry(here, codes[0], "events.args.relation-modifier.v1", state)
    return True


def relation_modifier(token: Token) -> bool:
    """"Kremlin-owned", "Saudi-backed", "US-funded": a participle modifier of ownership or
    backing (its subtree names who owns or backs, not a party)."""
    return token.dep_ == "amod" and token.tag_ == "VBN" and (
        token.lower_ in words("relation_modifiers") or token.lemma_.lower() in
        words("relation_modifiers"))


def drop_excluded(args: Args, token: Token, state: DocState) -> None:
    """"invited every neighbour to talks except Ruritania": the excepted are not targets."""
    exclusion = words("exclusion_preps")  # looked up once, not per word of the sentence
    excepted = [t for p in sentence_of(token) if p.dep_ == "prep"
                and p.lower_ in exclusion for t in p.subtree]
    if not excepted:
        return
    named = set(_coded_or_named(excepted, state))
    named |= {a for t in excepted if not state.mentions_at(t.i)
              and (a := place_target(t, state)) is not None}
    kept = [a for a in args.target if a not in named]
    if kept != args.target:
        args.target = kept
        args.rules.append("events.args.excluded.v1")


# --- targets named around the object ------------------------------------------------------------


def people_patients(token: Token) -> bool:
    """The verb acts on an unnamed group of people ("arrested 16 people in Brussels"): the
    people, coded by the place, are its target (domestic-target.v2), not the place."""
    return any(h.lemma_.lower() in words("unnamed_people") or h.lower_ in words("unnamed_people")
               for h in _patients(token))


def phrase_targets(args: Args, token: Token, state: DocState) -> None:
    """"wounded five officials from the NATO coalition", "detained members of the opposition":
    an object with no actor of its own is the people of the actor its "from"/"of"/"with" phrase
    names (events.args.object-phrase.v1)."""
    if args.target or token.pos_ != "VERB":
        return
    heads = [h for h in _patients(token) if not state.mentions_at(h.i)
             and (h.lemma_.lower() in words("unnamed_people") or h.lower_ in words("unnamed_people")
                  or h.pos_ == "NUM")]
    found = [a for h in heads for a in _phrase_actors(h, {"from", "of", "with"}, state)
             if a not in args.source]
    if found:
        args.target = list(dict.fromkeys(found))
        args.rules.append("events.args.object-phrase.v1")


def nominal_subject_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"A Taliban gun attack killed two and wounded five officials from the NATO coalition":
    a nominal force event that is the subject of what it did has that verb's objects as its
    targets (events.args.nominal-subject.v1)."""
    if args.target or entry_type not in AFFECTED_TYPES or token.pos_ not in {"NOUN", "PROPN"}:
        return
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return
    verbs = [v for v in [token.head, *_conjuncts(token.head)] if _does_force(v)]
    objects = [through_quantity(c) for v in verbs for c in v.children if c.dep_ == "dobj"]
    found = _coded_or_named([n for o in objects for n in [o, *_conjuncts(o)]], state)
    found += [a for o in objects if not state.mentions_at(o.i)
              for a in _phrase_actors(o, {"from", "of"}, state)]
    found += [a for v in verbs for a in _phrase_actors(v, {"from"}, state)]
    found = [a for a in dict.fromkeys(found) if a not in args.source]
    if found:
        args.target = found
        args.rules.append("events.args.nominal-subject.v1")


def _phrase_actors(head: Token, preps: set[str], state: DocState) -> list[str]:
    """Actors of a prepositional phrase's object or of its name modifiers ("from the U.S.-led
    NATO coalition"), but not of a currency's ("from the U.S. dollar")."""
    nouns = [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
             for p in c.children if p.dep_ == "pobj"]
    nouns = [n for noun in nouns for n in [noun, *_conjuncts(noun)]]
    found = _coded_or_named(nouns, state)
    found += _coded_or_named([m for n in nouns if not state.mentions_at(n.i)
                              and n.lower_ not in words("currency_nouns")
                              for m in n.children if m.dep_ in {"compound", "poss"}], state)
    return list(dict.fromkeys(found))


def _does_force(verb: Token) -> bool:
    """"the attack killed ...", not "the attack took place" nor "led forces to evacuate"."""
    entry = match(verb)
    return entry is not None and entry.type in AFFECTED_TYPES


def drop_currency_modifiers(args: Args, token: Token, state: DocState) -> None:
    """"a financial crush from the U.S. dollar": an actor named only as the modifier of a
    currency or traded thing is no party to the event (events.args.currency-modifier.v1)."""
    if not args.target:
        return
    sentence = sentence_of(token)  # the doc's sentences, listed once per doc
    kept = [a for a in args.target if not _only_currency_modifier(a, sentence, state)]
    if kept != args.target:
        args.target = kept
        args.rules.append("events.args.currency-modifier.v1")


def _only_currency_modifier(actor_id: str, sentence: Span, state: DocState) -> bool:
    heads = [sentence.doc[m.start : m.end].root for i in range(sentence.start, sentence.end)
             for m in state.mentions_at(i) if m.actor_id == actor_id and m.start == i]
    return bool(heads) and all(h.dep_ in {"compound", "amod", "nmod", "poss"}
                               and h.head.lower_ in words("currency_nouns") for h in heads)


def listed_parties(subjects: list[Token], state: DocState) -> list[str]:
    """"The Bank of Canada, the Bank of England, the ECB and the Federal Reserve announced":
    the parser hangs the list on the first name as an apposition whose conjuncts carry the
    rest; every listed actor is a party (events.args.listed-parties.v1)."""
    listed = [a for s in subjects for c in s.children if c.dep_ == "appos"
              and any(g.dep_ == "conj" for g in c.children) for a in [c, *_conjuncts(c)]]
    return _coded_or_named(listed, state)


def made_by_rules(args: Args, state: DocState) -> None:
    """Name the argument rule that made an argument actor ("16 people" made by
    domestic-target.v2 and found again as a mention, as ``dateline explain`` does)."""
    for actor in (state.actor(i) for i in args.source + args.target):
        rule = actor.rule if actor is not None else None
        if rule and rule.startswith("events.args.") and rule not in args.rules:
            args.rules.append(rule)


# --- round 10: envoys, receivers, addressees ------------------------------------------------------

#: How far up from an actor's mention its envoy noun is looked for ("the Japanese ambassador to
#: China, Norio Asada": the name may hang on "China" as an apposition).
ENVOY_DEPTH = 4
#: Prepositions of an envoy noun that name where the envoy is posted.
POSTED_PREPS = frozenset({"to", "in"})
#: Types a receiving verb turns round when no giver is named: "have received $13.4 billion in
#: federal loans" -> the receivers are the target, the giver is not named.
RECEIVED_TYPES = frozenset({"AID"})
RECEIVED_UNNAMED = "events.args.received-unnamed.v1"


def own_envoy(args: Args, token: Token, state: DocState) -> None:
    """"Japan summoned the Japanese ambassador to China": an envoy of the source's own country
    is no target; the country the envoy is posted to is, and with none named there is no
    target (events.args.own-envoy.v1). "Germany summoned the Russian ambassador" keeps the
    ambassador (RUS), not the host."""
    own = _countries(args.source, state)
    if not args.target or not own:
        return
    envoys = words("envoy_nouns")
    kept: list[str] = []
    hosts: list[str] = []
    for actor_id in args.target:
        codes = _countries([actor_id], state)
        found = [e for h in _mention_heads([actor_id], token, state)
                 if (e := _envoy_of(h, envoys)) is not None] if codes and codes <= own else []
        if not found:
            kept.append(actor_id)
            continue
        posted = [p for e in found for c in e.children if c.dep_ == "prep"
                  and c.lower_ in POSTED_PREPS for p in c.children if p.dep_ == "pobj"]
        hosts += _coded_actors_or_named([n for p in posted for n in [p, *_conjuncts(p)]], state)
    if len(kept) == len(args.target):
        return
    posts = sorted(_countries(hosts, state) - own)  # the host country, not a person named there
    countries = [c for code in posts if (c := country_actor(token.doc, state, code, make=True))]
    args.target = list(dict.fromkeys(kept + [a for a in countries if a not in args.source]))
    args.rules.append("events.args.own-envoy.v1")


def _envoy_of(head: Token, envoys: frozenset[str]) -> Token | None:
    """The envoy noun an actor's mention is or hangs on (itself, or up through an apposition
    or a "to" phrase), else None."""
    current = head
    for _ in range(ENVOY_DEPTH):
        if current.pos_ in {"NOUN", "PROPN"} and (current.lemma_.lower() in envoys
                                                  or current.lower_ in envoys):
            return current
        if current.dep_ not in {"appos", "pobj", "prep", "compound"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def received_unnamed(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"The two companies have received $13.4 billion in federal loans": the subject of a
    receiving verb gets the aid, so it is the target; with no giver named ("from" phrase, see
    ``received``) the event has no source rather than the receiver as giver
    (events.args.received-unnamed.v1)."""
    if entry_type not in RECEIVED_TYPES or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("receiving_verbs") \
            or "events.args.received.v1" in args.rules or not args.source:
        return
    if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in token.children):
        return
    args.target = list(dict.fromkeys(args.source + [a for a in args.target
                                                    if a not in args.source]))
    args.source = []
    args.rules.append(RECEIVED_UNNAMED)


def received_without_giver(rules: list[str]) -> bool:
    """True when ``received_unnamed`` left the event with no source on purpose."""
    return RECEIVED_UNNAMED in rules


#: Types whose target is who the content is about: "voiced concerns that the EU won't agree",
#: "found evidence that the Cook Islands has engaged in unfair trade" accuse the clause's subject.
CONTENT_TARGET_TYPES = frozenset({"ACCUSE", "THREATEN"})
#: Clause dependencies inside an object phrase whose actors are the clause's, not the outer act's.
INNER_CLAUSES = frozenset({"ccomp", "acl"})


def clause_words(phrase: Token, entry_type: str) -> set[int]:
    """Tokens of the clauses inside a noun phrase that say what it reports or asks ("rejected
    media reports that a committee had ordered ...", "asked retailers not to sell the goods of
    Myanmar"): a "that" clause or a clause with its own subject, and a request's infinitive;
    not for an accusation or threat, which is about the clause's subject.
    A relative clause describes the thing ("a deal that would move goods to Mexico") and a bare
    participle qualifies it ("sanctions imposed on Venezuela"): both stay part of the phrase
    (events.args.reported-content.v1)."""
    found: set[int] = set()
    if phrase.pos_ not in {"NOUN", "PROPN", "PRON"} or entry_type in CONTENT_TARGET_TYPES:
        return found  # a control clause's own clauses stay as they were read
    for token in phrase.subtree:
        if token.i == phrase.i or token.dep_ not in INNER_CLAUSES or token.i in found \
                or token.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue  # a clause of a noun: what a report says, what people are asked to do
        if token.dep_ == "acl" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark"} or (
                    c.dep_ == "aux" and entry_type == "REQUEST") for c in token.children):
            continue  # "a deal to supply gas to Germany" keeps Germany; "asked retailers
            # not to sell ..." (an addressee's infinitive, misparsed as a relative) does not
        found |= {t.i for t in token.subtree}
    return found


#: Pronouns that stand for the crowd of the clause they hang on ("Dozens of people set fire to
#: ... as they staged a protest").
CROWD_PRONOUNS = frozenset({"they", "we"})
CROWD_PRONOUN = "events.args.crowd-pronoun.v1"


def crowd_pronoun(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"Dozens of people set fire to a police station in Mali's north as they staged a protest
    against the president": the pronoun subject of a protest clause hanging on a clause whose
    subject is a crowd stands for the crowd, not for a country the pronoun was resolved to; the
    crowd is a civilian group of that country, else of the place the main clause names, else
    the event has no source (events.args.crowd-pronoun.v1)."""
    if entry_type not in crowd_words().types or token.pos_ != "VERB" \
            or token.dep_ not in {"advcl", "conj", "ccomp"}:
        return
    pronouns = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ in CROWD_PRONOUNS]
    main = token.head
    if not pronouns or not crowd_agent(main, entry_type):
        return
    resolved = [m.actor_id for m in state.mentions_at(pronouns[0].i)]
    countries = [a for i in resolved if (a := state.actor(i)) is not None and a.kind == "country"
                 and a.country]
    if resolved and not countries:
        return  # resolved to a named group or person: theirs
    source = crowd_source(main, state)
    if not source and countries:
        crowd = next(s for s in main.children if s.dep_ in SUBJECTS)
        end = max(t.i for t in crowd.subtree if t.i < main.i) + 1
        source = [group_actor(token.doc, state, (crowd.left_edge.i, end),
                              str(countries[0].country), "CVL", CROWD_PRONOUN)]
    args.source = source
    args.target = [a for a in args.target if a not in resolved and a not in source]
    args.rules.append(CROWD_PRONOUN)


def crowd_without_name(rules: list[str]) -> bool:
    """True when ``crowd_pronoun`` left a protest with no named source on purpose."""
    return CROWD_PRONOUN in rules


def protesters(heads: list[Token]) -> bool:
    """Whether a head names people who protest (``clauses.protester_nouns``): force used on them
    is used at home ("police fired tear gas at protesters"): they are civilians of the source's
    country (events.args.domestic-target.v2), even for a type often done abroad."""
    nouns = words("protester_nouns")
    return any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads)


def _force_at_protesters(token: Token, entry_type: str) -> list[Token]:
    """"fired tear gas at protesters": the protesters an "at" phrase of a force verb names."""
    if entry_type != "ASSAULT":
        return []
    found = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "at"
             for p in c.children if p.dep_ == "pobj"]
    return found if protesters(found) else []
