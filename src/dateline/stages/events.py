"""The events stage: PLOVER-coded events with actors, dates and modality, grounded in the parse.

For every token that evokes a lexicon trigger: find source and target actors on the dependency
parse (active, passive, control and complement clauses, light verbs and nominal triggers,
prepositional targets, coordination), the date from the times stage, and the modality the text
gives it. The same event told twice in an article is one event with both mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Token

from dateline.record import Event, EventDate, Modality
from dateline.record import Span as TextSpan
from dateline.stages.actor_context import opponent_words
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.crowds import crowd_agent, crowd_source, crowd_targets, crowd_words
from dateline.stages.event_args import (
    asked_from,
    between_pair,
    carried,
    carry_countries,
    crowd_pronoun,
    crowd_without_name,
    domestic_target,
    drop_currency_modifiers,
    drop_excluded,
    listed_parties,
    made_by_rules,
    nominal_roles,
    nominal_subject_targets,
    own_envoy,
    own_forces,
    owned_by,
    participant_tokens,
    people_patients,
    phrase_targets,
    received,
    received_unnamed,
    received_without_giver,
    warned_act,
)
from dateline.stages.event_dates import (
    background_date,
    quoted_conjunct_head,
    reported_date,
    subject_dated,
)
from dateline.stages.event_domestic import antecedent
from dateline.stages.event_gate import blocked_by
from dateline.stages.event_lexicon import (
    POS_OF,
    TriggerEntry,
    match,
    object_heads,
    particles,
    through_quantity,
)
from dateline.stages.event_repeats import fold_repeats
from dateline.stages.event_targets import (
    CONJOINED_PASSIVE,
    PASSIVE_PEOPLE,
    SUMMARY_REACTION,
    conjoined_passive,
    deported_from,
    eruption_targets,
    object_agents,
    passive_people,
    summary_reaction_targets,
    unnamed_denier,
)
from dateline.stages.modality import generic, modality_of, reporter
from dateline.stages.place_targets import adopt_place_targets, place_target
from dateline.stages.senses import read_sense
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, doc_text, sentence_of, words
from dateline.stages.times import WhenAnswer, event_when

OBJECTS = {"dobj", "dative", "attr", "oprd"}
MODIFIER_ACTORS = {"poss", "compound", "amod", "nmod"}
SPEECH_ACT_TYPES = {"THREATEN", "REJECT", "REQUEST", "AGREE", "ACCUSE", "CONCEDE", "SUPPORT"}
#: Types whose events are complete without a target ("troops massed", "thousands protested").
TARGET_OPTIONAL = {"MOBILIZE", "PROTEST", "RETREAT", "CONCEDE", "ASSAULT", "COERCE"}
#: Types where "X and Y <did it>" means each did it with the other.
CLAUSE_TARGET_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"}
#: Types a verb asserts completely without naming a target.
VERB_TARGET_OPTIONAL = {"REQUEST", "ACCUSE", "AGREE", "SUPPORT", "REJECT", "AID", "THREATEN",
                        "SANCTION", "COOPERATE"}
#: Types whose events often stand without a named agent ("were killed", "protests erupted").
UNKNOWN_AGENT_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION"}
#: Types whose complement clause is what is asked, threatened or refused, not a happening.
REQUESTING_TYPES = {"REQUEST", "THREATEN", "REJECT", "AGREE"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
#: Prepositions that set the scene (where, when) or say who tells it ("according to the
#: Associated Press"), not who is acted upon: "killed across Kenya" names where the victims
#: were, not a party (events.args.setting-not-party.v1, judged round 6).
SETTING_PREPS = {"in", "at", "near", "during", "after", "before", "since", "by", "until",
                 "across", "throughout", "inside", "amid", "according"}
PLACE_TARGET_TYPES = {"ASSAULT", "MOBILIZE", "COERCE", "RETREAT", "PROTEST"}
PLACE_PREPS = {"in", "on", "near", "at", "into", "across", "along", "over", "of", "from", "to",
               "outside"}
IMPLICIT_FACTOR = 0.6


@dataclass
class Arguments:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    implicit: bool = False
    rules: list[str] = field(default_factory=list)  # argument rules that set them (event_args)
    mutual: bool = False  # "X and Y met": each did it with the other


@Language.factory(
    "dateline_events",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.lemma", "doc.user_data"],
    assigns=["doc.spans", "doc.user_data"],
)
def make_events_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                      on_error: str) -> EventsStage:
    return EventsStage(name, user_lexicons, on_error)


class EventsStage(Stage):
    sections = ("events", "clauses")
    table = "events"
    reads = ("times", "actors", "quotes")

    def process(self, doc: Doc, state: DocState) -> None:
        narrative = Narrative()
        events: list[Event] = []
        for token in possible_triggers(doc):
            verdict = consider(doc, state, token, narrative)
            if verdict.event is not None:
                events.append(verdict.event)
                narrative.note(verdict.event, token)
        state.events = fold_repeats(doc, merge_repeats(events))
        if adopt_place_targets(doc, state) | carried(state):
            state.write(doc, "actors")  # a place an event acts on is now an actor, or an actor
            # took the country it acts for


#: The parts of speech a trigger can have (``event_lexicon.POS_OF``): ``consider`` makes nothing
#: of any other token (no lexicon entry, no CAMEO verb, not a verb).
TRIGGER_POS = frozenset(SYMBOLS[pos] for pos in POS_OF)


def possible_triggers(doc: Doc) -> list[Token]:
    """The tokens ``consider`` can make an event of, in order (the others are not visited: a
    Token is not even built for them)."""
    return [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in TRIGGER_POS]


@dataclass
class Verdict:
    """What the stage made of one token: the entry it evokes, the arguments found, and the event
    built or why none was (``dropped``). ``dateline explain`` prints these."""

    token: Token
    entry: TriggerEntry | None = None
    args: Arguments | None = None
    modality: Modality | None = None
    event: Event | None = None
    dropped: str | None = None


def consider(doc: Doc, state: DocState, token: Token, narrative: Narrative) -> Verdict:
    verdict = Verdict(token, entry=match(token))
    if verdict.entry is None and token.pos_ != "VERB":
        return verdict
    entry, sense = read_sense(token, verdict.entry, state)
    if entry is None:
        if sense is not None:
            verdict.dropped = f"sense rule {sense}: not an event in this sense"
        return verdict
    verdict.entry = entry
    reason = _blocked(token, state)
    if reason is not None:
        verdict.dropped = reason
        return verdict
    modality = verdict.modality = modality_of(token)
    pending = token.pos_ in {"NOUN", "PROPN"} and modality != "asserted"
    if pending and not ((modality == "future" and scheduled_nominal(token))
                        or weighed_gerund(token)):
        verdict.dropped = f"nominal trigger with {modality} modality reports no happening"
        return verdict
    args = verdict.args = arguments(token, entry, state)
    if pending:
        args.rules.append(GERUND_RULE if weighed_gerund(token) else SCHEDULED_NOMINAL_RULE)
    elif token.pos_ == "NOUN" and token.dep_ in OBJECTS and _ongoing(token, state):
        args.rules.append(ONGOING_RULE)
    narrative.fill(args, token, entry)
    complete_targets(args, token, entry, state)
    refine_arguments(args, token, entry, state)
    optional = _target_optional(token, entry, modality)
    if not args.source and not _unnamed_agent(args, token, entry, modality, state):
        verdict.dropped = "no source actor"
    elif not args.target and not optional:
        verdict.dropped = f"no target actor ({entry.type} needs one)"
    elif (rule := blocked_by(token, entry, args.source + args.target, state)) is not None:
        verdict.dropped = _gate_reason(rule)
    else:
        verdict.event = _build(doc, state, token, entry, args, modality,
                               len(narrative.events) + 1)
    return verdict


SCHEDULED_NOMINAL_RULE = "events.recall.scheduled-nominal.v1"


def scheduled_nominal(token: Token) -> bool:
    """"A ceasefire will take effect on Friday", "talks will be held in Geneva", "the summit is
    due to begin": a nominal event as the subject of a verb of taking place, in the future, is
    a future event of its own (events.recall.scheduled-nominal.v1, judged round 7), not a plan
    for one ("plans for sanctions" stay dropped)."""
    if token.dep_ not in SUBJECTS or match(token.head) is not None:
        return False  # "talks will be held": the verb's own event (consult.hold-talks)
    verb = token.head
    happen = words("happening_verbs")
    return verb.lemma_ in happen or any(c.dep_ == "xcomp" and c.lemma_ in happen
                                        for c in verb.children)


GERUND_RULE = "events.recall.weighed-gerund.v1"


def weighed_gerund(token: Token) -> bool:
    """"would consider mediating", "is weighing imposing": a gerund the parser tagged a noun,
    object of a verb that weighs it, is that verb's act with its modality, not a nominal event
    (events.recall.weighed-gerund.v1, judged round 7)."""
    return (token.tag_ == "NN" and token.lower_.endswith("ing") and token.dep_ == "dobj"
            and token.head.lemma_ in words("hedges"))


def refine_arguments(args: Arguments, token: Token, entry: TriggerEntry,
                     state: DocState) -> None:
    """The argument rules of ``event_args``: excluded actors, own forces, domestic targets and
    the countries of actors that have none."""
    received(args, token, state)
    received_unnamed(args, token, entry.type, state)
    crowd_pronoun(args, token, entry.type, state)
    asked_from(args, token, entry.type, state)
    warned_act(args, token, entry.type, state)
    between_pair(args, token, state)
    drop_excluded(args, token, state)
    deported_from(args, token, entry.mode, state)
    own_envoy(args, token, state)
    own_forces(args, token, entry.type, state)
    nominal_subject_targets(args, token, entry.type, state)
    phrase_targets(args, token, state)
    drop_currency_modifiers(args, token, state)
    domestic_target(args, token, entry.type, state)
    carry_countries(args, token, state)
    if not args.target:  # a source's country may now make a domestic target
        domestic_target(args, token, entry.type, state)
    made_by_rules(args, state)
    parties_named = {"events.args.between.v1", "events.args.phrase-parties.v1"} & set(args.rules)
    if args.mutual or (parties_named and (entry.symmetric or entry.type in MUTUAL_TYPES)):
        both_ways(args, state)


def both_ways(args: Arguments, state: DocState) -> None:
    """"Israel and Jordan met": each is source and target of the meeting (the dyads of an actor
    with itself are not rows: ``frames.dyad_rows``)."""
    parties = list(dict.fromkeys(args.source + args.target))
    coded = [a for a in parties if _countries([a], state)]
    parties = coded if len(coded) > 1 else parties
    if len(parties) > 1:
        args.source, args.target = parties, list(parties)
        args.rules.append("events.args.mutual.v1")


def _gate_reason(rule: str) -> str:
    if "private-context" in rule:
        return f"{rule}: firms, products, markets or teams, and nothing political"
    if "political-context" in rule:
        return f"{rule}: no political participant, and nothing political in the sentence"
    return f"{rule}: no political or official actor, nor a political object"


def _target_optional(token: Token, entry: TriggerEntry, modality: Modality) -> bool:
    """Events complete without a target: by their type ("troops massed"), multilateral ones,
    and a verb asserting a demand, accusation, pledge or refusal whose addressee the text does
    not name ("urged the international community to ..."): no target rather than a wrong one."""
    if entry.type in TARGET_OPTIONAL or entry.mode == "multilateral":
        return True
    return (entry.type in VERB_TARGET_OPTIONAL and token.pos_ == "VERB"
            and modality in {"asserted", "negated", "reported"})


#: Types whose agentless passive stands without a source ("Qatar has been accused of ...",
#: "two refugees were granted asylum"): the text does not say who acted.
PASSIVE_UNKNOWN_AGENT_TYPES = {"ACCUSE", "AID"}


def _agent_may_be_unknown(token: Token, entry: TriggerEntry, modality: Modality) -> bool:
    """Types that stand without a named agent; for ACCUSE and AID only a realised passive
    ("if Boeing is indicted" is no accusation)."""
    if entry.type in UNKNOWN_AGENT_TYPES:
        return _unknown_agent(token)
    return entry.type in PASSIVE_UNKNOWN_AGENT_TYPES and token.pos_ == "VERB" \
        and modality not in {"hypothetical", "future"} and _unknown_agent(token)


def _unnamed_agent(args: Arguments, token: Token, entry: TriggerEntry, modality: Modality,
                   state: DocState) -> bool:
    """The event stands without a named source: the text names no agent, or a crowd is the
    agent ("thousands of opposition supporters held a rally": ``crowds``), a group of the
    country it protests in when the text names the place."""
    if _agent_may_be_unknown(token, entry, modality) or received_without_giver(args.rules) \
            or crowd_without_name(args.rules) or unnamed_denier(args.rules, args.target):
        return True
    if crowd_agent(token, entry.type):
        args.rules.append(crowd_words().rule)
        args.source = crowd_source(token, state)
        args.target = [a for a in crowd_targets(args.target, args.source, token, state)
                       if a not in args.source]
        return True
    return False


def _unknown_agent(token: Token) -> bool:
    """"14 soldiers were killed" (passive, no agent), "protests erupted" (a nominal event as
    subject): the text does not say who acted, so the event stands with no source rather than
    a guessed one."""
    if token.pos_ == "VERB":
        return not _agents(token) and any(c.dep_ in {"nsubjpass", "auxpass"}
                                          for c in token.children)
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in SUBJECTS


def _blocked(token: Token, state: DocState) -> str | None:
    if _suppressed(token, state):
        return "part of the frame of its head's event"
    if generic(token):
        return "habitual, generic or interrogative"
    return None


def _build(doc: Doc, state: DocState, token: Token, entry: TriggerEntry, args: Arguments,
           modality: Modality, number: int) -> Event:
    date, date_rule = background_date(
        token, event_date(doc, state, token, modality, document=args.implicit))
    if date_rule is None:
        date, date_rule = subject_dated(token, date, state)
    if date_rule is None:
        date, date_rule = reported_date(token, date, state)
    sentence = sentence_of(token)
    text = doc_text(doc)
    trigger = TextSpan.of(text, token.idx, token.idx + len(token.text))
    confidence = entry.confidence * (IMPLICIT_FACTOR if args.implicit else 1.0)
    return Event(
        id=f"e{number}", type=entry.type, mode=entry.mode, cameo=entry.cameo,
        source=args.source, target=args.target, date=date, modality=modality,
        reported_by=reporter(state, token), trigger=trigger,
        sentence=TextSpan.of(text, sentence.start_char, sentence.end_char),
        rule="+".join(dict.fromkeys(filter(None, [entry.rule, *args.rules, date_rule]))),
        confidence=round(confidence, 3), mentions=[trigger],
    )


def event_date(doc: Doc, state: DocState, token: Token, modality: Modality,
               document: bool = False) -> EventDate:
    """The time attached to the event's own phrase or clause, else its sentence's narrative
    time, else the document date; an unrealised event has no occurrence date unless its clause
    gives one, and a realised one is never dated after the document (issue 11, pattern 3).
    ``document``: the event is what a document in play says (its source is the document's
    author), dated as the document."""
    answer = _phrase_time(state, token) or event_when(doc, token.i, document=document)
    unrealised = modality in {"hypothetical", "future"}
    if unrealised and answer.basis != "explicit":
        return EventDate(None, None, "unknown")
    date = EventDate(answer.value, answer.time, answer.basis)
    if not unrealised and _after_document(date, state):
        if state.document_date is None:
            return EventDate(None, None, "unknown")
        return EventDate(state.document_date.isoformat(), None, "document_date")
    return date


def _after_document(date: EventDate, state: DocState) -> bool:
    if state.document_date is None or date.start is None:
        return False
    return date.start > state.document_date.isoformat()


def _phrase_time(state: DocState, token: Token) -> WhenAnswer | None:
    """A time inside a nominal trigger's own phrase ("the annexation ... in 1990")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for anchor in state.time_anchors:
        head = token.doc[anchor.start : anchor.end].root
        while head.i != token.i and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i == token.i and anchor.time.value[:1].isdigit():
            return WhenAnswer(anchor.time.value, anchor.time.id, "explicit")
    return None


