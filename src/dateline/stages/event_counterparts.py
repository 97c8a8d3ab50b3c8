"""The counterpart named in the clause (judged round 9: "the other party is named in
the clause but the target is left empty").

- ``events.args.imported-preps.v1``: an event matched by an imported CAMEO pattern names its
  counterpart with the prepositions its PLOVER type takes (``clauses.imported_target_preps``),
  on the verb or on its object: "settled its long dispute with the record company", "imposed
  sanctions on Iran", "appealed to the council";
- ``events.args.misparsed-prep.v1``: "had pleaded before Congress to be given loans": the
  parser reads a target preposition followed by a non-finite clause as the clause's
  subordinator; the clause's subject is the one pleaded before;
- ``events.args.purpose-target.v2``: "is sending arms to support government troops": the
  object of a purpose clause that says whom an aid, a support or (v2, round 14) a deployment
  is for is its target ("sending troops to help South Korea"), by the types of
  ``clauses.target_positions`` ("purpose-clause");
- ``events.args.reacted-act.v1``: "expressed disappointment at GM's cancellation of the deal":
  a reaction's target is who did the act reacted to, the possessor of the nominal act;
- ``events.args.clash-with.v1``: "two soldiers were killed in a clash with local rebels": the
  other side of the fight is the source of a passive killing that names no agent;
- ``events.args.relative-victims.v1``: "the bombing, in which two police officials were
  wounded": the passive subject of an "in which" clause on a nominal attack is its target.

Round 13 (judged round 10, "an air strike by the Philippines military" left the killing with
no source):

- ``events.args.attack-by.v1``: "nine villagers were killed in a drone strike by the army",
  "were wounded in Russia's shelling of the town": a passive force verb with no agent, told as
  happening in a nominal attack, was done by whoever did the attack, its "by" phrase or its
  possessor;
- ``events.args.reacted-agent.v1``: "protested the arrest of its journalist by Turkish police",
  "condemned what he called a horrific act by Hamas": a reaction to a nominal act whose "by"
  phrase names who did it is aimed at that doer, not at the act's patient.

Round 20 (judged rounds 15-16, conjoined subjects coded as each other's target):
``events.args.one-way-act.v1``: "X and Y <act>" is X<->Y only for an act mutual by nature or
made mutual by its clause, between two sides (``reciprocal_act``).

Wave 27 (judged round 19, "France and the UK will hold joint drills with ... nations" coded as
each other's target; "protests against the reforms of Berisha's government" left empty):
``events.args.joint-partner.v1``: conjoined subjects that act "with" a named party did it with
that party (``joint_partners``); ``events.args.nominal-reaction.v1``: a nominal protest or
reaction "against Russia's annexation" is aimed at the act's possessor
(``nominal_reaction_targets``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.lexicons import active
from dateline.record import Actor
from dateline.stages.event_arg_actors import target_positions
from dateline.stages.event_lexicon import TriggerEntry, match, particles
from dateline.stages.event_phrase_actors import actors_of, frame_verb, targets_of
from dateline.stages.event_targets import passive_people
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of, words

IMPORTED_PREPS = "events.args.imported-preps.v1"
MISPARSED_PREP = "events.args.misparsed-prep.v1"
PURPOSE_TARGET = "events.args.purpose-target.v2"


def imported_preps(entry: TriggerEntry) -> frozenset[str]:
    """The prepositions an imported pattern's type adds to its own ``target_preps``."""
    if not entry.origin.startswith("cameo2"):
        return frozenset()
    return active().derived(f"events.imported-preps.{entry.type}",
                            lambda _data: _type_preps(entry.type)) - set(entry.target_preps)


def _type_preps(entry_type: str) -> frozenset[str]:
    pairs = (p.split() for p in words("imported_target_preps"))
    return frozenset(prep for kind, prep in pairs if kind == entry_type.lower())


