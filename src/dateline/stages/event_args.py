"""Argument rules of the events stage beyond the verb's own slots (issue 11, pattern 4).

Each rule has a versioned name; an event whose arguments one of them set carries it after its
trigger rule (``events.agree.agree.v1+events.args.phrase-country.v2``). The rules are in four
modules, each one concern: the countries of actors that have none (``event_countries``), the
targets of domestic actions and moving forces (``event_domestic``), who is no party
(``event_exclusions``), and here the rest; the actor lookups they share are in
``event_arg_actors``. This module re-exports the rules of the others (``__all__``), so that
``events`` and other callers have one place to import them from. Here:

- ``events.args.nominal-subject.v1``: "an attack killed ... five officials from NATO": a
  nominal force event that is the subject of a force verb takes that verb's objects;
- ``events.args.object-phrase.v1``: "wounded five officials from the NATO coalition": an
  object with no actor is the people of the actor its "from"/"of"/"with" phrase names;
- ``events.args.listed-parties.v1``: "the Bank of Canada, the Bank of England, ... and the
  Federal Reserve announced": every listed actor is a source;
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
  who warns of a third party's act is not its source; the warned clause's subject is.

Round 10 (judged round 7):

- ``events.args.own-envoy.v1``: "Japan summoned the Japanese ambassador to China": an envoy of
  the source's own country gives way to the country they are posted to;
- ``events.args.received-unnamed.v1``: "the two companies have received $13.4 billion in federal
  loans": the receivers are the target, and no giver is named;
- ``events.args.crowd-pronoun.v1``: "dozens of people set fire ... as they staged a protest":
  the pronoun is the crowd, not the country it was resolved to;
- in ``event_slots``: ``object-control.v1`` ("prompting Apple Corps to file suit"),
  ``participle-patient.v1`` ("Houthis, backed by Iranian forces"), ``shared-passive.v1`` ("was
  questioned and later was arrested by ..."), ``adverbial-patient.v1`` ("resigned after being
  asked by the president to step down"), and an addressed request takes no target from what
  it asks for ("asked them to draw up plans to protect Spain").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.crowds import crowd_agent, crowd_source, crowd_words
from dateline.stages.event_arg_actors import (
    Args,
    actor_countries,
    actors_named_at,
    actors_or_places_at,
    conjuncts,
    mention_heads,
    prep_actors,
    subject_actors,
)
from dateline.stages.event_countries import carried, carry_countries, owned_by, relation_modifier
from dateline.stages.event_domestic import (
    domestic_target,
    moved_forces,
    own_forces,
    patient_heads,
    people_patients,
)
from dateline.stages.event_exclusions import (
    drop_currency_modifiers,
    drop_discussed_topics,
    drop_excluded,
    participant_tokens,
)
from dateline.stages.event_lexicon import match, through_quantity
from dateline.stages.place_targets import country_actor, group_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

__all__ = [
    "asked_from",
    "between_pair",
    "carried",
    "carry_countries",
    "crowd_pronoun",
    "crowd_without_name",
    "domestic_target",
    "drop_currency_modifiers",
    "drop_discussed_topics",
    "drop_excluded",
    "listed_parties",
    "made_by_rules",
    "moved_forces",
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


# --- nominal events ------------------------------------------------------------------------------


def nominal_roles(args: Args, token: Token, entry_type: str, state: DocState,
                  mode: str | None = None) -> None:
    """Roles of a nominal event from its "of" phrase and the verb that has it as object."""
    light = token.head if token.dep_ == "dobj" and token.head.pos_ == "VERB" else None
    givers = prep_actors(token, {"of", "from"}, state)
    if light is not None and light.lemma_.lower() in words("receiving_verbs"):
        receivers = subject_actors(light, state)
        if givers and receivers:
            args.source, args.target = givers, receivers
            args.rules.append("events.args.received.v1")
        return
    of = prep_actors(token, {"of"}, state)
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
    givers = [a for o in objects for a in prep_actors(o, {"of", "from"}, state)]
    givers += prep_actors(token, {"from"}, state)
    receivers = subject_actors(token, state)
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
    found = [a for a in actors_or_places_at([n for p in nouns for n in [p, *conjuncts(p)]],
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
    own = actor_countries(args.source, state)
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if match(clause) is None or any(c.dep_ in {"nsubjpass", "auxpass"}
                                        for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"
                    and c.pos_ in {"NOUN", "PROPN"}]
        actors = actors_named_at([n for s in subjects for n in [s, *conjuncts(s)]], state)
        codes = actor_countries(actors, state)
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
    pair = [a for h in holders for a in prep_actors(h, {"between"}, state)]
    if len(pair) > 1:
        args.source = pair[:1]
        args.target = [a for a in dict.fromkeys(pair[1:] + args.target) if a != pair[0]]
        args.rules.append("events.args.between.v1")


# --- targets named around the object ------------------------------------------------------------


def phrase_targets(args: Args, token: Token, state: DocState) -> None:
    """"wounded five officials from the NATO coalition", "detained members of the opposition":
    an object with no actor of its own is the people of the actor its "from"/"of"/"with" phrase
    names (events.args.object-phrase.v1)."""
    if args.target or token.pos_ != "VERB":
        return
    if phrase_partners(args, token, state):
        return
    heads = [h for h in patient_heads(token) if not state.mentions_at(h.i)
             and (h.lemma_.lower() in words("unnamed_people") or h.lower_ in words("unnamed_people")
                  or h.pos_ == "NUM")]
    found = [a for h in heads for a in _phrase_actors(h, {"from", "of", "with"}, state)
             if a not in args.source]
    if found:
        args.target = list(dict.fromkeys(found))
        args.rules.append("events.args.object-phrase.v1")


PHRASE_PARTNERS = "events.args.phrase-partners.v1"
#: Types done between two sides, whose subject "from X and Y" names both ("began negotiations",
#: "agreed", "held joint drills").
PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def phrase_partners(args: Args, token: Token, state: DocState) -> bool:
    """"Representatives from Serbia and Guyana began negotiations": when the subject's "from"/
    "of" phrase names several countries and the source was coded as the people of one of them,
    the others are the other side of the joint act, its target (events.args.phrase-partners.v1,
    judged round 19: Guyana left out). Only for an act between two sides (``PARTNER_TYPES``)."""
    entry = match(token)
    if entry is None or entry.type not in PARTNER_TYPES or len(args.source) != 1:
        return False
    own = actor_countries(args.source, state)
    if len(own) != 1:
        return False
    nouns = [p for s in _clause_subjects(token) for c in s.children
             if c.dep_ == "prep" and c.lower_ in {"from", "of"}
             for p in c.children if p.dep_ == "pobj" and conjuncts(p)]
    named = [actors_named_at([n], state) for noun in nouns for n in [noun, *conjuncts(noun)]]
    sides = [[a for a in ids if a not in args.source] for ids in named]
    if not all(sides) or not any(actor_countries(ids, state) == own for ids in sides):
        return False
    partners = [ids[0] for ids in sides if actor_countries(ids[:1], state) - own
                and actor_countries(ids[:1], state)]
    if not partners:
        return False
    args.target = list(dict.fromkeys(partners))
    args.rules.append(PHRASE_PARTNERS)
    return True


def _clause_subjects(token: Token) -> list[Token]:
    """The subjects of the trigger's clause, or of the verb it is the object or control
    clause of ("began negotiations", "agreed to hold talks")."""
    verb = token
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECTS]
        if found or verb.dep_ not in {"xcomp", "conj", "dobj"} or verb.head.i == verb.i:
            return found
        verb = verb.head
    return []


def nominal_subject_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """"A Taliban gun attack killed two and wounded five officials from the NATO coalition":
    a nominal force event that is the subject of what it did has that verb's objects as its
    targets (events.args.nominal-subject.v1)."""
    if args.target or entry_type not in AFFECTED_TYPES or token.pos_ not in {"NOUN", "PROPN"}:
        return
    if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return
    verbs = [v for v in [token.head, *conjuncts(token.head)] if _does_force(v)]
    objects = [through_quantity(c) for v in verbs for c in v.children if c.dep_ == "dobj"]
    found = actors_named_at([n for o in objects for n in [o, *conjuncts(o)]], state)
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
    nouns = [n for noun in nouns for n in [noun, *conjuncts(noun)]]
    found = actors_named_at(nouns, state)
    found += actors_named_at([m for n in nouns if not state.mentions_at(n.i)
                              and n.lower_ not in words("currency_nouns")
                              for m in n.children if m.dep_ in {"compound", "poss"}], state)
    return list(dict.fromkeys(found))


def _does_force(verb: Token) -> bool:
    """"the attack killed ...", not "the attack took place" nor "led forces to evacuate"."""
    entry = match(verb)
    return entry is not None and entry.type in AFFECTED_TYPES


def listed_parties(subjects: list[Token], state: DocState) -> list[str]:
    """"The Bank of Canada, the Bank of England, the ECB and the Federal Reserve announced":
    the parser hangs the list on the first name as an apposition whose conjuncts carry the
    rest; every listed actor is a party (events.args.listed-parties.v1)."""
    listed = [a for s in subjects for c in s.children if c.dep_ == "appos"
              and any(g.dep_ == "conj" for g in c.children) for a in [c, *conjuncts(c)]]
    return actors_named_at(listed, state)


def made_by_rules(args: Args, state: DocState) -> None:
    """Name the argument rule that made an argument actor ("16 people" made by
    domestic-target.v2 and found again as a mention, as ``dateline explain`` does)."""
    for actor in (state.actor(i) for i in args.source + args.target):
        rule = actor.rule if actor is not None else None
        if rule and rule.startswith("events.args."):
            # a group given a country later carries both rules ("...unnamed-party.v1+...")
            args.rules.extend(r for r in rule.split("+") if r not in args.rules)


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
    own = actor_countries(args.source, state)
    if not args.target or not own:
        return
    envoys = words("envoy_nouns")
    kept: list[str] = []
    hosts: list[str] = []
    for actor_id in args.target:
        codes = actor_countries([actor_id], state)
        found = [e for h in mention_heads([actor_id], token, state)
                 if (e := _envoy_of(h, envoys)) is not None] if codes and codes <= own else []
        if not found:
            kept.append(actor_id)
            continue
        posted = [p for e in found for c in e.children if c.dep_ == "prep"
                  and c.lower_ in POSTED_PREPS for p in c.children if p.dep_ == "pobj"]
        hosts += actors_or_places_at([n for p in posted for n in [p, *conjuncts(p)]], state)
    if len(kept) == len(args.target):
        return
    # the host country, not a person named there
    posts = sorted(actor_countries(hosts, state) - own)
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