# --- which triggers count ----------------------------------------------------------------------


def _suppressed(token: Token, state: DocState) -> bool:
    """A trigger inside another trigger's frame is part of that event, not one of its own:
    "threatened to impose" (the threat), "rejected the request" (the rejection), "called for
    the embargo to be lifted" (the request: what is asked for has not happened). The frame
    reaches through a control clause that is itself framed: "declined to meet with its
    counterpart to discuss ..." (what was declined is the meeting and the talks)."""
    if _framed(token, state):
        return True
    head = token.head
    if head.i == token.i or head.pos_ != "VERB" or match(head) is None:
        return False
    if token.dep_ == "conj":  # "declined to meet ... or to provide his views"
        return _framed(head, state)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return token.dep_ in {"xcomp", "advcl"} and _framed(head, state)


def _framed(token: Token, state: DocState) -> bool:
    head = token.head
    if head.i == token.i:
        return False
    head_entry = match(head)
    if head_entry is None:
        return False
    head_entry, _ = read_sense(head, head_entry, state)
    if head_entry is None:
        return False
    if token.dep_ in OBJECTS | {"pobj"} and token.pos_ in {"NOUN", "PROPN"}:
        # a condemned attack still happened; so did one only asked or promised to end
        return head_entry.type != "ACCUSE" and not ongoing_object(head, head_entry, state)
    if token.dep_ in {"ccomp", "advcl"} and head_entry.type in REQUESTING_TYPES:
        return any(c.dep_ in {"mark", "aux"} and c.lower_ in {"for", "to", "that"}
                   for c in token.children) or _subjunctive(token)
    if token.dep_ == "acl" and head.pos_ == "NOUN" and head_entry.type in SPEECH_ACT_TYPES:
        return True  # "refusal to recognise", "a demand to withdraw"
    return token.dep_ in {"xcomp"} and head_entry.type in SPEECH_ACT_TYPES