def imported_prep_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """Actors named by the type's prepositions on an imported pattern's verb or its object."""
    preps = imported_preps(entry)
    if not preps:
        return []
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    found = [a for h in holders for word, prep in particles(h).items() if word in preps
             for a in targets_of([c for c in prep.children if c.dep_ == "pobj"], state)]
    return list(dict.fromkeys(found))


def misparsed_prep_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"pleaded before Congress to be given $14 billion": the subject of a non-finite clause
    that a target preposition of the entry opens as its "mark"."""
    preps = set(entry.target_preps) | imported_preps(entry)
    clauses = [c for c in token.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return actors_of([s for c in clauses for s in c.children if s.dep_ in SUBJECTS], state)


def purpose_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"sending arms to support Yemeni government troops": the object of a "to" clause with no
    subject of its own whose verb says whom the act helps (``clauses.purpose_support_verbs``)."""
    if "purpose-clause" not in target_positions(entry.type):
        return []
    helping = words("purpose_support_verbs")
    clauses = [c for c in token.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
               and c.lemma_.lower() in helping
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(s.dep_ in SUBJECTS for s in c.children)]
    objects = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    # "sent troops to reinforce its peacekeeping mission": the actor's own, no counterpart
    return actors_of([o for o in objects if not any(
        p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)], state)


def complete_counterpart(args_target: list[str], args_source: list[str], args_rules: list[str],
                         token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """The target list with the counterparts above added when the slots found none."""
    if args_target:
        return args_target
    for finder, rule in ((imported_prep_targets, IMPORTED_PREPS),
                         (misparsed_prep_targets, MISPARSED_PREP),
                         (purpose_targets, PURPOSE_TARGET),
                         (reacted_act_targets, REACTED_ACT)):
        found = [a for a in finder(token, entry, state) if a not in args_source]
        if found:
            args_rules.append(rule)
            return found
    return args_target


REACTED_ACT = "events.args.reacted-act.v1"
CLASH_SOURCE = "events.args.clash-with.v1"


def reacted_act_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"expressed disappointment at GM's cancellation of the Magna deal", "voiced anger over
    Russia's annexation of Crimea": who did the act reacted to (the possessor of the nominal
    act) is the target, not the object of that act."""
    if entry.type.lower() not in words("reaction_types"):
        return []
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    reacting = words("reaction_preps")
    acts = [p for h in holders for word, prep in particles(h).items() if word in reacting
            for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
            and not state.mentions_at(p.i)]
    return actors_of([c for a in acts for c in a.children if c.dep_ == "poss"], state)


def clash_source(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"Two soldiers were killed in a clash with local rebels": a passive force verb with no
    agent, told as happening in a fight, was done by the other side the fight's "with" phrase
    names (events.args.clash-with.v1)."""
    if entry.type != "ASSAULT" or token.pos_ != "VERB" or not any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
        return []
    return _fight_partners(token, state)


CLASH_COUNTERPART = "events.args.clash-counterpart.v1"


