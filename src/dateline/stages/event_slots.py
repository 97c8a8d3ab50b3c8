"""The verb's and the noun's own slots: the arguments the events stage reads off a trigger's parse.

Subject and object of an active verb, patient and "by" agent of a passive (shared with a
coordinated or conjoined passive, a participle on a noun or an adverbial clause), object
control ("prompting Apple Corps to file suit"), an unresolved pronoun's governing subject, the
entry's target prepositions through control clauses, and the roles of a nominal trigger (its
possessor, its light verb's subject, its "between" phrase). ``Arguments`` is what they fill.
Apart from ``events`` (which decides whether the arguments make an event) and from the rules
beyond these slots (``event_args``) and the fallbacks for a missing target
(``event_target_search``). Rules here: ``events.args.object-control.v1``,
``participle-patient.v1``, ``adverbial-patient.v1``, ``shared-passive.v1``,
``relative-patient.v1``, ``listed-parties.v1`` and ``events.args.addressee.v1`` (an addressed
request takes no target from what it asks for: "asked them to draw up plans to protect Spain").
When these slots leave the target empty, the counterparts of ``event_counterparts`` (round 12)
are looked for before the fallbacks of ``event_target_search``.

Round 14 (judged rounds 11-12): ``events.args.suffered-act.v1`` ("Kenya faced attacks by
al-Shabab": who undergoes a nominal event is its target, not its doer) and
``events.args.owned-patient.v1`` ("their office was attacked by ...": the owner is the target).

Round 23 (ev23a, judged round 17: legal acts whose arguments were lost):
``events.args.relative-subject.v1`` ("the court, which convicted the journalist", "Boko Haram,
which has seized the town"): the relative pronoun subject of a force or legal act told in a
relative clause set off by a comma is the antecedent's actor (the act was dropped unsourced).

Round 13 (judged round 10): ``events.args.patient-owner.v1`` ("his brother was arrested": the
possessor of a force verb's passive subject is no agent), ``events.args.reacted-agent.v1``
and the source of ``events.args.attack-by.v1`` (both in ``event_counterparts``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.stages.actor_counted_groups import RULE as COUNTED_GROUP_ARGS
from dateline.stages.actor_counted_groups import counted_parties, crowd_protest
from dateline.stages.actor_thrown_at import RULE as THROWN_AT_ARGS
from dateline.stages.actor_thrown_at import thrown_at_target
from dateline.stages.coref import (
    INFINITIVE_DOER_PRONOUN_ARGS,
    NOT_DOER_PRONOUN_ARGS,
    OBJECT_PRONOUN_ARGS,
    attach_object_pronouns,
    infinitive_pronoun_party,
    plural_object_rivals,
    pronoun_party,
    reporting_verb,
    unbound_pronoun_party,
)
from dateline.stages.crowds import crowd_agent, sentence_protesters
from dateline.stages.event_accompanying_parties import ACCOMPANYING_WITH, accompanying_parties
from dateline.stages.event_arg_actors import (
    MISJOINED_NAMES,
    MISJOINED_SUBJECT,
    harm_types,
    misjoined_first_names,
    subject_of_next_verb,
)
from dateline.stages.event_args import listed_parties, nominal_roles
from dateline.stages.event_by_agents import named_agents
from dateline.stages.event_counterparts import (
    ATTACK_BY,
    CLASH_COUNTERPART,
    CLASH_SOURCE,
    JOINT_PARTNER,
    NOMINAL_REACTION,
    ONE_WAY_ACT,
    REACTED_AGENT,
    RELATIVE_VICTIMS,
    attack_by_source,
    clash_counterpart,
    clash_source,
    complete_counterpart,
    joint_partners,
    nominal_reaction_targets,
    reacted_agents,
    reacted_owner,
    reciprocal_act,
    relative_victims,
    suffered_by_subject,
)
from dateline.stages.event_domestic import antecedent, clash_party
from dateline.stages.event_facility_owners import FACILITY_OWNER, facility_owners
from dateline.stages.event_follower_groups import FOLLOWER_GROUP, follower_head, follower_targets
from dateline.stages.event_force_agents import force_agents
from dateline.stages.event_frames import REQUESTING_TYPES
from dateline.stages.event_harm_attackers import harm_attackers
from dateline.stages.event_joint_one_way import (
    ALLIED_ACT,
    allied_act,
    joint_one_way_act,
    joint_one_way_rules,
)
from dateline.stages.event_lexicon import (
    RELATIVE_PRONOUNS,
    TriggerEntry,
    match,
    object_heads,
    particles,
)
from dateline.stages.event_listed_sites import LISTED_SITE, listed_sites
from dateline.stages.event_named_owners import named_thing_owner
from dateline.stages.event_nominal_parties import (
    BY_AGENT_TARGET,
    CROWD_PLACE_OWNER,
    UNDERGONE_POSSESSOR,
    by_agent_targets,
    crowd_place_owners,
    undergone_possessors,
)
from dateline.stages.event_observed_acts import OBSERVED_ACT, observed_act
from dateline.stages.event_owned_parties import OWNED_OTHER_PARTY, other_party_subject
from dateline.stages.event_party_nouns import party_nouns
from dateline.stages.event_passive_chains import CHAINED_PASSIVE, chained_passive
from dateline.stages.event_passive_roles import (
    AGENT_COMPLEMENT_PASSIVE,
    agent_complement_passive,
    by_agent_owner,
    party_patient_modifier,
)
from dateline.stages.event_phrase_actors import (
    MODIFIER_ACTORS,
    OBJECTS,
    actors_of,
    agent_nouns,
    frame_verb,
    owner_actors,
    pronoun_owned,
    targets_of,
)
from dateline.stages.event_reciprocal import reciprocal_object
from dateline.stages.event_resigner_targets import resigner_target
from dateline.stages.event_seized_states import seized_state
from dateline.stages.event_small_clause_passives import (
    CONJOINED_PASSIVE_CHAIN,
    REPORTED_PARTICIPLE_PATIENT,
    conjoined_passive_chain,
    reported_participle_patient,
)
from dateline.stages.event_state_nouns import STATE_CLASS_NOUN, class_noun_states
from dateline.stages.event_targets import (
    BARE_CONJOINED_PASSIVE,
    CONJOINED_PASSIVE,
    CONTROLLED_PASSIVE,
    PARTICIPLE_CLAUSE,
    PASSIVE_COMPLEMENT,
    PASSIVE_PEOPLE,
    RETAINED_OBJECT_PASSIVE,
    UNMARKED_PASSIVES,
    conjoined_passive,
    object_agents,
    passive_people,
)
from dateline.stages.modality_embedded import COERCED_NO_PARTY_RULE, coerced_unnamed
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}


@dataclass
class Arguments:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    implicit: bool = False
    rules: list[str] = field(default_factory=list)  # argument rules that set them (event_args)
    mutual: bool = False  # "X and Y met": each did it with the other
    places: list[str] = field(default_factory=list)  # uncoded places dropped as targets (ev93a)


def arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    attach_object_pronouns(token.doc, state)  # "accused them": the rebels, now an actor
    if token.pos_ in {"NOUN", "PROPN"}:
        args = _noun_arguments(token, entry, state)
    else:
        args = _verb_arguments(token, entry, state)
    if crowd_protest(args.source, token, entry.type, entry.rule, state):
        args.source = []  # "thousands of protesters marched": the crowd rules' (ev63a)
    if not args.source:  # "detained, tortured or killed by soldiers" (event_by_agents)
        args.source, rule = named_agents(token, args.target, state)
        args.rules += [rule] if rule else []
    if not args.source:  # "an army attack", "by a jury" (event_party_nouns)
        _party_source(args, token, entry, state)
    if not args.source:  # "killed in a police raid", "police said ... were detained"
        args.source, rule = force_agents(token, entry.type, args.target, state)
        args.rules += [rule] if rule else []
    # a passive read from the sentence's shape names its agents in "by": none did it with another
    mutual = (entry.symmetric or entry.type in MUTUAL_TYPES) and not (
        UNMARKED_PASSIVES & set(args.rules))
    present = accompanying_parties(token, args.source, state) if mutual else set()
    if present & set(args.target):  # "met ..., with envoys from the US" (ev105d)
        args.target = [a for a in args.target if a not in present]
        args.rules.append(ACCOMPANYING_WITH)
    if len(args.source) > 1 and not args.target and mutual and (
            partners := [a for a in joint_partners(token, args.source, state)
                         if a not in present]):
        args.target, args.rules = partners, [*args.rules, JOINT_PARTNER]  # "held drills with"
    if len(args.source) > 1 and not args.target and mutual:
        reciprocal = reciprocal_act(token, entry, args.source, state)
        if reciprocal and joint_one_way_act(token) and not reciprocal_object(token):
            args.rules += joint_one_way_rules(token)  # "X and Y hosted talks": together, not mutual
        elif reciprocal and allied_act(token, entry.type):
            args.rules.append(ALLIED_ACT)  # "X and Y fought together": one side, not each other
        elif reciprocal:
            args.source, args.target = args.source[:1], args.source[1:]  # "X and Y agreed"
            args.mutual = True
        else:  # "X and Y backed the rebels": each did it alone
            args.rules.append(ONE_WAY_ACT)
    args.target = [a for a in args.target if a not in args.source
                   and not pronoun_owned(a, state)]
    if pronoun_party(args.source + args.target, token, state):
        args.rules.append(OBJECT_PRONOUN_ARGS)
    if unbound_pronoun_party(args.source + args.target, token, state):
        args.rules.append(NOT_DOER_PRONOUN_ARGS)
    if infinitive_pronoun_party(args.source + args.target, token, state):
        args.rules.append(INFINITIVE_DOER_PRONOUN_ARGS)  # "telephoned to congratulate him"
    if counted_parties(args.source + args.target, state):
        args.rules.append(COUNTED_GROUP_ARGS)  # "a group of militants" (ev63a)
    if thrown_at_target(token, args.target, state):
        args.rules.append(THROWN_AT_ARGS)  # "threw stones at police" (ev64c)
    return args


def _party_source(args: Arguments, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """The source an uncoded party noun names ("an army attack", "convicted by a federal
    jury"), else the protesters the sentence names for a protest noun (ev36c). Not where the
    crowd rules read a crowd ("thousands joined the protest"), nor for a mutual act told by a
    passive verb ("they were met by protesters": met with, no doer)."""
    if crowd_agent(token, entry.type) or (token.pos_ == "VERB" and entry.type in MUTUAL_TYPES):
        return
    for finder in (party_nouns, sentence_protesters):
        args.source, rule = finder(token, args.target, state)
        if args.source:
            args.rules.append(rule)
            return


def _verb_arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    frame = frame_verb(token)
    # "are expected to meet": the controller's subject is the inner verb's, whatever the voice
    conjoined = conjoined_passive(token, frame)
    passive = (frame.i == token.i or _shared_passive(token, frame) or conjoined) and any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    unmarked = None if passive else _unmarked_passive(token, frame)
    passive = passive or unmarked is not None
    subjects = [c for c in frame.children if c.dep_ in SUBJECTS]
    misjoined = not passive and token.i > 0 and subject_of_next_verb(token.nbor(-1))
    if misjoined:
        subjects = [token.nbor(-1)]  # "... the attack and President Yeltsin telephoned X"
    people = passive_people(token, entry.type, state) if passive else None
    agent = agent_nouns(token) or (object_agents(token) if conjoined else [])  # "was denied
    # access by the authorities": the "by" phrase hangs on the retained object
    misparsed = token.tag_ == "VBD" or any(c.dep_ == "dobj" for c in token.children)
    if token.dep_ == "acl" and misparsed and not agent:
        subjects, passive = [token.head], False  # "Israeli airstrikes killed ...", misparsed
    patients_side: list[str] = []  # "a Serbian teen was sentenced": Serbia is neither party
    if passive or (token.dep_ == "acl" and subjects != [token.head]):
        args = _passive_arguments(token, frame, subjects, agent, people, conjoined, state,
                                  unmarked=unmarked)
        _patient_owner(args, token, entry, agent, state)
        _owned_patient(args, token, entry, state)
        by_agent_owner(args, token, entry.type, state)  # "X's plan was welcomed by all"
        patients_side = party_patient_modifier(args, token, entry.type, agent, state)
    else:
        args = _active_arguments(token, subjects, state)
    if misjoined and args.source:
        args.rules.append(MISJOINED_SUBJECT)
    if any(misjoined_first_names(t) for t in [*subjects, *token.children]
           if t.dep_ in SUBJECTS | OBJECTS):
        args.rules.append(MISJOINED_NAMES)  # "X's PM A and Y's President B met"
    if unmarked is not None:
        args.rules.append(unmarked)
    addressed = bool(args.target) and entry.type in REQUESTING_TYPES
    args.target += prep_targets(token, entry, state, inner=not addressed)
    args.target = complete_counterpart(args.target, args.source, args.rules, token, entry, state)
    doers = [a for a in reacted_agents(token, entry, state) if a not in args.source]
    if doers and not set(doers) & set(args.target):  # the doer already found stays as found
        args.target, args.rules = doers, [*args.rules, REACTED_AGENT]
    # "welcomed the resolutions of the Security Council" (wave 57, ev57e)
    args.target = reacted_owner(args.target, args.source, args.rules, token, entry, state)
    # "condemned what it called China's actions" (wave 106, ev106a)
    args.target = named_thing_owner(args.target, args.source, args.rules, token, entry, state)
    # "accepted the resignation of Prime Minister X" (wave 78, ev78a)
    args.target = resigner_target(args.target, args.source, args.rules, token, entry, state)
    # "took control of the country", "seized Yemen's capital" (wave 80, ev80b)
    args.target = seized_state(args.target, args.source, args.rules, token, entry, state)
    if not args.source and (fought := [a for a in clash_source(token, entry, state)
                                       if a not in args.target]):
        args.source, args.rules = fought, [*args.rules, CLASH_SOURCE]
    _clash_counterpart(args, token, entry, state)
    if not args.source and (attackers := [a for a in attack_by_source(token, entry, state)
                                          if a not in args.target]):
        args.source, args.rules = attackers, [*args.rules, ATTACK_BY]
    if not args.source:  # "killed in a gun battle with", "killed when insurgents struck"
        args.source, rule = harm_attackers(token, entry, args.target, state)
        args.rules += [rule] if rule else []
    if not args.source and token.dep_ == "pcomp":
        args.source = _accused(token, state)
    _attacked_owner(args, token, entry, state)
    _facility_owner(args, token, entry, state)
    args.target = [a for a in args.target if a not in patients_side]
    return _dedupe(args)


def _clash_counterpart(args: Arguments, token: Token, entry: TriggerEntry,
                       state: DocState) -> None:
    """"fought in clashes with demonstrators": the other side of the fight is the target;
    "died in clashes with the army": it is the source, and the dead the target
    (events.args.clash-counterpart.v1)."""
    if args.target:
        return
    others = [a for a in clash_counterpart(token, entry, state) if a not in args.source]
    if not others:
        return
    if suffered_by_subject(token):
        args.source, args.target = others, args.source
    else:
        args.target = others
    args.rules.append(CLASH_COUNTERPART)


def _passive_arguments(token: Token, frame: Token, subjects: list[Token], agent: list[Token],
                       people: str | None, conjoined: bool, state: DocState,
                       unmarked: str | None = None) -> Arguments:
    """A passive verb (or a participle on a noun): the "by" phrase is the source, the passive
    subject, the noun modified or the main clause's subject the target."""
    args = Arguments()
    agent_owners = [] if actors_of(agent, state) else owner_actors(agent, state)
    args.source = actors_of(agent, state) or agent_owners or owner_actors(
        [s for s in subjects if s.dep_ == "nsubjpass" and state.mention_at(s.i) is None
         and people is None], state)
    # "is to be jailed", "were seen being detained by police": the controller's subject
    shared_patient = unmarked in {CONTROLLED_PASSIVE, AGENT_COMPLEMENT_PASSIVE,
                                  REPORTED_PARTICIPLE_PATIENT, CONJOINED_PASSIVE_CHAIN}
    patients = [s for s in subjects if s.dep_ == "nsubjpass" or conjoined or shared_patient]
    for finder, rule in ((_modified_noun, "participle-patient"),
                         (_adverbial_patient, "adverbial-patient")):
        if not patients and (patients := finder(token)):
            args.rules.append(f"events.args.{rule}.v1")
    if frame.i != token.i and not conjoined and unmarked is None:
        args.rules.append("events.args.shared-passive.v1")
    args.target = actors_of(patients, state)
    if conjoined and args.target:  # "he asked ... but was denied access"
        args.rules.append(CONJOINED_PASSIVE)
    if not args.target and (named := [antecedent(s) for s in patients
                                      if antecedent(s).i != s.i]):
        args.target = actors_of(named, state)
        if args.target:
            args.rules.append("events.args.relative-patient.v1")
    args.target += owner_actors([h for h in object_heads(token)
                                 if h.dep_ != "nsubjpass" and not follower_head(h)], state)
    if not args.target and (followers := follower_targets(token, state)):
        args.target, args.rules = followers, [*args.rules, FOLLOWER_GROUP]  # session 113
    if people is not None and not args.target:
        args.target, args.rules = [people], [*args.rules, PASSIVE_PEOPLE]
    if agent_owners and args.source == agent_owners and set(agent_owners) <= set(args.target):
        args.source, args.rules = [], [*args.rules, PATIENT_OWNED_AGENT]
    return args


#: "she was threatened by her own police officer": the owner of the "by" phrase is the one
#: acted on (the passive subject), not its doer: no source rather than the patient, who
#: stays the target ("Tunndil said she was threatened by ...": not Tunndil's act).
PATIENT_OWNED_AGENT = "events.args.patient-owned-agent.v1"


PATIENT_OWNER = "events.args.patient-owner.v1"


def _patient_owner(args: Arguments, token: Token, entry: TriggerEntry, agent: list[Token],
                   state: DocState) -> None:
    """"his brother was arrested", "the journalist's wife was beaten": whose the passive
    subject of a force verb is names the side acted on, never who acted; with no "by" phrase
    the event has no source rather than the victim's kin (events.args.patient-owner.v1). Only
    a possessor: a modifier may name whose weapons acted ("Russian missiles were fired")."""
    if agent or entry.type not in harm_types() or not args.source:  # a passive subject acted
        # on: its owner is the patient's side, not the agent
        return
    owners = set(actors_of([c for s in token.children if s.dep_ == "nsubjpass"
                            for c in s.children if c.dep_ == "poss"], state))
    if owners and set(args.source) <= owners:
        args.source = []
        args.rules.append(PATIENT_OWNER)


OWNED_PATIENT = "events.args.owned-patient.v1"


def _owned_patient(args: Arguments, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """"their office was attacked by a group of masked men", "the ministry's headquarters was
    raided": when the passive subject of a force verb is a place or thing someone owns
    (``clauses.owned_things``), its possessor is the side acted on, the target, and never the
    agent, whether or not a "by" phrase names one (events.args.owned-patient.v1)."""
    if entry.type not in harm_types() or args.target:
        return
    owned = [s for s in token.children if s.dep_ == "nsubjpass"
             and s.lemma_.lower() in words("owned_things") and not state.mentions_at(s.i)]
    possessors = [c for s in owned for c in s.children if c.dep_ == "poss"]
    antecedents = [a for c in possessors if (a := _relative_antecedent(c)) is not None]
    owners = actors_of([c for c in possessors if c.lower_ != "whose"] + antecedents, state)
    if not owners:
        return
    args.source = [a for a in args.source if a not in owners]
    args.target = list(dict.fromkeys(owners))
    args.rules.append(OWNED_PATIENT)
    if antecedents and set(owners) & set(actors_of(antecedents, state)):
        args.rules.append(RELATIVE_OWNER)


RELATIVE_OWNER = "events.args.relative-owner.v1"


def _relative_antecedent(possessor: Token) -> Token | None:
    """"NGOs whose assets may be seized": a relative "whose" stands for the noun its clause
    describes, the owner of the seized thing (events.args.relative-owner.v1)."""
    if possessor.lower_ != "whose":
        return None
    clause = next((a for a in possessor.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"} else None


def _active_arguments(token: Token, subjects: list[Token], state: DocState) -> Arguments:
    """An active verb: its subject (or the object of a verb of object control) is the source,
    every actor of a listed subject too, its objects the target."""
    args = Arguments()
    controller = _object_controller(token, state)
    coerced = controller is None and coerced_unnamed(token, lambda ts: actors_of(ts, state))
    if coerced:  # wave 52: "forced the rebels to retreat", the rebels no actor
        controller = []
        args.rules.append(COERCED_NO_PARTY_RULE)
    args.source = controller if controller is not None else (
        actors_of(subjects, state) or _subject_owners(subjects, args, state)
        or _pronoun_antecedent(subjects, state))
    if controller is not None and not coerced:
        args.rules.append("events.args.object-control.v1")
    elif not args.source and (relative := _relative_subject(token, subjects, state)):
        args.source = relative
        args.rules.append(RELATIVE_SUBJECT)
    elif not args.source and (classed := class_noun_states(token, subjects, state)):
        args.source = classed  # wave 61: "the Pacific nation of Tonga expelled ..."
        args.rules.append(STATE_CLASS_NOUN)
    listed = [a for a in listed_parties(subjects, state) if a not in args.source]
    if args.source and listed:
        args.source += listed
        args.rules.append("events.args.listed-parties.v1")
    objects = [c for c in token.children if c.dep_ in OBJECTS]
    args.target = targets_of(objects, state)
    if not args.target and (relative := _relative_object(token, objects, args.source, state)):
        args.target = relative
        args.rules.append(RELATIVE_OBJECT)
    return args


RELATIVE_SUBJECT = "events.args.relative-subject.v1"
#: "Arafat, whom Israel had confined", "the group, which he accused of": the object is a
#: relative pronoun, and the party acted on is the noun its clause describes (wave 92, ev92a).
#: v2 (session 109; judged rounds 65-106: "Ugandan officials it accuses of undermining
#: democracy", "two men it accused of organising" left empty): also a clause with no relative
#: pronoun ("the officials it accuses"), whose own subject is another word and which has no object.
RELATIVE_OBJECT = "events.args.relative-object.v2"


def _relative_object(token: Token, objects: list[Token], source: list[str],
                     state: DocState) -> list[str]:
    """The actors of the noun a relative clause describes when its verb's object is the
    relative pronoun ("whom", "which", "that") or left out ("the officials it accuses"); none
    when the noun is no actor (the act "which it condemned"), rather than a party of some
    other phrase."""
    if token.dep_ != "relcl":
        return []
    if any(o.lower_ in RELATIVE_PRONOUNS for o in objects):
        described = token.head
    elif not objects and _object_gap(token):
        described = _contact_noun(token)
    else:
        return []
    # not a place ("Crimea, which Russia annexed from Ukraine": the state it was taken from)
    return [a for a in actors_of([described], state) if a not in source
            and (actor := state.actor(a)) is not None and actor.kind != "country"]


#: Children that fill a relative clause's object slot or make it passive ("agreed to take",
#: "were detained"): the noun it describes is then no object of it.
GAP_FILLERS = frozenset({"auxpass", "xcomp", "ccomp", "dative", "attr", "oprd", "acomp"})


def _object_gap(clause: Token) -> bool:
    """"the officials it accuses of ...": an active relative clause whose subject is its own
    word, not a relative pronoun, so the noun it describes can only be its object."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    return clause.pos_ == "VERB" and len(subjects) == 1 and subjects[0].dep_ == "nsubj" \
        and subjects[0].lower_ not in RELATIVE_PRONOUNS and not any(
            c.dep_ in GAP_FILLERS for c in clause.children) and not any(
            # "under which Turkey agreed", "where soldiers started": the noun is no object
            w.lower_ in RELATIVE_PRONOUNS | {"whose"} or w.tag_ == "WRB" for w in clause.subtree)


def _contact_noun(clause: Token) -> Token:
    """The noun a relative clause with no pronoun describes: the noun just before it ("visa
    restrictions on Ugandan officials it accuses": officials, where the parse may hang the
    clause on "restrictions"), else the clause's head."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else clause.head
    return before if before.pos_ in {"NOUN", "PROPN"} else clause.head


def _subject_owners(subjects: list[Token], args: Arguments, state: DocState) -> list[str]:
    """The owner of a subject no actor covers ("Britain's decision"); none when the subject
    names a party other than its owner ("Morsi's supporters": ``OWNED_OTHER_PARTY``)."""
    owners = owner_actors(subjects, state)
    if owners and other_party_subject(subjects):
        args.rules.append(OWNED_OTHER_PARTY)
        return []
    return owners


def _relative_subject(token: Token, subjects: list[Token], state: DocState) -> list[str]:
    """"Russia, which invaded Ukraine", "the police, who arrested the protesters": the relative
    pronoun subject of an active relative clause stands for the actor the clause describes
    (``RELATIVE_SUBJECT``; such acts were dropped with no source, judged round 17). Only the
    clause's own verb (not "who was found murdered", not a verb its clause governs), not a
    verb that mostly tells what kind of party it is (``clauses.relative_trait_verbs``), and
    only force and legal acts (``clauses.relative_subject_types``) in a relative set off by a
    comma or dash: of the others, more were read wrong in dev and MEANTIME."""
    if token.lemma_.lower() in words("relative_trait_verbs"):
        return []
    entry = match(token)
    if entry is None or entry.type.lower() not in words("relative_subject_types"):
        return []
    nouns = [noun for s in subjects if s.dep_ == "nsubj" and _own_clause(token, s.head)
             and _set_off(s) and (noun := antecedent(s)).i != s.i]
    return actors_of(nouns, state) if nouns else []


def _set_off(pronoun: Token) -> bool:
    """"the court, which convicted ...": a relative set off by a comma or dash adds an act of a
    party already named; a restrictive one ("police who had also shot ...", "a school that
    killed ...") picks a party out by an act, and was more often hung on the wrong noun."""
    return pronoun.i > 0 and pronoun.nbor(-1).is_punct


def _own_clause(token: Token, clause: Token) -> bool:
    """The relative clause's verb is the trigger, or a verb coordinated with it ("which seized
    the town and attacked the port")."""
    return clause.i == token.i or (token.dep_ == "conj" and token.head.i == clause.i)


def _shared_passive(token: Token, frame: Token) -> bool:
    """"He was questioned and later was arrested by Iranian authorities": a coordinated passive
    shares its head's patient; its own "by" phrase names the agent (v1 took the shared patient
    as the agent: events.args.shared-passive.v1)."""
    return token.dep_ == "conj" and frame.i == token.head.i and any(
        c.dep_ == "nsubjpass" for c in frame.children)


def _unmarked_passive(token: Token, frame: Token) -> str | None:
    """The rule that reads the trigger as a passive whose patient is a subject elsewhere in the
    sentence (its head's, or its controller's), or None."""
    if _bare_conjoined_passive(token, frame):
        return BARE_CONJOINED_PASSIVE
    if _retained_object_passive(token, frame):  # "was convicted and given a sentence"
        return RETAINED_OBJECT_PASSIVE
    if chained_passive(token, frame):  # "were beaten, arrested, and tortured"
        return CHAINED_PASSIVE
    if _controlled_passive(token, frame):
        return CONTROLLED_PASSIVE
    if agent_complement_passive(token, frame):  # "were seen being detained by police"
        return AGENT_COMPLEMENT_PASSIVE
    if _participle_clause(token, frame):
        return PARTICIPLE_CLAUSE
    if _passive_complement(token, frame):
        return PASSIVE_COMPLEMENT
    if reported_participle_patient(token, frame):  # "reported two protesters killed" (ev79a)
        return REPORTED_PARTICIPLE_PATIENT
    if conjoined_passive_chain(token, frame):  # "went ... but was jostled and hit" (ev79a)
        return CONJOINED_PASSIVE_CHAIN
    return None


def _passive_complement(token: Token, frame: Token) -> bool:
    """"A priest was found beaten to death", "the students were later found stabbed": a bare
    past participle completing a passive verb tells what was done to that verb's subject, which
    is no agent (events.args.passive-complement.v1, wave 36; disc made the victim the source)."""
    return token.tag_ == "VBN" and token.dep_ in {"xcomp", "oprd"} \
        and frame.i == token.head.i != token.i \
        and any(c.dep_ == "nsubjpass" for c in frame.children) \
        and not any(c.dep_ in {"aux", "auxpass", "dobj", *SUBJECTS} for c in token.children)


def _controlled_passive(token: Token, frame: Token) -> bool:
    """"A former leader ... is to be jailed", "they are not going to be arrested": a passive
    infinitive under a control verb acts on the controller's subject, which is no agent
    (events.args.controlled-passive.v1)."""
    return token.dep_ == "xcomp" and frame.i == token.head.i != token.i \
        and not agent_nouns(token) and any(
        c.dep_ == "auxpass" for c in token.children) and not any(
        c.dep_ in SUBJECTS for c in token.children) and any(
        c.dep_ in SUBJECTS for c in frame.children)  # "one man, believed to be armed": no


def _participle_clause(token: Token, frame: Token) -> bool:
    """"Accused of corruption, the minister resigned", "Backed by Russia, the rebels ...": a
    bare past participle opening the sentence before the main clause's subject, with no
    auxiliary, subject or object of its own, is a passive on that subject
    (events.args.participle-clause.v1); its "by" phrase, if any, names the agent. One after
    the subject ("the aircraft, deployed from Australia") is too often a misparsed modifier of
    another noun (validation, dev stories)."""
    subjects = [c for c in frame.children if c.dep_ in SUBJECTS]
    return token.dep_ == "advcl" and token.tag_ == "VBN" and frame.i == token.head.i \
        and bool(subjects) and token.i < min(s.i for s in subjects) \
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "mark", *SUBJECTS}
                    for c in token.children)


def _bare_conjoined_passive(token: Token, frame: Token) -> bool:
    """"He was expelled from the party and jailed in December": a participle coordinated with a
    passive verb, with no auxiliary, subject or object of its own, shares the passive: its head's
    subject is acted on, not the doer (events.args.bare-conjoined-passive.v1)."""
    return token.tag_ == "VBN" and _shared_passive(token, frame) and any(
        c.dep_ == "auxpass" for c in frame.children) and not any(
        c.dep_ in {"aux", "auxpass", "dobj", *SUBJECTS} for c in token.children)


def _retained_object_passive(token: Token, frame: Token) -> bool:
    """"was convicted of poisoning Heywood and given a suspended death sentence": a participle
    of a verb of giving coordinated with a passive, whose one object is the thing given (the
    retained object of a passive), shares the passive (``RETAINED_OBJECT_PASSIVE``)."""
    if token.tag_ != "VBN" or token.lemma_.lower() not in words("retained_object_verbs") \
            or not _shared_passive(token, frame) \
            or not any(c.dep_ == "auxpass" for c in frame.children):
        return False
    return not any(c.dep_ in {"aux", "auxpass", "dative", *SUBJECTS} for c in token.children) \
        and sum(c.dep_ == "dobj" for c in token.children) == 1


def _adverbial_patient(token: Token) -> list[Token]:
    """"X resigned after being asked by the president to step down": a passive with no subject
    of its own in an adverbial clause acts on the main clause's subject
    (events.args.adverbial-patient.v1)."""
    clause = token.head.head if token.dep_ == "pcomp" else token.head
    if token.dep_ not in {"advcl", "pcomp"} or clause.i == token.i or clause.pos_ != "VERB" \
            or any(c.dep_ in SUBJECTS for c in token.children):
        return []
    return [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _modified_noun(token: Token) -> list[Token]:
    """"Houthis, backed by Iranian forces, ...": a passive participle modifying a noun with a
    "by" phrase acts on that noun (events.args.participle-patient.v1)."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and agent_nouns(token):
        return [token.head]
    return []


def _object_controller(token: Token, state: DocState) -> list[str] | None:
    """"prompting Apple Corps to file suit", "allowed Israel to strike": the object of a verb of
    object control does the infinitive (events.args.object-control.v1); the object of an
    instruction that names no actor ("told its members not to buy") leaves the infinitive with no
    source, never the outer subject (None: no object control here, or no actor object)."""
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i or head.pos_ != "VERB" \
            or head.lemma_.lower() not in words("object_control_verbs"):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    found = actors_of(objects, state)
    if found or (objects and head.lemma_.lower() in words("instruction_verbs")):
        return found
    return None  # "invited reporters to visit": no actor there, the subject stays


PERSONAL = {"he", "she", "they", "it", "we"}


def _pronoun_antecedent(subjects: list[Token], state: DocState) -> list[str]:
    """"Lokodo struck a note when he called for ...": an unresolved pronoun subject of a clause
    is the actor subject of the clause that governs it, within the sentence."""
    pronouns = [s for s in subjects if s.lower_ in PERSONAL and not state.mentions_at(s.i)]
    if not pronouns or plural_object_rivals(pronouns[0]) or reporting_verb(pronouns[0]):
        return []  # reporting_verb: events.args.quoted-third-person.v1 (not the speaker)
    clause = pronouns[0].head
    for _ in range(4):
        if clause.head.i == clause.i or clause.dep_ not in {"advcl", "conj", "ccomp", "relcl"}:
            return []
        clause = clause.head
        found = actors_of([c for c in clause.children if c.dep_ in SUBJECTS], state)
        if found:
            return found
    return []


def _accused(token: Token, state: DocState) -> list[str]:
    """"accused Ukraine of shelling the plant": the accused is who shelled."""
    frame = token.head.head if token.head.lower_ == "of" else token.head
    return actors_of([c for c in frame.children if c.dep_ in OBJECTS], state)


#: How many nested control clauses a target is looked for through ("ready to start to work with").
XCOMP_DEPTH = 4


def prep_targets(token: Token, entry: TriggerEntry, state: DocState,
                  seen: frozenset[int] = frozenset(), inner: bool = True) -> list[str]:
    """Targets named by the entry's prepositions on the trigger, its object or control clause.
    ``seen`` holds the clauses already visited: a control clause's head lists the clause again
    among its children, and parses can chain them without end (a regression of issue 19).
    ``inner`` False: the trigger names whom it acts on, so the partners of its control clause
    are not its targets ("the Air Force was ordered by Congress to work with Boeing": the order
    is to the Air Force, events.args.addressee.v1)."""
    seen = seen | {token.i}
    holders = [token, *[c for c in token.children if c.dep_ in {"dobj", "xcomp"}]]
    if token.dep_ in {"xcomp", "acomp"}:
        holders.append(token.head)
    found: list[str] = []
    for holder in holders:
        for word, prep in particles(holder).items():
            if word in entry.target_preps and not _place_left(holder, word):
                found += targets_of([c for c in prep.children if c.dep_ == "pobj"], state)
        if inner and holder.i not in seen and holder.dep_ == "xcomp" \
                and len(seen) < XCOMP_DEPTH:
            found += _xcomp_targets(holder, state, seen)
    return found


def _place_left(holder: Token, word: str) -> bool:
    """"the withdrawal of Russian forces from Chechnya": a "from" on a departure noun that has a
    mover of its own ("of" phrase or possessor) names the place left (clauses.departure_nouns)."""
    return word == "from" and holder.lemma_.lower() in words("departure_nouns") \
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for c in holder.children)


def _xcomp_targets(inner: Token, state: DocState, seen: frozenset[int]) -> list[str]:
    """"ready to work with Moscow": the inner verb's own target preposition."""
    inner_entry = match(inner)
    if inner_entry is None:
        return []
    return prep_targets(inner, inner_entry, state, seen)


def _noun_arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    args = Arguments()
    undergoers = _possessed_patients(token) or undergone_possessors(token)
    held_at = crowd_place_owners(token)  # "Rome's demonstration": where, not who
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_ACTORS
                 and c not in undergoers and c not in held_at]
    args.source = actors_of(modifiers, state)
    args.rules += [CROWD_PLACE_OWNER] if actors_of(held_at, state) else []
    args.source += actors_of(agent_nouns(token) + _by_phrase(token), state)
    light = token.head if token.dep_ in OBJECTS and token.head.pos_ == "VERB" else None
    sufferers = _sufferers(token, state)
    if not args.source and light is not None and not _reacts(light) and not sufferers:
        args.source = actors_of([c for c in light.children if c.dep_ in SUBJECTS], state)
        if args.source and observed_act(light, token, entry.type):  # "documented the protests"
            args.source, args.rules = [], [*args.rules, OBSERVED_ACT]
    args.target = prep_targets(token, entry, state)
    if light is not None:
        args.target += prep_targets(light, entry, state)
    if not args.target and (aimed := by_agent_targets(token, state)):
        args.target, args.rules = aimed, [*args.rules, BY_AGENT_TARGET]  # "by X on Y"
    if not args.target and sufferers:
        args.target, args.rules = sufferers, [*args.rules, SUFFERED_ACT]
    if not args.target:  # "Turkey's refusal to recognise Cyprus": the refused act's object
        clauses = [c for c in token.children if c.dep_ == "acl"]
        args.target = actors_of([o for c in clauses for o in c.children if o.dep_ in OBJECTS],
                                 state)
    if not args.target and (victims := relative_victims(token, entry, state)):
        args.target, args.rules = victims, [*args.rules, RELATIVE_VICTIMS]
    if not args.target and (patients := actors_of(undergoers, state)):
        rule = POSSESSED_PATIENT if _possessed_patients(token) else UNDERGONE_POSSESSOR
        args.target, args.rules = patients, [*args.rules, rule]
    if not args.target and (reacted := nominal_reaction_targets(token, entry, state,
                                                                 args.source)):
        args.target, args.rules = reacted, [*args.rules, NOMINAL_REACTION]
    nominal_roles(args, token, entry.type, state, entry.mode)
    between = particles(token).get("between")
    if between is not None:
        nouns = [c for c in between.children if c.dep_ == "pobj"]
        pair = actors_of(nouns, state)
        args.source, args.target = (args.source or pair[:1]), args.target + pair[1:]
        if entry.type in harm_types():
            clash_party(args, token, nouns, state)
    _attacked_owner(args, token, entry, state)
    _facility_owner(args, token, entry, state)
    return _dedupe(args)


ATTACKED_OWNER = "events.args.attacked-owner.v1"
#: Owned things a compound modifier names the platform of, not the owner ("an attack on its
#: Facebook and Gmail accounts": the Maldives' accounts, not Gmail's; val, wave 30).
PLATFORM_THINGS = frozenset({"account", "website"})


def _attacked_owner(args: Arguments, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """"shelled the rebels' positions", "an offensive against Taliban strongholds": when a
    force act lands on a site or thing a party owns (``clauses.owned_things``), the owner its
    possessor or modifier names is the target (``ATTACKED_OWNER``, judged round 20: "their
    assault on Hamas' military infrastructure" and "an offensive against DPP strongholds" left
    empty). Only a named actor, never a pronoun ("their positions": whose is unsure), nor the
    source's own."""
    if args.target or entry.type not in harm_types():
        return
    for wider in (False, True):
        owners = [c for site in _attacked_sites(token, entry, wider) for c in site.children
                  if c.dep_ in MODIFIER_ACTORS and c.pos_ != "PRON"
                  and not (c.dep_ == "compound" and site.lemma_.lower() in PLATFORM_THINGS)]
        found = [a for a in actors_of(owners, state)
                 if a not in args.source and not pronoun_owned(a, state)]
        if found:
            args.target = list(dict.fromkeys(found))
            args.rules += [ATTACKED_OWNER, LISTED_SITE] if wider else [ATTACKED_OWNER]
            if _stranded_shared_objects(token, []):
                args.rules.append(STRANDED_SHARED_OBJECT)  # "fired on and seized X's ships"
            return


def _attacked_sites(token: Token, entry: TriggerEntry, wider: bool = False) -> list[Token]:
    """The owned things (``clauses.owned_things``) a force act lands on: an active verb's
    object, the object of the entry's target preposition or of "against"/"on"
    (``clauses.against_on_preps``) on the trigger or on its object ("launched an offensive
    against ... strongholds")."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    objects = [] if passive or token.pos_ != "VERB" else \
        [c for c in token.children if c.dep_ == "dobj"]
    heads = list(objects) + _stranded_shared_objects(token, objects)
    preps = set(entry.target_preps) | words("against_on_preps")  # "an offensive against"
    for holder in [token, *objects]:
        heads += [p for word, prep in particles(holder).items() if word in preps
                  for p in prep.children if p.dep_ == "pobj"]
    heads = listed_sites(token, heads) if wider else heads  # ev76a: lists, "by X on Y"
    things = words("owned_things") | (words("facility_nouns") if wider else frozenset())
    return [h for h in heads if h.pos_ == "NOUN" and (h.lower_ in things or h.lemma_.lower()
                                                      in things)]


STRANDED_SHARED_OBJECT = "events.args.stranded-shared-object.v1"


def _stranded_shared_objects(token: Token, objects: list[Token]) -> list[Token]:
    """"fired on and seized three Ukrainian navy ships": a verb whose preposition has no object
    of its own shares the object of the verb joined to it (session 111)."""
    if objects or token.pos_ != "VERB" or not any(
            c.dep_ in {"prep", "prt"} and c.lower_ in words("against_on_preps")
            and not any(g.dep_ == "pobj" for g in c.children) for c in token.children):
        return []
    return [o for v in token.conjuncts if v.pos_ == "VERB" and v.i > token.i
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
            for o in v.children if o.dep_ == "dobj"]


def _facility_owner(args: Arguments, token: Token, entry: TriggerEntry,
                    state: DocState) -> None:
    """"attacked an army base in Gao", "an army base was attacked": the institution an
    unnamed facility's modifier names is the target (``event_facility_owners``)."""
    if args.target or entry.type not in harm_types():
        return
    passives = [c for c in token.children if c.dep_ == "nsubjpass"]
    for wider in (False, True):
        sites = _attacked_sites(token, entry, wider) + passives
        found = [a for a in facility_owners(sites, token, args.source, state)
                 if a not in args.source]
        if found:
            args.target = found
            args.rules += [FACILITY_OWNER, LISTED_SITE] if wider else [FACILITY_OWNER]
            return


POSSESSED_PATIENT = "events.args.possessed-patient.v1"


def _possessed_patients(token: Token) -> list[Token]:
    """"Navalny's detention", "his arrest": the possessor of a nominal act done to people
    (``clauses.patient_nominals``) is who undergoes it, its target, never its doer
    (events.args.possessed-patient.v1, judged round 17: "During his detention Obeidi said ..."
    coded Obeidi as the detainer). Not when an "of" phrase names who undergoes it ("the
    regime's killing of protesters": the possessor did it)."""
    if token.lower_ not in words("patient_nominals") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []
    # "its detention": "its" names a thing or a body, not people (val: the detention of an
    # Afghan national read as the government's own)
    return [c for c in token.children if c.dep_ == "poss" and c.lower_ != "its"]


SUFFERED_ACT = "events.args.suffered-act.v1"


def _sufferers(token: Token, state: DocState) -> list[str]:
    """"Kenya faced repeated attacks by al-Shabab", "France has suffered an increase in
    attacks": the subject of a verb of undergoing (``clauses.suffering_verbs``) whose object is
    the nominal event, or holds it in an "in"/"of" phrase, is acted on, never the doer
    (events.args.suffered-act.v1)."""
    holder = token
    if token.dep_ == "pobj" and token.head.lower_ in {"in", "of"}:
        holder = token.head.head  # "an increase in attacks", "a wave of arrests"
    verb = holder.head
    if holder.dep_ != "dobj" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in words("suffering_verbs"):
        return []
    return actors_of([c for c in frame_verb(verb).children if c.dep_ in SUBJECTS], state)


def _reacts(verb: Token) -> bool:
    """"France condemned the attack": a verb that is itself an accusation or a rejection of the
    nominal event is no light verb; its subject did not do the event (events.args.reaction.v1)."""
    entry = match(verb)
    return entry is not None and entry.type in REACTION_TYPES


#: Types of verbs that react to the nominal event they have as object.
REACTION_TYPES = {"ACCUSE", "REJECT"}


def _by_phrase(token: Token) -> list[Token]:
    by = particles(token).get("by")
    return [c for c in by.children if c.dep_ == "pobj"] if by is not None else []


def _dedupe(args: Arguments) -> Arguments:
    args.source = list(dict.fromkeys(args.source))
    args.target = list(dict.fromkeys(args.target))
    return args