ONGOING_RULE = "events.recall.ongoing-object.v1"


def _ongoing(token: Token, state: DocState) -> bool:
    head = token.head
    entry = match(head) if head.i != token.i else None
    return entry is not None and ongoing_object(head, entry, state)


def ongoing_object(head: Token, head_entry: TriggerEntry, state: DocState) -> bool:
    """"urged the government to end its offensive", "agreed to halt the shelling": the attack
    a requested or promised ceasefire would end is going on, an event of its own
    (events.recall.ongoing-object.v1); an ended one ("halted its offensive") stays in the
    ending's frame."""
    return head_entry.mode == "ceasefire" and _framed(head, state)


def _subjunctive(token: Token) -> bool:
    """"demanded that Kyiv withdraw": a bare verb form under a demand."""
    return token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children)


# --- arguments ---------------------------------------------------------------------------------


def arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    if token.pos_ in {"NOUN", "PROPN"}:
        args = _noun_arguments(token, entry, state)
    else:
        args = _verb_arguments(token, entry, state)
    mutual = entry.symmetric or entry.type in MUTUAL_TYPES
    if len(args.source) > 1 and not args.target and mutual:
        args.source, args.target = args.source[:1], args.source[1:]  # "X and Y agreed"
        args.mutual = True
    args.target = [a for a in args.target if a not in args.source
                   and not _pronoun_owned(a, state)]
    return args