def clash_counterpart(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"Police fought in clashes with demonstrators", "five civilians died in clashes with the
    army": an active force verb told as happening in a fight names the other side in the fight's
    "with" phrase (events.args.clash-counterpart.v1). The caller makes it the target, or, for a
    verb whose subject suffers the act (``clauses.victim_verbs``), the source."""
    if entry.type != "ASSAULT" or token.pos_ != "VERB" or any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in token.children):
        return []
    return _fight_partners(token, state)


def suffered_by_subject(token: Token) -> bool:
    """"died", "perished": the subject is the one the act befell (``clauses.victim_verbs``)."""
    return token.lemma_.lower() in words("victim_verbs")


def _fight_partners(token: Token, state: DocState) -> list[str]:
    """Actors of the "with" phrase of a fight the verb's "in"/"during"/"amid" phrase names."""
    return actors_of(fight_with_nouns(token, _is_fight), state)


def fight_with_nouns(token: Token, is_fight: Callable[[Token], bool]) -> list[Token]:
    """The "with" objects of a fight noun (``is_fight``) in the verb's "in"/"during"/"amid"
    phrase ("killed in clashes with the army", "in a gun battle with Taliban fighters")."""
    fighting = words("fight_preps")
    fights = [p for word, prep in particles(token).items() if word in fighting
              for p in prep.children if p.dep_ == "pobj" and is_fight(p)]
    return [p for f in fights for word, prep in particles(f).items() if word == "with"
            for p in prep.children if p.dep_ == "pobj"]


REACTED_AGENT = "events.args.reacted-agent.v1"


def reacted_agents(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"protested the arrest of its journalist by Turkish police": the doer, named by a "by"
    phrase, of the act a reaction verb has as object, or that a "what it called" clause on it
    names ("condemned what he called a horrific act by Hamas"; events.args.reacted-agent.v1)."""
    if entry.type.lower() not in words("reaction_types") or token.pos_ != "VERB":
        return []
    acts = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    acts += [o for c in token.children if c.dep_ == "ccomp" and _names_what(c)
             for o in c.children if o.dep_ in {"oprd", "attr", "dobj"} and o.pos_ == "NOUN"]
    doers = [p for a in acts if not state.mentions_at(a.i)
             for word, prep in particles(a).items() if word == "by"
             for p in prep.children if p.dep_ == "pobj"]
    # "by the governments of Namibia and Saint Kitts": the bodies' own "of" phrase too
    doers += [p for d in doers for word, prep in particles(d).items() if word == "of"
              for p in prep.children if p.dep_ == "pobj"]
    return list(dict.fromkeys(actors_of(doers, state)))


def _names_what(clause: Token) -> bool:
    """"what he called a horrific act", "what it described as": a free relative naming what
    the reaction is to (``clauses.naming_verbs``)."""
    return clause.lemma_.lower() in words("naming_verbs") and any(
        c.lower_ == "what" for c in clause.children)


ATTACK_BY = "events.args.attack-by.v1"


def attack_by_source(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"Nine villagers were killed in a drone strike by the army": the doer of the nominal
    attack a passive force verb with no agent happened in, named by the attack's "by" phrase
    or possessor (events.args.attack-by.v1)."""
    if not _agentless_passive_force(token, entry):
        return []
    fighting = words("fight_preps")
    attacks = [p for word, prep in particles(token).items() if word in fighting
               for p in prep.children if p.dep_ == "pobj" and _is_attack(p)]
    doers = [p for a in attacks for word, prep in particles(a).items() if word == "by"
             for p in prep.children if p.dep_ == "pobj"]
    doers += [c for a in attacks for c in a.children if c.dep_ == "poss"]
    return actors_of(doers, state)


def _agentless_passive_force(token: Token, entry: TriggerEntry) -> bool:
    return entry.type == "ASSAULT" and token.pos_ == "VERB" and any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)


def _is_attack(noun: Token) -> bool:
    found = match(noun)
    return found is not None and found.type == "ASSAULT"


def _is_fight(noun: Token) -> bool:
    found = match(noun)
    return found is not None and found.type == "ASSAULT" and "with" in found.target_preps


RELATIVE_VICTIMS = "events.args.relative-victims.v1"


def relative_victims(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"the bombing, in which two police officials were wounded": the passive subject of an
    "in which" clause on a nominal force event is its target (events.args.relative-victims.v1)."""
    if entry.type != "ASSAULT" or token.pos_ not in {"NOUN", "PROPN"}:
        return []
    which = words("relative_which")
    clauses = [c for c in token.children if c.dep_ == "relcl" and any(
        p.dep_ == "prep" and any(w.dep_ == "pobj" and w.lower_ in which for w in p.children)
        for p in c.children)]
    found = actors_of([s for c in clauses for s in c.children if s.dep_ == "nsubjpass"], state)
    people = [p for c in clauses if (p := passive_people(c, entry.type, state)) is not None]
    return found or people  # "three Egyptian police officers": Egyptian people, no actor


# --- round 20: which conjoined subjects acted with each other ---------------------------------

#: "X and Y backed the rebels", "co-hosted", "proposed", "committed to supporting Z": each did
#: it alone, so neither is the other's target (judged rounds 15-16).
ONE_WAY_ACT = "events.args.one-way-act.v1"


def reciprocal_act(token: Token, entry: TriggerEntry, sources: list[str],
                   state: DocState) -> bool:
    """Whether conjoined subjects ``sources`` did the act with each other: an act mutual by
    nature ("met", "clashed", "signed an accord") or one the clause makes mutual ("pledged to
    work together"), or any act but support and the one-way acts ("hosted", "proposed",
    "committed to"), between two distinct sides, and not "but not with each other"."""
    if reciprocity_denied(token) or len(_sides(sources, state)) < 2:
        return False
    if entry.symmetric or token.lemma_.lower() in words("reciprocal_acts") or (
            _reciprocal_marker(token)):
        return True
    if _one_government(_sides(sources, state)):  # "signed by the President and the Premier"
        return False
    return not (entry.type.lower() in words("one_way_types")
                or token.lemma_.lower() in words("one_way_acts"))


def _reciprocal_marker(token: Token) -> bool:
    """A word of the trigger's clause that makes the act mutual ("work together", "each
    other's initiatives", "bilateral ties")."""
    start = sentence_of(token).start
    return any(t.lower_ in words("reciprocal_markers") for t in token.subtree
               if sentence_of(t).start == start)


def reciprocity_denied(token: Token) -> bool:
    """"are to meet in Cairo, but not with each other"."""
    sent = sentence_of(token)
    for t in sent:
        if t.lower_ == "other" and t.i > sent.start and t.nbor(-1).lower_ in {"each", "one"}:
            before = token.doc[max(sent.start, t.i - 4) : t.i - 1]
            if any(w.lower_ in words("negations") for w in before):
                return True
    return False


def _sides(sources: list[str], state: DocState) -> list[Actor]:
    """The sources less a country whose own official or body is also a source ("Hong Kong's
    Chief Executive praised", "Burkina Faso's President proposed": one side)."""
    actors = [a for i in sources if (a := state.actor(i)) is not None]
    countries = {a.country for a in actors if a.kind != "country" and a.country}
    return [a for a in actors if not (a.kind == "country" and a.country in countries)]


def _one_government(sides: list[Actor]) -> bool:
    """All sides are of one country and sector: co-signers, co-hosts, one delegation ("ratified
    by the Commission and the Council")."""
    return all(a.country and a.sector for a in sides) and len(
        {(a.country, a.sector) for a in sides}) == 1


# --- wave 27 (ev27a; judged round 19: "France and the UK will hold joint drills with ... nations"
# coded France and the UK as each other's target, the partner named by "with" left out) --------

#: "Egypt and Jordan held joint drills with Senegal": the conjoined subjects did the joint act
#: together with the party of the "with" phrase, which is its target, not each other.
JOINT_PARTNER = "events.args.joint-partner.v1"


def joint_partners(token: Token, sources: list[str], state: DocState) -> list[str]:
    """The actors a "with" phrase on a verb trigger, or on its direct object, names as the
    partner of a joint act ("held talks with Libya", "conducted an exercise with China"), less
    the sources themselves (events.args.joint-partner.v1). Only for a subject of conjoined
    sides: "the president of the Council will convene with the ministers" is one side, whose
    own body is no partner."""
    if token.pos_ != "VERB" or not _conjoined_subject(token):
        return []
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    partners = [p for h in holders for word, prep in particles(h).items() if word == "with"
                for p in prep.children if p.dep_ == "pobj"]
    return [a for a in dict.fromkeys(actors_of(partners, state)) if a not in sources]


def _conjoined_subject(token: Token) -> bool:
    """"Italy and Spain held", "the Navy's two ships and a frigate conducted": the subject of
    the trigger, or of the verb that frames it, joins several parties with a conjunction."""
    verbs = {token, frame_verb(token)}
    return any(c.dep_ == "conj" for v in verbs for s in v.children if s.dep_ in SUBJECTS
               for c in s.children)


#: "A protest against Russia's annexation of Crimea", "anger over the army's seizure of the
#: station": a nominal reaction's target is who did the act it reacts to, as for a verb
#: (events.args.reacted-act.v1 read on the noun; events.args.nominal-reaction.v1).
NOMINAL_REACTION = "events.args.nominal-reaction.v1"


def nominal_reaction_targets(token: Token, entry: TriggerEntry, state: DocState,
                             sources: list[str]) -> list[str]:
    """The possessor of the act a nominal reaction trigger's "against"/"over" phrase names
    ("the protest against Beijing's new security law": Beijing), less its sources. Not a
    pronoun possessor: "protests against their land being confiscated" names the protesters'
    own land, not a doer."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    owners = [c for p in token.children if p.dep_ == "prep" and p.lower_ in words("reaction_preps")
              for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "poss"]
    if any(c.pos_ == "PRON" for c in owners):
        return []
    return [a for a in reacted_act_targets(token, entry, state) if a not in sources]


#: Wave 57 (ev57e; judges: "welcomes the resolutions of the Security Council" left empty,
#: "complained to the IMF about Guadeloupe's exchange-rate policy" aimed at the IMF): a
#: reaction to a thing a party made or holds is aimed at that party.
REACTED_OWNER = "events.args.reacted-owner.v2"
#: Wave 105 (ev105h; judged round 84: "has refused opposition calls to resign" left empty): a
#: thing with no possessor, "of" or "by" phrase whose owner is the noun compounded with it
#: ("opposition calls", "U.S. sanctions") is that party's, read the same way.
REACTED_COMPOUND_OWNER = "events.args.reacted-compound-owner.v2"


def reacted_owner(target: list[str], source: list[str], rules: list[str], token: Token,
                  entry: TriggerEntry, state: DocState) -> list[str]:
    """A reaction verb (``clauses.reaction_types``) whose object, or whose "about"/"over"/
    "against"/"at" phrase (``clauses.reaction_preps``), is a thing a party made or holds
    (``clauses.reacted_owner_nouns``: a decision, a resolution, a policy, a ban) takes that
    party as its target: the thing's possessor, its "of" phrase, or its "by" phrase (on the
    noun or on a participle of it: "the proposal made by Peru"). It fills an empty target, of
    the source's own country too ("the decision of the Kenyan Supreme Court"), and replaces the
    "to" addressee of a verb of complaining (``clauses.addressed_reaction_verbs``: "complained
    to the IMF about Guadeloupe's policy"). A person or a visitor as object is the target itself
    and is left to the slots; a thing with no party ("welcomed the rain") gives nothing, nor
    does a group named by a common noun with no country of its own ("measures implemented by
    government authorities": whose the article would guess; events.args.reacted-owner.v2)."""
    if entry.type.lower() not in words("reaction_types") or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("reacted_owner_verbs"):
        return target
    addressed = actors_of([p for word, prep in particles(token).items() if word == "to"
                           for p in prep.children if p.dep_ == "pobj"], state)
    if target and (token.lemma_.lower() not in words("addressed_reaction_verbs")
                   or not set(target) <= set(addressed)):
        return target
    things = _owned_things(token, state)
    heads = _thing_owners(things)
    compound = not heads  # "refused opposition calls to resign" (ev105h)
    heads = heads or [c for t in things for c in t.children if c.dep_ == "compound"]
    aimed = _aimed_countries(things, heads, state)
    owners = [a for a in dict.fromkeys(actors_of(heads, state))
              if a not in source and a not in addressed and not _same_state(a, source, state)
              and (actor := state.actor(a)) is not None and actor.country not in aimed
              and (actor.country or not (actor.rule or "").startswith("actors.description."))]
    if not owners:
        return _pronoun_owner(target, source, rules, things, addressed, state)
    rules.append(REACTED_COMPOUND_OWNER if compound else REACTED_OWNER)
    return owners


#: Wave 87 (ev87m; judges: "the Peronists rejected his offer", "the court voted to reject his
#: request" left empty where the pronoun's antecedent is named): the same reaction to a thing
#: whose only possessor is a personal pronoun ("his", "her") is aimed at the person it stands
#: for, as the actors stage resolved it.
REACTED_PRONOUN_OWNER = "events.args.reacted-pronoun-owner.v2"


def _pronoun_owner(target: list[str], source: list[str], rules: list[str], things: list[Token],
                   addressed: list[str], state: DocState) -> list[str]:
    """An empty target filled with the named person a reacted-to thing's pronoun possessor
    stands for (``clauses.reacted_owner_pronouns``): one person only, not the source nor the
    addressee; "its"/"their" are left alone (a body or a group: whose is less sure)."""
    if target:
        return target
    pronouns = words("reacted_owner_pronouns")
    heads = [c for t in things for c in t.children if c.dep_ == "poss" and c.lower_ in pronouns]
    owners = [a for a in dict.fromkeys(actors_of(heads, state))
              if a not in source and a not in addressed
              and (actor := state.actor(a)) is not None and actor.kind == "person"]
    if len(owners) != 1:
        return target
    rules.append(REACTED_PRONOUN_OWNER)
    return owners


def _owned_things(token: Token, state: DocState) -> list[Token]:
    """The owned things (``clauses.reacted_owner_nouns``) the reaction is to: its objects and
    the objects of its reaction prepositions, with their conjuncts; none an actor itself."""
    reacting = words("reaction_preps")
    # "the junta's plan was widely condemned": a passive reaction's subject is what it reacts to
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    things = objects + [p for h in [token, *objects] for word, prep in particles(h).items()
                        if word in reacting for p in prep.children if p.dep_ == "pobj"]
    owned = words("reacted_owner_nouns")
    return [n for t in things for n in [t, *t.conjuncts] if n.pos_ == "NOUN"
            and n.lemma_.lower() in owned and not state.mentions_at(n.i)]


def _thing_owners(things: list[Token]) -> list[Token]:
    """The possessor, "of" object or "by" object (on the noun or its participle) of each
    owned thing: "Guadeloupe's policy", "the resolutions of the Council", "the plan made by"."""
    owners = [c for t in things for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for thing in things:
        owners += [p for word, prep in particles(thing).items() if word in {"of", "by"}
                   for p in prep.children if p.dep_ == "pobj"]
        owners += [p for v in thing.children if v.dep_ == "acl" and v.tag_ == "VBN"
                   for a in v.children if a.dep_ == "agent"
                   for p in a.children if p.dep_ == "pobj"]
    return owners


def _aimed_countries(things: list[Token], owners: list[Token], state: DocState) -> set[str]:
    """Countries of the actors named in the things' phrases outside their owners' ("the
    government's decision to suspend ties with Malaysia"): the owner is none of them (an
    unnamed "the government" read as Malaysia's is a misreading)."""
    owned = {t.i for o in owners for t in o.subtree}
    return {actor.country for n in things for t in n.subtree
            if t.i not in owned and t.i != n.i and t.pos_ != "PRON"
            for m in state.mentions_at(t.i)
            if (actor := state.actor(m.actor_id)) is not None and actor.country}


def _same_state(owner: str, source: list[str], state: DocState) -> bool:
    """"Kenya welcomed Kenya's decision": a country owner of a source of its own country (or a
    country source and an owner of its country) is the source's own side, no counterpart."""
    actor = state.actor(owner)
    if actor is None or not actor.country:
        return False
    sides = [a for i in source if (a := state.actor(i)) is not None]
    return any(a.country == actor.country and "country" in {a.kind, actor.kind} for a in sides)