def _verb_arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    frame = _frame_verb(token)
    # "are expected to meet": the controller's subject is the inner verb's, whatever the voice
    conjoined = conjoined_passive(token, frame)
    passive = (frame.i == token.i or _shared_passive(token, frame) or conjoined) and any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
    subjects = [c for c in frame.children if c.dep_ in SUBJECTS]
    people = passive_people(token, entry.type, state) if passive else None
    agent = _agents(token) or (object_agents(token) if conjoined else [])  # "was denied
    # access by the authorities": the "by" phrase hangs on the retained object
    args = Arguments()
    misparsed = token.tag_ == "VBD" or any(c.dep_ == "dobj" for c in token.children)
    if token.dep_ == "acl" and misparsed and not agent:
        subjects, passive = [token.head], False  # "Israeli airstrikes killed ...", misparsed
    if passive or (token.dep_ == "acl" and subjects != [token.head]):
        args.source = _actors_of(agent, state) or _owner_actors(agent, state) or _owner_actors(
            [s for s in subjects if s.dep_ == "nsubjpass" and state.mention_at(s.i) is None
             and people is None], state)
        patients = [s for s in subjects if s.dep_ == "nsubjpass" or conjoined]
        for finder, rule in ((_modified_noun, "participle-patient"),
                             (_adverbial_patient, "adverbial-patient")):
            if not patients and (patients := finder(token)):
                args.rules.append(f"events.args.{rule}.v1")
        if frame.i != token.i and not conjoined:
            args.rules.append("events.args.shared-passive.v1")
        args.target = _actors_of(patients, state)
        if conjoined and args.target:  # "he asked ... but was denied access"
            args.rules.append(CONJOINED_PASSIVE)
        if not args.target and (named := [antecedent(s) for s in patients
                                          if antecedent(s).i != s.i]):
            args.target = _actors_of(named, state)
            if args.target:
                args.rules.append("events.args.relative-patient.v1")
        subjects = []
        args.target += _owner_actors([h for h in object_heads(token)
                                      if h.dep_ != "nsubjpass"], state)
        if people is not None and not args.target:
            args.target, args.rules = [people], [*args.rules, PASSIVE_PEOPLE]
    else:
        controller = _object_controller(token, state)
        args.source = controller if controller is not None else (
            _actors_of(subjects, state) or _owner_actors(subjects, state)
            or _pronoun_antecedent(subjects, state))
        if controller is not None:
            args.rules.append("events.args.object-control.v1")
        listed = [a for a in listed_parties(subjects, state) if a not in args.source]
        if args.source and listed:
            args.source += listed
            args.rules.append("events.args.listed-parties.v1")
        objects = [c for c in token.children if c.dep_ in OBJECTS]
        args.target = _targets_of(objects, state)
    addressed = bool(args.target) and entry.type in REQUESTING_TYPES
    args.target += _prep_targets(token, entry, state, inner=not addressed)
    if not args.source and token.dep_ == "pcomp":
        args.source = _accused(token, state)
    return _dedupe(args)


def _backers(head: Token) -> set[int]:
    """"Rebels, backed by Rwandan forces": the words of a participle with a "by" phrase on a
    noun name who acts on it, not the country it acts for (events.args.participle-patient.v1)."""
    return {t.i for c in head.children if c.dep_ == "acl" and _agents(c) for t in c.subtree}


def _shared_passive(token: Token, frame: Token) -> bool:
    """"He was questioned and later was arrested by Iranian authorities": a coordinated passive
    shares its head's patient; its own "by" phrase names the agent (v1 took the shared patient
    as the agent: events.args.shared-passive.v1)."""
    return token.dep_ == "conj" and frame.i == token.head.i and any(
        c.dep_ == "nsubjpass" for c in frame.children)


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
    if token.dep_ == "acl" and token.tag_ == "VBN" and _agents(token):
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
    found = _actors_of(objects, state)
    if found or (objects and head.lemma_.lower() in words("instruction_verbs")):
        return found
    return None  # "invited reporters to visit": no actor there, the subject stays


PERSONAL = {"he", "she", "they", "it", "we"}


def _pronoun_antecedent(subjects: list[Token], state: DocState) -> list[str]:
    """"Lokodo struck a note when he called for ...": an unresolved pronoun subject of a clause
    is the actor subject of the clause that governs it, within the sentence."""
    pronouns = [s for s in subjects if s.lower_ in PERSONAL and not state.mentions_at(s.i)]
    if not pronouns:
        return []
    clause = pronouns[0].head
    for _ in range(4):
        if clause.head.i == clause.i or clause.dep_ not in {"advcl", "conj", "ccomp", "relcl"}:
            return []
        clause = clause.head
        found = _actors_of([c for c in clause.children if c.dep_ in SUBJECTS], state)
        if found:
            return found
    return []


def complete_targets(args: Arguments, token: Token, entry: TriggerEntry,
                     state: DocState) -> None:
    """When no actor is the object, the target is who owns it, where force lands, or the
    first other actor named in the object phrase."""
    if args.target or token.pos_ in {"NOUN", "PROPN"}:
        return
    own = _countries(args.source, state)
    for finder in (_clause_subject_targets, _eruption_targets, _summary_targets, _owner_targets,
                   _place_targets):
        found = [a for a in dict.fromkeys(finder(token, entry, state)) if a not in args.source
                 and not (finder is _owner_targets and _countries([a], state) & own)]
        if found:
            args.target = found
            if finder is _clause_subject_targets and any(map(_for_clause, token.children)):
                args.rules.append("events.args.for-clause.v1")
            if finder is _summary_targets:
                args.rules.append(SUMMARY_REACTION)
            return
    args.target = _actors_within(token, entry, args.source, state)


def _eruption_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"erupted in protests against the government" (events.args.eruption-target.v1)."""
    return eruption_targets(token, entry.type, state)


def _summary_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"..., a move Haiti has praised" (events.args.summary-reaction.v1)."""
    return summary_reaction_targets(token, entry.type, state)


def _countries(actor_ids: list[str], state: DocState) -> set[str]:
    return {a.country for i in actor_ids if (a := state.actor(i)) is not None and a.country}


def _owner_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    return _owner_actors(object_heads(token), state) or _target_owners(object_heads(token), state)


def _clause_subject_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"demanded that Ukraine restore ...", "alleged that Russian troops had ...": the
    subject of the demanded or alleged clause."""
    if entry.type not in CLAUSE_TARGET_TYPES:
        return []
    clauses = [c for c in token.children if c.dep_ == "ccomp" or _for_clause(c)]
    subjects = [s for c in clauses for s in c.children if s.dep_ in SUBJECTS]
    found = _actors_of(subjects, state) or _owner_actors(subjects, state)
    own = _countries(_actors_of(_source_subjects(token), state), state)
    # "warning that the country could face war": the source's own country is not its target
    # (its institutions are: "demanding that authorities release ...")
    return [a for a in found if not (own and _is_country_actor(a, state)
                                     and _countries([a], state) <= own)]


def _for_clause(clause: Token) -> bool:
    """"called for the Fed to lower rates": a "for ... to" clause, whose subject is who is asked
    (events.args.for-clause.v1)."""
    return clause.dep_ in {"advcl", "ccomp", "xcomp"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _is_country_actor(actor_id: str, state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and actor.kind == "country"


def _source_subjects(token: Token) -> list[Token]:
    return [c for c in _frame_verb(token).children if c.dep_ in SUBJECTS]


def _accused(token: Token, state: DocState) -> list[str]:
    """"accused Ukraine of shelling the plant": the accused is who shelled."""
    frame = token.head.head if token.head.lower_ == "of" else token.head
    return _actors_of([c for c in frame.children if c.dep_ in OBJECTS], state)


def _actors_within(token: Token, entry: TriggerEntry, exclude: list[str],
                   state: DocState) -> list[str]:
    """Last resort: the first actors named inside the trigger's object or complement phrase
    ("lifted sanctions on Venezuela's oil sector", "threatened to use force against Seoul")."""
    addressed = any(c.dep_ == "dobj" for c in token.children) and (
        entry.type == "REQUEST" or token.lemma_.lower() in words("object_control_verbs"))
    phrases = [c for c in token.children if c.dep_ in OBJECTS
               or (c.dep_ == "xcomp" and not addressed)  # "asked them to draw up plans to
               # protect Spain": the asked are the target, not who the plans are for
               or (c.dep_ == "prep" and (c.lower_ not in SETTING_PREPS
                                         or c.lower_ == entry.particle))]
    own = {a.country for i in exclude if (a := state.actor(i)) is not None and a.country}
    for phrase in phrases:
        found = [i for t in participant_tokens(phrase, entry.type, state)
                 if (i := _actor_or_place(t, state)) is not None]
        found = [a for a in dict.fromkeys(found) if a not in exclude
                 and (actor := state.actor(a)) is not None and actor.country
                 and actor.country not in own]
        if found:
            return found
    return []


def _actor_or_place(token: Token, state: DocState) -> str | None:
    """The actor mentioned at a token, else the coded place there as an actor ("stepped up
    patrols in Andorra": the place has no actor mention since places are apart, issue 12)."""
    mention = state.mention_at(token.i)
    return mention.actor_id if mention is not None else place_target(token, state)


def _place_targets(token: Token, entry: TriggerEntry, state: DocState) -> list[str]:
    """"struck an apartment block in the Ukrainian city of Dnipro": where force lands."""
    if entry.type not in PLACE_TARGET_TYPES or people_patients(token):
        return []  # "arrested 16 people in Brussels": the people are the target
    places = [p for word, prep in particles(token).items() if word in PLACE_PREPS
              for p in prep.children if p.dep_ == "pobj"]
    for head in object_heads(token):
        places += [p for word, prep in particles(head).items() if word in PLACE_PREPS
                   for p in prep.children if p.dep_ == "pobj"]
    return _targets_of(places, state) or _owner_actors(places, state) \
        or _target_owners(places, state)


def _frame_verb(token: Token) -> Token:
    """The verb whose subject the trigger shares: itself, or the head of a control or
    coordinated verb ("agreed to meet", "met and signed"), or the copula of "ready to"."""
    current = token
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in current.children):
            return current
        if (moved := quoted_conjunct_head(current)) is not None:
            current = moved  # "saying the "Fed was asleep" and called for ...": the sayer's
        elif current.dep_ in {"xcomp", "conj", "advcl", "acomp"} and current.head.i != current.i:
            current = current.head
        else:
            break
    return current


def _agents(token: Token) -> list[Token]:
    return [p for c in token.children if c.dep_ == "agent" for p in c.children
            if p.dep_ == "pobj"]


#: How many nested control clauses a target is looked for through ("ready to start to work with").
XCOMP_DEPTH = 4


def _prep_targets(token: Token, entry: TriggerEntry, state: DocState,
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
            if word in entry.target_preps:
                found += _targets_of([c for c in prep.children if c.dep_ == "pobj"], state)
        if inner and holder.i not in seen and holder.dep_ == "xcomp" \
                and len(seen) < XCOMP_DEPTH:
            found += _xcomp_targets(holder, state, seen)
    return found


def _xcomp_targets(inner: Token, state: DocState, seen: frozenset[int]) -> list[str]:
    """"ready to work with Moscow": the inner verb's own target preposition."""
    inner_entry = match(inner)
    if inner_entry is None:
        return []
    return _prep_targets(inner, inner_entry, state, seen)


def _noun_arguments(token: Token, entry: TriggerEntry, state: DocState) -> Arguments:
    args = Arguments()
    modifiers = [c for c in token.children if c.dep_ in MODIFIER_ACTORS]
    args.source = _actors_of(modifiers, state)
    args.source += _actors_of(_agents(token) + _by_phrase(token), state)
    light = token.head if token.dep_ in OBJECTS and token.head.pos_ == "VERB" else None
    if not args.source and light is not None and not _reacts(light):
        args.source = _actors_of([c for c in light.children if c.dep_ in SUBJECTS], state)
    args.target = _prep_targets(token, entry, state)
    if light is not None:
        args.target += _prep_targets(light, entry, state)
    if not args.target:  # "Turkey's refusal to recognise Cyprus": the refused act's object
        clauses = [c for c in token.children if c.dep_ == "acl"]
        args.target = _actors_of([o for c in clauses for o in c.children if o.dep_ in OBJECTS],
                                 state)
    nominal_roles(args, token, entry.type, state, entry.mode)
    between = particles(token).get("between")
    if between is not None:
        pair = _actors_of([c for c in between.children if c.dep_ == "pobj"], state)
        args.source, args.target = (args.source or pair[:1]), args.target + pair[1:]
    return _dedupe(args)


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


def _actors_of(tokens: list[Token], state: DocState) -> list[str]:
    """Actor ids of noun heads and their coordinated heads."""
    found: list[str] = []
    for token in (through_quantity(t) for t in tokens):
        for head in [token, *_conjuncts(token)]:
            here = [m.actor_id for m in state.mentions_at(head.i)]
            found += here
            found += _country_of_title(head, here, state)
    return found


def _country_of_title(head: Token, here: list[str], state: DocState) -> list[str]:
    """"Mozambique President Amando Mahamat", "Ghana's Foreign Minister Simon Lokodo": a person
    the actors stage left without a country acts for the country named in their title."""
    if not here or _countries(here, state) or head.lower_ in opponent_words():
        return []  # "its critics": a group of its own, not the owner (ev11b)
    if owned_by(head, here, state):
        return []  # "Kremlin-owned Unified Aircraft": the firm is Russian, the Kremlin no party
    phrase = {t.i for t in head.subtree} - _backers(head)
    mention_ids = {m.actor_id for i in phrase for m in state.mentions_at(i)} - set(here)
    return [a for a in sorted(mention_ids) if _countries([a], state)][:1]


def _targets_of(tokens: list[Token], state: DocState) -> list[str]:
    """Actor ids of the noun heads an event acts on: their actors, else a coded place there,
    which the event makes its target actor (``place_targets``)."""
    found: list[str] = []
    for token in (through_quantity(t) for t in tokens):
        for head in [token, *_conjuncts(token)]:
            here = _actors_of([head], state) if state.mentions_at(head.i) else []
            place = None if here else place_target(head, state)
            found += here or ([place] if place else [])
    return found


def _target_owners(tokens: list[Token], state: DocState) -> list[str]:
    """"shelled Russia's Kursk region": the coded place owning what an event acts on."""
    return _targets_of([c for t in tokens for c in t.children if c.dep_ in MODIFIER_ACTORS],
                       state)


def _pronoun_owned(actor_id: str, state: DocState) -> bool:
    """"its military", "their forces": the owner is the clause's own actor, not a target."""
    actor = state.actor(actor_id)
    return actor is not None and not actor.country and actor.name.lower().startswith(
        ("its ", "their ", "his ", "her ", "our "))


def _owner_actors(tokens: list[Token], state: DocState) -> list[str]:
    """"the US response", "Washington's written response": the actor that owns the thing."""
    return _actors_of([c for t in tokens for c in t.children if c.dep_ in MODIFIER_ACTORS], state)


def _conjuncts(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found.append(child)
            found += _conjuncts(child)
    return found


def _dedupe(args: Arguments) -> Arguments:
    args.source = list(dict.fromkeys(args.source))
    args.target = list(dict.fromkeys(args.target))
    return args


class Narrative:
    """What the article has told so far: its events, and who authored the documents in play.

    Agentless demands ("the US and NATO are also asked to ...") and documents as subjects ("the
    draft treaties call for ...") take the author of the latest document handed over; a
    rejection with no actor object answers the latest request. Confidence drops accordingly.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.document_author: list[str] = []
        self.last_request: list[str] = []

    def note(self, event: Event, token: Token) -> None:
        self.events.append(event)
        if any(h.lemma_.lower() in words("document_nouns") for h in object_heads(token)):
            self.document_author = list(event.source)
        if event.type == "REQUEST":
            self.last_request = list(event.source)

    def fill(self, args: Arguments, token: Token, entry: TriggerEntry) -> None:
        if not args.source and self.document_author and _needs_author(token, entry):
            args.source = list(self.document_author)
            args.implicit = True
        if entry.type == "REJECT" and not args.target and self.last_request:
            args.target = [a for a in self.last_request if a not in args.source]
            args.implicit = True
        args.target = [a for a in args.target if a not in args.source]


def _needs_author(token: Token, entry: TriggerEntry) -> bool:
    frame = _frame_verb(token)
    subjects = [c for c in frame.children if c.dep_ in SUBJECTS]
    if any(s.lemma_.lower() in words("document_nouns") for s in subjects):
        return True
    agentless = any(c.dep_ == "nsubjpass" for c in subjects) and not _agents(token)
    return agentless and entry.type == "REQUEST"


# --- one event per happening -------------------------------------------------------------------


def merge_repeats(events: list[Event]) -> list[Event]:
    """The same event told twice in one article is one event with both mentions."""
    kept: dict[tuple[object, ...], Event] = {}
    for event in events:
        actors = (event.type, tuple(sorted(event.source)), tuple(sorted(event.target)),
                  event.modality)
        keys = [(*actors, "date", event.date.value), (*actors, "sentence", event.sentence.start)]
        first = next((kept[k] for k in keys if k in kept), None)
        if first is not None:  # told again, or told twice in one sentence ("shelled, killing")
            first.mentions.append(event.trigger)
            continue
        for key in keys:
            kept[key] = event
    unique = list({id(e): e for e in kept.values()}.values())
    for number, event in enumerate(unique, start=1):
        event.id = f"e{number}"
    return unique
