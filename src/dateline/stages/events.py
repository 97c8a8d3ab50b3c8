"""The events stage: PLOVER-coded events with actors, dates and modality, grounded in the parse.

For every token that evokes a lexicon trigger: find source and target actors on the dependency
parse (active, passive, control and complement clauses, light verbs and nominal triggers,
prepositional targets, coordination), the date from the times stage, and the modality the text
gives it. The same event told twice in an article is one event with both mentions.

This module decides, trigger by trigger, whether the arguments found make an event, and builds
it; the parts it calls are modules of their own: whether a trigger is framed by another
(``event_frames``), the verb's and noun's own slots (``event_slots``), the fallbacks for a
missing target (``event_target_search``), the argument rules beyond the slots (``event_args``),
the actors read off the parse (``event_phrase_actors``), dates (``event_dates``), the gate
(``event_gate``) and repeats (``event_repeats``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span, Token

from dateline.record import Event, EventDate, Modality
from dateline.record import Span as TextSpan
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.coref import pronouns_moved
from dateline.stages.coref_aged_persons import note_aged_person
from dateline.stages.coref_states import note_described_state
from dateline.stages.coref_tellers import note_teller_skips
from dateline.stages.crowds import (
    DISPERSED_CROWD_RULE,
    PHRASE_CROWD_RULE,
    SUPPRESSED_RULE,
    crowd_agent,
    crowd_party_rules,
    crowd_source,
    crowd_targets,
    crowd_words,
    dispersed_crowd,
    drop_suppressor,
    phrase_crowd,
)
from dateline.stages.event_accused_parties import accused_object
from dateline.stages.event_addressed_parties import addressed_party
from dateline.stages.event_aims import addressee_targets, aimed_targets
from dateline.stages.event_answered_requests import ANSWERED_REQUEST, answers_request
from dateline.stages.event_apposed_partner import apposed_partner_target
from dateline.stages.event_arg_actors import actor_countries
from dateline.stages.event_args import (
    asked_from,
    between_pair,
    carried,
    carry_countries,
    crowd_pronoun,
    crowd_without_name,
    domestic_target,
    drop_currency_modifiers,
    drop_discussed_topics,
    drop_excluded,
    made_by_rules,
    moved_forces,
    nominal_subject_targets,
    own_envoy,
    own_forces,
    phrase_targets,
    received,
    received_unnamed,
    received_without_giver,
    warned_act,
)
from dateline.stages.event_asked_patients import drop_asked_patients, dropped_asked_patient
from dateline.stages.event_attribution_days import ATTRIBUTION_DAY_RULE, attribution_day
from dateline.stages.event_between_groups import between_groups
from dateline.stages.event_blamed_party import blamed_on_target
from dateline.stages.event_both_sides import (
    both_sides_pair,
    named_pair_parties,
    named_pair_sides,
)
from dateline.stages.event_cause_dates import cause_phrase_date
from dateline.stages.event_censured_acts import drop_censured_act_parties
from dateline.stages.event_clash_sides import clash_sides
from dateline.stages.event_complaint_forums import COMPLAINT_FORUM, drop_complaint_forums
from dateline.stages.event_concession_winners import concession_winner
from dateline.stages.event_cosigners import unnamed_cosigner
from dateline.stages.event_counted_dates import counted_clause_date
from dateline.stages.event_counterparts import reciprocity_denied
from dateline.stages.event_crowd_demands import (
    CROWD_DEMAND_PROTEST,
    crowd_demand_protest,
    keep_demand_target,
    protest_demand_fold,
    rejected_crowd_demand,
)
from dateline.stages.event_crowd_pronouns import crowd_force_parties
from dateline.stages.event_dateline_days import (
    RELATIVE_AHEAD_RULE,
    counted_ahead,
    dateline_news_day,
    has_forward_counts,
    relative_ahead_date,
)
from dateline.stages.event_dates import (
    FUTURE_RULE,
    FUTURE_TEMPORAL_RULE,
    NOT_DONE,
    UNDATED,
    UNGIVEN,
    background_date,
    reported_date,
    subject_dated,
    temporal_marks,
)
from dateline.stages.event_day_part_dates import own_day_part_date
from dateline.stages.event_demanded_acts import DEMANDED_ACT_RULE, demanding_speaker
from dateline.stages.event_demanded_patients import drop_demanded_patients
from dateline.stages.event_described_parties import drop_described_parties
from dateline.stages.event_designations import drop_designation_labels
from dateline.stages.event_destination_places import DESTINATION_PLACE, destination_places
from dateline.stages.event_done_easings import DONE_EASING_RULE, done_easing
from dateline.stages.event_drawdown_host import (
    drawdown_host,
    expelled_envoy_home,
    recall_own_envoy,
)
from dateline.stages.event_embedded_parties import embedded_party_targets
from dateline.stages.event_exclusions import DISCUSSED_TOPIC
from dateline.stages.event_facility_owners import FACILITY_PHRASE_OWNER
from dateline.stages.event_follower_source import follower_source
from dateline.stages.event_foreign_addressee import foreign_addressee, home_addressee
from dateline.stages.event_frames import (
    FINITE_CONJUNCT_RULE,
    ONGOING_RULE,
    VOW_RESOLVE_RULE,
    finite_conjunct_trigger,
    ongoing_trigger,
    promised_act,
    suppressed,
    vow_act_ahead,
    vow_of_resolve,
    vow_retyped,
)
from dateline.stages.event_gap_hours_lifted import gap_hours_lifted_date
from dateline.stages.event_gap_inner_dates import gap_inner_date
from dateline.stages.event_gate import blocked_by, ordinary_cameo, section_words, senses_section
from dateline.stages.event_greeted_parties import greeted_party
from dateline.stages.event_group_protests import group_protest_state
from dateline.stages.event_group_scenes import drop_sponsor_modifiers
from dateline.stages.event_harm_acts import (
    BLAST_RULE,
    DEADLY_STRIKE_RULE,
    bomb_blast,
    clause_subjects,
    deadly_strike,
)
from dateline.stages.event_harm_parties import dispersal_target
from dateline.stages.event_hit_parties import AIMED_GATHERING, hit_party_targets
from dateline.stages.event_joint_one_way import MEDIATORS, joint_one_way_act, joint_one_way_rules
from dateline.stages.event_journey_hosts import journey_hosts
from dateline.stages.event_lead_sentence_days import LEAD_SENTENCE_DAY_RULE, lead_sentence_day
from dateline.stages.event_lexicon import (
    POS_OF,
    TriggerEntry,
    entries_by_lemma,
    match,
    object_heads,
)
from dateline.stages.event_means_nouns import fold_means_nouns
from dateline.stages.event_measure_authors import measure_author
from dateline.stages.event_modifier_states import drop_modifier_states
from dateline.stages.event_moved_home_forces import settle_home_forces
from dateline.stages.event_nested_sources import drop_nested_sources, drop_nested_targets
from dateline.stages.event_nominal_parties import undergone_without_doer
from dateline.stages.event_object_owners import object_owner_target
from dateline.stages.event_observed_acts import observed_without_doer
from dateline.stages.event_own_state_target import drop_own_state_target
from dateline.stages.event_passed_places import PASSED_PLACE, passed_places
from dateline.stages.event_past_progressives import past_progressive_date
from dateline.stages.event_patient_group import party_patient_group
from dateline.stages.event_perfect_deeds import PERFECT_PROMISE_RULE, PROMISE_TYPES
from dateline.stages.event_phrase_actors import OBJECTS, agent_nouns, frame_verb
from dateline.stages.event_possessor_groups import possessor_groups
from dateline.stages.event_promised_public import promised_public
from dateline.stages.event_protest_causes import protest_cause_ruler
from dateline.stages.event_provisions import provision_rule
from dateline.stages.event_quoted_parties import QUOTED_RECIPIENT, quoted_first_person_target
from dateline.stages.event_quoted_self import quoted_self
from dateline.stages.event_range_dates import range_date
from dateline.stages.event_reciprocal import RECIPROCAL_OBJECT, reciprocal_object
from dateline.stages.event_referred_acts import referred_act_authors
from dateline.stages.event_referred_moves import referred_move_authors
from dateline.stages.event_referred_patients import referred_patient
from dateline.stages.event_relative_dates import relative_clause_date
from dateline.stages.event_repeats import fold_repeats, fold_same_day, one_act
from dateline.stages.event_reporter_sources import drop_reporter_sources, reporter_dropped
from dateline.stages.event_requested_groups import requested_act_group
from dateline.stages.event_restated import RESTATED_RULE, restated_time
from dateline.stages.event_result_parties import result_party_targets
from dateline.stages.event_ruler_foes import ruler_foes
from dateline.stages.event_ruler_protests import ruler_protest_state
from dateline.stages.event_said_conjunct_speakers import said_conjunct_speaker
from dateline.stages.event_sanction_counterpart import sanction_counterpart
from dateline.stages.event_second_copies import fold_second_copies
from dateline.stages.event_sent_forces import sent_aid_forces, sent_envoy
from dateline.stages.event_sentence_crowds import sentence_crowd
from dateline.stages.event_series_objects import series_targets
from dateline.stages.event_settings import setting_rule
from dateline.stages.event_side_parties import SIDES_COUNTRY_RULE, side_groups
from dateline.stages.event_slots import MUTUAL_TYPES, Arguments, arguments
from dateline.stages.event_source_bound_pronouns import source_bound_pronoun
from dateline.stages.event_span_dates import span_date
from dateline.stages.event_span_totals import span_total_date
from dateline.stages.event_status_dates import described_party_date
from dateline.stages.event_tally_dates import TALLY_OVERRIDES, tally_date
from dateline.stages.event_target_search import complete_targets, confirm_guessed_state
from dateline.stages.event_targets import deported_from, unnamed_denier
from dateline.stages.event_time_hosts import hosted_date
from dateline.stages.event_title_states import title_states
from dateline.stages.event_told_claims import told_claim_author
from dateline.stages.event_toll_spans import toll_span_date
from dateline.stages.event_topic_repeats import fold_topic_nouns
from dateline.stages.event_uncoded_parties import uncoded_party
from dateline.stages.event_uncoded_towns import (
    code_uncoded_towns,
    drop_uncoded_places,
    dropped_uncoded_place,
)
from dateline.stages.event_venue_capitals import drop_venue_capitals
from dateline.stages.event_warned_parties import warned_party_target
from dateline.stages.event_when_dates import when_on_date
from dateline.stages.event_where_dates import WHERE_PLACE_TIME_RULE, where_place_time
from dateline.stages.event_within_parties import dropped_within
from dateline.stages.modality import (
    ALLEGED_RULE,
    HEARSAY_RULE,
    alleged,
    generic,
    hearsay,
    modality_of,
    modality_rules,
    reporter,
    threat_conditions,
)
from dateline.stages.modality_plans import planned_noun
from dateline.stages.modality_rumoured import REPORTS_CONTENT_RULE, reports_content
from dateline.stages.modality_views import NO_COMMENT_RULE, no_comment
from dateline.stages.place_targets import adopt_place_targets
from dateline.stages.quote_cues import COMPLEMENTS, cue_flags
from dateline.stages.senses import UNKEPT_BLOCK, read_sense, refusal_rules
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, doc_text, sentence_of, words
from dateline.stages.time_happenings import EVENT_RULES
from dateline.stages.time_nested_nouns import nested_noun
from dateline.stages.time_plans import PAST_PLAN_RULE, PAST_PLAN_TIME_RULE
from dateline.stages.time_stative_hosts import STATIVE_HOST_RULE, stative_hosted
from dateline.stages.time_when import CONTROLLED_PAST_RULE, controlled_past_dated
from dateline.stages.times import WhenAnswer, event_when

#: Types whose events are complete without a target ("troops massed", "thousands protested").
TARGET_OPTIONAL = {"MOBILIZE", "PROTEST", "RETREAT", "CONCEDE", "ASSAULT", "COERCE"}
#: Types a verb asserts completely without naming a target.
VERB_TARGET_OPTIONAL = {"REQUEST", "ACCUSE", "AGREE", "SUPPORT", "REJECT", "AID", "THREATEN",
                        "SANCTION", "COOPERATE"}
#: Types whose events often stand without a named agent ("were killed", "protests erupted").
UNKNOWN_AGENT_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION"}
IMPLICIT_FACTOR = 0.6


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
        events = fold_second_copies(doc, events)  # wave 82: "signed it, ending the war"
        state.events = fold_repeats(doc, merge_repeats(events, doc), state.times)
        state.events = fold_means_nouns(doc, state.events)  # wave 67: "killed in a strike"
        state.events = fold_topic_nouns(doc, state.events)  # wave 73: "The invasion came after"
        referred_act_authors(doc, state.events, state)  # wave 70: "condemned the attack"
        referred_move_authors(doc, state.events, state)  # session 113: "welcomed the move"
        if adopt_place_targets(doc, state) | carried(state) | pronouns_moved(state):
            state.write(doc, "actors")  # a place an event acts on is now an actor, an actor
            # took the country it acts for, or an object pronoun now names another actor


#: The parts of speech a trigger can have (``event_lexicon.POS_OF``): ``consider`` makes nothing
#: of any other token (no lexicon entry, no CAMEO verb, not a verb).
TRIGGER_POS = frozenset(SYMBOLS[pos] for pos in POS_OF)
#: The lexicon's part of speech (``POS_OF``) by spaCy's symbol of a trigger's part of speech.
TRIGGER_POS_OF = {SYMBOLS[pos]: entry_pos for pos, entry_pos in POS_OF.items()}


def possible_triggers(doc: Doc) -> list[Token]:
    """The tokens ``consider`` can make an event of, in order (the others are not visited: a
    Token is not even built for them). A word that is not a verb makes an event only through
    an entry of its own (``consider`` returns at once without one: CAMEO patterns are
    verbs'), so one whose lemma and part of speech no entry has is left out too."""
    entries, strings, verb = entries_by_lemma(), doc.vocab.strings, SYMBOLS["VERB"]
    has_entry: dict[tuple[int, int], bool] = {}
    found = []
    for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        if pos not in TRIGGER_POS:
            continue
        if pos != verb:
            known = has_entry.get((pos, lemma))
            if known is None:
                key = (strings[lemma].lower(), TRIGGER_POS_OF[pos])
                known = has_entry[(pos, lemma)] = bool(entries.get(key))
            if not known:
                continue
        found.append(doc[i])
    return found


UNKEPT_REASON = (f"{UNKEPT_BLOCK}: an imported CAMEO pattern of a block that codes the wrong act "
                 "or none for most of its matches in news, and no sense rule read it")


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
            verdict.dropped = (UNKEPT_REASON if sense == UNKEPT_BLOCK
                               else f"sense rule {sense}: not an event in this sense")
        return verdict
    entry = verdict.entry = promised_act(token, entry)
    if vow_of_resolve(token, entry):  # wave 94: no AGREE; wave 96: typed as the act named
        retyped = vow_retyped(token, entry)
        if retyped is None:
            verdict.dropped = f"a vow of resolve offers no party anything {VOW_RESOLVE_RULE}"
            return verdict
        entry = verdict.entry = retyped
    reason = _blocked(token, state)
    if reason is None and no_comment(token, entry.type):
        reason = f"a refusal to comment is no rejection {NO_COMMENT_RULE}"
    if reason is not None:
        verdict.dropped = reason
        return verdict
    modality = verdict.modality = _refusal(entry, modality_of(token))
    ahead = modality == "asserted" and dated_ahead(state, token)
    if ahead or (modality == "asserted" and vow_act_ahead(entry)):
        modality = verdict.modality = "future"
    called = modality == "asserted" and called_protest(token, entry)
    if called:  # "called a general strike for Tuesday": the strike is still to come
        modality = verdict.modality = "future"
    promised = promised_retreat(token, entry, modality) or conditional_threat(token, entry,
                                                                              modality)
    if promised is not None:  # the promise or the threat is made, whatever its act's time
        entry, modality = promised, "asserted"
        verdict.entry, verdict.modality = entry, modality
    eased = done_easing(token, entry, modality)  # wave 60: "China eased restrictions"
    if eased is not None:
        entry = verdict.entry = eased
    folded = protest_demand_fold(token, entry)  # wave 65: "occupied ..., demanding"
    if folded is not None:
        verdict.dropped = folded
        return verdict
    crowd_protest = crowd_demand_protest(token, entry)  # wave 65: "protesters demanded"
    if crowd_protest is not None:
        entry = verdict.entry = crowd_protest
    pending = token.pos_ in {"NOUN", "PROPN"} and modality != "asserted"
    told_claim = alleged(token) or hearsay(token)
    claimed = pending and modality == "reported" and (told_claim or reports_content(token))
    if pending and not ((modality == "future" and scheduled_nominal(token))
                        or weighed_gerund(token) or claimed
                        or (modality == "future" and planned_noun(token))):
        why = AHEAD_RULE if ahead else " ".join(modality_rules(token, modality))
        verdict.dropped = f"nominal trigger with {modality} modality reports no happening " \
            f"{why}".rstrip()
        return verdict
    args = verdict.args = arguments(token, entry, state)
    speakers = None if pending or entry.type == "REQUEST" \
        else demanding_speaker(token, args.source, state)
    if speakers is not None:  # "said Fujimori should resign": the speaker's demand (ev105f)
        args.source, args.target = speakers, args.source
        args.rules.append(DEMANDED_ACT_RULE)
        entry = verdict.entry = replace(entry, type="REQUEST", mode=None, cameo="100")
        modality = verdict.modality = "asserted"
    if claimed:  # "the alleged killing of a student", "reports of abductions" (wave 84): a
        args.rules.append(ALLEGED_RULE if alleged(token) else HEARSAY_RULE if hearsay(token)
                          else REPORTS_CONTENT_RULE)  # happening told as a claim
    elif pending:
        if not (modality == "future" and planned_noun(token)):  # wave 62: its rule below
            args.rules.append(GERUND_RULE if weighed_gerund(token) else SCHEDULED_NOMINAL_RULE)
    elif token.pos_ == "NOUN" and token.dep_ in OBJECTS and ongoing_trigger(token, state):
        args.rules.append(ONGOING_RULE)
    if token.dep_ == "conj" and finite_conjunct_trigger(token, state):  # wave 71 (ev71f)
        args.rules.append(FINITE_CONJUNCT_RULE)
    if eased is not None:
        args.rules.append(DONE_EASING_RULE)
    if crowd_protest is not None:
        args.rules.append(CROWD_DEMAND_PROTEST)
    if promised is not None:
        args.rules.append(PROMISED_RETREAT_RULE if promised.type == "CONCEDE" else THREAT_RULE)
    elif not claimed:
        args.rules.extend(modality_rules(token, modality))
    if ahead:
        args.rules.append(AHEAD_RULE)
    if called:
        args.rules.append(CALLED_PROTEST_RULE)
    narrative.fill(args, token, entry)
    complete_targets(args, token, entry, state)
    refine_arguments(args, token, entry, state)
    drop_complaint_forums(args, token, entry, state)  # "complain to the UN" (ev106i)
    if crowd_protest is not None:  # wave 66: "protesters demanded that X resign": X
        keep_demand_target(args, token, state)
    if not args.source and not _unnamed_agent(args, token, entry, modality, state):
        verdict.dropped = "no source actor"
    elif _lacks_needed_target(args, token, entry, modality):
        verdict.dropped = f"no target actor ({entry.type} needs one)"
    elif (rule := _gated(args, token, entry, state)) is not None:
        verdict.dropped = _gate_reason(rule)  # a bomb's harm is political violence, not private
    elif (rule := ordinary_cameo(token, entry, args.source, state)) is not None:
        verdict.dropped = f"{rule}: an imported pattern on an everyday verb, in no event sense"
    else:
        verdict.event = _build(doc, state, token, entry, args, modality,
                               len(narrative.events) + 1)
        if speakers is not None:  # the demand is dated when it was said (ev105f)
            verdict.event = replace(verdict.event,
                                    date=event_date(doc, state, token.head, "asserted"))
        if token.pos_ == "NOUN" and modality == "asserted" \
                and surely_ahead(state, verdict.event.date):
            verdict.event = None  # "a crackdown next month was announced": dated ahead
            verdict.dropped = f"nominal trigger dated after the document {AHEAD_RULE}"
    return verdict


def _refusal(entry: TriggerEntry, modality: Modality) -> Modality:
    """A negated trigger a sense rule reads as a refusal ("will not cooperate": REJECT) is the
    refusal asserted (round 12)."""
    return "asserted" if modality == "negated" and entry.rule in refusal_rules() else modality


PROMISED_RETREAT_RULE = "events.concede.promised-retreat.v1"
#: RETREAT modes whose promise is not coded a concession: "is to step down" stays a future
#: resignation (CONVENTIONS.md, modality).
UNPROMISED_MODES = frozenset({"resign"})


def promised_retreat(token: Token, entry: TriggerEntry, modality: Modality) -> TriggerEntry | None:
    """"The government will lift the curfew on Friday", "troops will withdraw by March": a
    RETREAT told as the actor's future act is a promise of it, which PLOVER codes CONCEDE
    ("make a promise of removing curfews in the future", "promise to withdraw from territory";
    implemented acts are RETREAT). Verbs only: a scheduled nominal stays what it is.
    (events.concede.promised-retreat.v1, round 16)"""
    if entry.type != "RETREAT" or modality != "future" or token.pos_ != "VERB" \
            or entry.mode in UNPROMISED_MODES or _temporal_clause(token):
        return None
    return replace(entry, type="CONCEDE")  # the mode names the act promised (disarm, release):
    # two promised acts of two modes stay two events (events.repeat.coordinated.v3)


THREAT_RULE = "events.threaten.conditional-threat.v1"
#: Types whose act, told as what the actor will do unless or if another does something, is a
#: coercive warning.
THREATENED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def conditional_threat(token: Token, entry: TriggerEntry,
                       modality: Modality) -> TriggerEntry | None:
    """"will impose sanctions unless Caracas frees the prisoners", "said it would use force if
    the rebels attacked": a hostile act the actor says it will do on a condition is a threat
    (PLOVER THREATEN: "coercive or forceful warnings"), not the act itself
    (events.threaten.conditional-threat.v1, round 16). Not an act that is itself the condition
    ("if Israel strikes Iran, ...")."""
    if entry.type not in THREATENED_TYPES or modality != "hypothetical" or token.pos_ != "VERB":
        return None
    if not _aux_of(token) & (words("future_auxiliaries") | words("conditional_auxiliaries")):
        return None
    if not _said_by_its_actor(token):
        return None
    marks = threat_conditions()
    if any(c.dep_ == "mark" and c.lower_ in marks for c in token.children):
        return None
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                         for m in c.children) for c in token.children):
        return None
    return replace(entry, type="THREATEN", mode=None, cameo="130")


def _temporal_clause(token: Token) -> bool:
    """"The curfew will remain until insurgents stop attacks": the act of a clause that sets
    another clause's time is that clause's condition, not a promise of its own."""
    marks = temporal_marks()
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks
                                         for c in token.children)


def _said_by_its_actor(token: Token) -> bool:
    """A warning is what the actor says it will do: the act's clause is the sentence's own or
    the complement of a speech verb ("said it would impose"), not of a fear or a belief ("were
    concerned that the police would detain them if they left": no one threatened)."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ROOT":
        return True
    if head.dep_ not in COMPLEMENTS:
        return False
    flags = cue_flags(head.head)
    return flags is not None and not flags.get("belief")


def _aux_of(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "aux"}


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


def _own_target(args: Arguments) -> bool:
    """A target the act names itself. The speaker that a quote's "us" stands for as an indirect
    object or passive subject fills the target but does not make an act that needs one stand
    (pairs52: "sending us a message" became a CONSULT); "discuss with us" does."""
    return bool(args.target) and QUOTED_RECIPIENT not in args.rules


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
    _suppressed_protest(args, token, entry.type, state)
    _dispersed_crowd(args, token, entry, state)
    received(args, token, state)
    received_unnamed(args, token, entry.type, state)
    crowd_pronoun(args, token, entry.type, state)
    quoted_self(args, token, state)  # "'We call on ...,' the director said"
    quoted_first_person_target(args, token, state)  # "'Police arrested me,' she said"
    asked_from(args, token, entry.type, state)
    warned_act(args, token, entry.type, state)
    said_conjunct_speaker(args, token, entry.type, state)  # "said X had ... and urged" (s114)
    between_pair(args, token, state)
    drop_reporter_sources(args, token, state)  # "according to AP, it rejected": not AP
    note_teller_skips(args.rules, token, state)  # ev60d
    note_described_state(args.rules, args.target, token, state)  # ev61a
    note_aged_person(args.rules, [*args.source, *args.target], token, state)  # ev74d
    drop_excluded(args, token, state)
    drop_discussed_topics(args, token, entry.type, state)  # "discussed North Korea" (s120)
    drop_described_parties(args, token, state)  # "activists accused of spying on X": no X
    deported_from(args, token, entry.mode, state)
    own_envoy(args, token, state)
    moved_forces(args, token, entry, state)
    sent_aid_forces(args, token, entry, state)  # "peacekeepers were deployed" (ev82c)
    sent_envoy(args, token, state)  # "sent an envoy to Yerevan": not the envoy (ev97b)
    own_forces(args, token, entry, state)
    nominal_subject_targets(args, token, entry.type, state)
    phrase_targets(args, token, state)
    blamed_on_target(args, token, entry.type, state)  # "an attack X blamed on Y" (session 116)
    apposed_partner_target(args, token, entry.type, state)  # "X, Japan's ally, welcomed" (s117)
    if unnamed_cosigner(args, token, entry.type, state):  # "X and the rebel movement signed"
        args.mutual = True
    aimed_targets(args, token, entry.type, state)  # whom a protest or request aims at
    drop_demanded_patients(args, token, entry.type, state)  # "demanded the release of X"
    drop_currency_modifiers(args, token, state)
    series_targets(args, token, entry.type, state)
    domestic_target(args, token, entry.type, state)
    dispersal_target(args, token, entry.mode, state)  # "broke up the rally": its protesters
    title_states(args, token, state)  # "the governments of Serbia and Bulgaria": both (ev63e)
    carry_countries(args, token, state)
    settle_home_forces(args, state)  # "soldiers were deployed": theirs if found (ev88q)
    confirm_guessed_state(args, token, state)  # wave 83 (ev83l)
    if not args.target:  # a source's country may now make a domestic target
        domestic_target(args, token, entry.type, state)
    party_patient_group(args, token, state)  # "Angola army chiefs were detained" (ev68a)
    if referred_patient(args, token, entry.type, entry.mode, state):  # "Two were arrested"
        carry_countries(args, token, state)  # "1,074 had been detained": the group's country
    source_bound_pronoun(args, token, entry.type, state)  # "X, which ruled Ukraine, annexed it"
    both_sides_pair(args, token, entry.type, state)  # "both sides": the named pair (ev71a)
    addressee_targets(args, token, entry.type, state)  # "called on member countries"
    journey_hosts(args, token, entry.type, state)  # "flew to Moscow to ask" (session 112)
    if addressed_party(args, token, entry.type, state) and side_groups(args.target, state):
        _addressed_sides_country(args, token, state)  # "urged all sides to" (ev91b)
    named_pair_sides(args, token, entry.type, state)  # "urged both sides": the pair (ev99g)
    named_pair_parties(args, token, entry, state)  # "the two leaders agreed" (ev101o)
    told_claim_author(args, token, entry.type, state)  # "an account Y rejected" (ev80c)
    embedded_party_targets(args, token, entry.type, state)  # "refused to allow X to run"
    warned_party_target(args, token, entry.type, state)  # "warned ... if Israel retaliated" (ev81a)
    hit_party_targets(args, token, entry.type, state)  # "used water cannon against rioters"
    if {FACILITY_PHRASE_OWNER, AIMED_GATHERING} & set(args.rules):  # session 111
        carry_countries(args, token, state)  # the owners' or the crowd's country
    if crowd_force_parties(args, token, entry.type, state):  # "to disperse them" (ev79c)
        carry_countries(args, token, state)  # the crowd's place, as for any party
    result_party_targets(args, token, entry.type, state)  # "leaving four civilians injured"
    uncoded_party(args, token, entry.type, state)  # "accused NGOs", "killed his assistant"
    if accused_object(args, token, entry.type, state):  # "accusing politicians of ..." (ev82b)
        carry_countries(args, token, state)  # the group's country, as for any party
    if greeted_party(args, token, entry.type, state):  # "congratulated his rival" (ev84d)
        carry_countries(args, token, state)  # the group's country, as for any party
    concession_winner(args, token, entry.type, state)  # "conceded and congratulated X" (ev102g)
    promised_public(args, token, entry.type, state)  # "to govern for all Bolivians" (session 119)
    measure_author(args, token, entry.type, state)  # "rejected a decree by the emir" (session 119)
    requested_act_group(args, token, entry.type, state)  # "sought the arrest of two ministers"
    if sentence_crowd(args, token, entry.mode, state):  # "used tear gas as protesters ..." (ev83a)
        carry_countries(args, token, state)  # the crowd's place, as for any party
    if clash_sides(args, token, entry, state):  # "clashes between police and X" (ev79c)
        carry_countries(args, token, state)  # each side's place, as for any party
    between_groups(args, token, entry, state)  # "clashes between militants and Iraqi forces"
    group_protest_state(args, token, entry.type, entry.mode, state)  # "demonstrators marched"
    ruler_protest_state(args, token, entry.type, entry.mode, state)  # "anti-government protests"
    protest_cause_ruler(args, token, entry.type, entry.mode, state)  # "began when X moved" (ev105c)
    made_by_rules(args, state)
    drop_opposed(args, token, entry.type, state)
    drop_venue_capitals(args, token, entry.type, state)  # "an attack in Cairo": no Egypt
    object_owner_target(args, token, entry.type, state)  # "attacks on Syrian targets", before drops
    drop_modifier_states(args, token, state)  # "the former Portuguese colony": no Portugal
    drop_nested_sources(args, token, state)  # "supporters of Trump attacked": no Trump (ev83f)
    ruler_foes(args, token, state)  # "rebels fighting to topple X's president" (wave 103)
    follower_source(args, token, state)  # "his allies announced": the allies (ev88p)
    drop_nested_targets(args, token, entry.type, state)  # "Putin's critic was shot": no Putin
    code_uncoded_towns(args.target, args.rules, token, entry.type, state)  # "stormed Kunduz"
    kept = drop_uncoded_places(args.target, args.rules, state)  # "visited Hiroshima"
    args.places, args.target = [a for a in args.target if a not in kept], kept
    drawdown_host(args, token, entry.rule, state)  # wave 70 (ev70g)
    drop_designation_labels(args, token, entry.rule, state)  # "designated X a terrorist group"
    drop_asked_patients(args, token, entry.type, state)  # "demanded X be freed" (ev72a)
    drop_censured_act_parties(args, token, entry.type, state)  # "condemned it" (ev83e)
    recall_own_envoy(args, token, entry.rule, state)  # wave 72 (ev72b)
    drop_own_state_target(args, token, entry.type, entry.rule, state)  # ev94g
    foreign_addressee(args, token, entry.type, state)  # "urged the government" (session 112)
    home_addressee(args, token, entry.type, state)  # "the opposition urged the government" (115)
    sanction_counterpart(args, token, entry, state)  # "cut ties after Iran" (116)
    possessor_groups(args, token, state)  # "its citizens", late parties too (ev76d)
    if not args.mutual and len(args.source) > 1 and set(args.target) <= set(args.source) and (
            reciprocal_object(token)):
        args.mutual = True  # "X and Y accused each other": each is the other's target
        args.rules.append(RECIPROCAL_OBJECT)
    parties_named = {"events.args.between.v1", "events.args.phrase-parties.v1"} & set(args.rules)
    if not args.mutual and parties_named == {"events.args.phrase-parties.v1"} and (
            joint_one_way_act(token)):  # "the presidents of X and Y welcomed it" (ev70d)
        parties_named = set()
        args.rules += joint_one_way_rules(token)
    if args.mutual or (parties_named and (entry.symmetric or entry.type in MUTUAL_TYPES)
                       and not reciprocity_denied(token)):  # "but not with each other"
        both_ways(args, state)


def _addressed_sides_country(args: Arguments, token: Token, state: DocState) -> None:
    """"Urged all sides to show restraint": the sides take the story's country when it is one
    country's strife, as any unnamed party does (events.args.sides-country.v1)."""
    carry_countries(args, token, state)
    if actor_countries(args.target, state):
        args.rules.append(SIDES_COUNTRY_RULE)


def _suppressed_protest(args: Arguments, token: Token, event_type: str,
                        state: DocState) -> None:
    """"Police broke up a rally": the police are not the rally's source (``crowds``)."""
    args.source, dropped = drop_suppressor(args.source, token, event_type, state)
    if dropped:
        args.rules.append(SUPPRESSED_RULE)


def _dispersed_crowd(args: Arguments, token: Token, entry: TriggerEntry,
                     state: DocState) -> None:
    """"Police broke up a rally of opposition supporters": the supporters are the target."""
    if entry.mode != "crowd-control":
        return
    targets = dispersed_crowd(args.target, token, state)
    if targets != args.target:
        args.target = targets
        args.rules.append(DISPERSED_CROWD_RULE)


OPPOSED_PARTY_RULE = "events.args.opposed-party.v1"
#: Types whose target is the party the act favours.
FAVOURING_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE", "AID"})


def _phrase_through_of(head: Token) -> list[Token]:
    """``head`` and its modifiers, through "of" but no other preposition ("the militants of
    the FARC", not "a dispute between Portugal and Brazil")."""
    found = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        found.extend(_phrase_through_of(child))
    return found


def drop_opposed(args: Arguments, token: Token, entry_type: str, state: DocState) -> None:
    """"Finland joined the coalition against IS", "Qatar approved military action against
    ISIS": a party the act's phrase names as what a hostile action
    (``clauses.hostile_action_nouns``) is against is not the party the act favours; no target
    rather than the enemy (``OPPOSED_PARTY_RULE``, pairs31: both judges, once the named groups
    became actors wherever named)."""
    if entry_type not in FAVOURING_TYPES or not args.target:
        return
    opposed = {m.actor_id for prep in token.subtree
               if prep.dep_ == "prep" and prep.lower_ == "against"
               and prep.head.lemma_.lower() in words("hostile_action_nouns")
               for pobj in prep.children if pobj.dep_ == "pobj"
               for t in _phrase_through_of(pobj) for m in state.mentions_at(t.i)}
    kept = [a for a in args.target if a not in opposed]
    if len(kept) < len(args.target):
        args.target = kept
        args.rules.append(OPPOSED_PARTY_RULE)


def both_ways(args: Arguments, state: DocState) -> None:
    """"Israel and Jordan met": each is source and target of the meeting (the dyads of an actor
    with itself are not rows: ``frames.dyad_rows``)."""
    parties = list(dict.fromkeys(args.source + args.target))
    coded = [a for a in parties if actor_countries([a], state)]
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


def _lacks_needed_target(args: Arguments, token: Token, entry: TriggerEntry,
                         modality: Modality) -> bool:
    """An act that needs a target has none, and no rule emptied its targets on purpose."""
    if _own_target(args) or _target_optional(token, entry, modality):
        return False
    return not _target_emptied_on_purpose(args.rules)


def _target_emptied_on_purpose(rules: list[str]) -> bool:
    """Rules that removed every candidate as no party leave the act told with no target rather
    than no event: a party within the source (``dropped_within``), the party asked to act
    (ev72a), the parties mediated between, who go unnamed (ev89t), a place that is no party
    (ev93a), the forum a complaint is taken to (ev106i), the topic of a discussion (session 120)."""
    return (dropped_within(rules) or dropped_asked_patient(rules) or MEDIATORS in rules
            or dropped_uncoded_place(rules) or COMPLAINT_FORUM in rules
            or DISCUSSED_TOPIC in rules)


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
    if phrase_crowd(token) is not None and crowd_agent(token, _crowd_type(entry)):
        return _crowd_agent_source(args, token, state, PHRASE_CROWD_RULE)
    if _agent_may_be_unknown(token, entry, modality) or received_without_giver(args.rules) \
            or crowd_without_name(args.rules) or unnamed_denier(args.rules, args.target) \
            or observed_without_doer(token, args.rules, entry.type, UNKNOWN_AGENT_TYPES) \
            or undergone_without_doer(args.rules) \
            or reporter_dropped(args.rules):  # "they" was only the paper that told it
        return True
    if args.target and unnamed_court(token, entry, state):
        args.rules.append(UNNAMED_COURT_RULE)
        return True
    if entry.type == "ASSAULT" and weapon_agent(token):
        args.rules.append(WEAPON_AGENT_RULE)
        return True
    if entry.type == "ASSAULT" and bomb_blast(token):
        args.rules.append(BLAST_RULE)
        return True
    if crowd_agent(token, _crowd_type(entry)):
        return _crowd_agent_source(args, token, state, crowd_words().rule)
    return False


def _crowd_agent_source(args: Arguments, token: Token, state: DocState, rule: str) -> bool:
    """The crowd as the source (``crowds``) and the state it protests against as the target."""
    args.rules.append(rule)
    args.source = crowd_source(token, state)
    if crowd_party_rules(args.source, state):  # placed nowhere in its own phrase: the
        args.rules.extend(crowd_party_rules(args.source, state))  # sentence's place or the
        carry_countries(args, token, state)  # article's country, as for any party
    targets, aim_rule = crowd_targets(args.target, args.source, token, state)
    args.target = [a for a in targets if a not in args.source]
    if aim_rule is not None:
        args.rules.append(aim_rule)
    return True


UNNAMED_COURT_RULE = "events.args.unnamed-court.v1"

#: Sense rules that read a rally as another type: its crowd is still the one who rallies.
RALLY_SENSES = frozenset({"events.sense.rally-for-government.v1"})


def _crowd_type(entry: TriggerEntry) -> str:
    """The type whose crowd may act as the source: a rally read as SUPPORT of those in power
    ("thousands gathered in a demonstration in support of the government", round 20) is still
    done by its crowd, as the protest it looks like; other SUPPORT (a vote, a welcome) is not."""
    return "PROTEST" if entry.rule in RALLY_SENSES else entry.type


def unnamed_court(token: Token, entry: TriggerEntry, state: DocState) -> bool:
    """"A federal grand jury indicted the former governor", "was convicted by a jury", "the trial
    court, which convicted him": a legal act whose agent is a court, jury or prosecutor that no
    actor covers stands with no source rather than no event (events.args.unnamed-court.v1,
    round 23); never a noun trigger, whose agent the text seldom gives."""
    raw = senses_section("unnamed_court")
    if token.pos_ != "VERB" or entry.type not in section_words(raw, "types", lower=False):
        return False
    agents = [c for c in token.children if c.dep_ == "nsubj"] + agent_nouns(token)
    agents = [a.head if a.tag_ in {"WDT", "WP"} and token.dep_ == "relcl" else a
              for a in agents]
    return bool(agents) and all(a.lemma_.lower() in section_words(raw, "agents")
                                and not state.mentions_at(a.i) for a in agents)


WEAPON_AGENT_RULE = "events.args.weapon-agent.v1"


def _gated(args: Arguments, token: Token, entry: TriggerEntry, state: DocState) -> str | None:
    """The gate rule that turns the event down, or None. A weapon's or a blast's killing is
    political violence whoever it struck, and so is a strike that killed (wave 39): the gate,
    which guards "strike" against labour strikes, lets it through."""
    if WEAPON_AGENT_RULE in args.rules or BLAST_RULE in args.rules:
        return None
    # nor does that speaker make an act political
    targets = args.target if _own_target(args) else []
    targets = targets + args.places  # a place dropped as target still tells a political act
    rule = blocked_by(token, entry, args.source + targets, state)
    if rule is not None and deadly_strike(token, entry.type, args.rules):
        args.rules.append(DEADLY_STRIKE_RULE)
        return None
    return rule


def weapon_agent(token: Token) -> bool:
    """"A car bomb killed 44 people", "a bomb went off in the market, killing 14": a weapon as
    the subject of a killing (``weapon_agents``) names no one who used it, so the act stands
    with no source, as a passive with no agent does, rather than no event, and it is political
    violence whoever it killed (events.args.weapon-agent.v1, wave 36). A participle with no
    subject of its own takes its clause's. Not a relative clause ("the rocket that hit the
    school killed three"): it mostly restates the act its noun's own verb tells."""
    if token.pos_ != "VERB":
        return False
    subjects = clause_subjects(token)
    raw = senses_section("weapon_agents")
    if token.lemma_.lower() not in section_words(raw, "lemmas"):
        return False
    weapons = section_words(raw, "words")
    return bool(subjects) and all(s.lemma_.lower() in weapons for s in subjects)


def _unknown_agent(token: Token) -> bool:
    """"14 soldiers were killed" (passive, no agent), "protests erupted" (a nominal event as
    subject): the text does not say who acted, so the event stands with no source rather than
    a guessed one."""
    if token.pos_ == "VERB":
        return not agent_nouns(token) and any(c.dep_ in {"nsubjpass", "auxpass"}
                                          for c in token.children)
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in SUBJECTS


def _blocked(token: Token, state: DocState) -> str | None:
    if suppressed(token, state):
        return "part of the frame of its head's event"
    if generic(token):
        return "habitual, generic or interrogative"
    if (provision := provision_rule(token)) is not None:  # wave 53 (ev53c), 54 (ev54a)
        return f"an act a law or agreement allows is no act done {provision}"
    if (setting := setting_rule(token)) is not None:  # wave 57 (ev57d)
        return f"a setting of another act or a word of a name, no act {setting}"
    return None


def _build(doc: Doc, state: DocState, token: Token, entry: TriggerEntry, args: Arguments,
           modality: Modality, number: int) -> Event:
    said_date = event_date(doc, state, token, modality, document=args.implicit)
    date, date_rule = background_date(token, said_date)
    if date_rule == PERFECT_PROMISE_RULE and entry.type not in PROMISE_TYPES:
        date, date_rule = said_date, None  # "has vowed to fight on": a threat, standing now
    date, date_rule = own_day_part_date(token, said_date, date, date_rule, modality)  # wave 86
    promise = date_rule in PROMISE_UNDATERS and _promise(args)
    if promise:
        date, date_rule = said_date, None
    if date_rule is None:  # wave 51: "had been shelling" is background of an earlier time
        date, date_rule = past_progressive_date(token, date, modality)
    if date_rule is None:  # wave 59: "the officers, who have been charged with fraud"
        date, date_rule = described_party_date(token, date, modality)
    if date_rule is None:
        date, date_rule = subject_dated(token, date, state)
    if date_rule is None:
        date, date_rule = reported_date(token, date, state)
    if date_rule is None and date.basis == "document_date" and modality == "asserted":
        restated = restated_time(token)  # "The agreement was reached on Saturday" next to it
        if restated is not None:
            date, date_rule = EventDate(restated[0], restated[1], "narrative"), RESTATED_RULE
    if date_rule is None:  # after the rules that find a time the text gives elsewhere
        date, date_rule = hosted_date(token, date, state)
    if date_rule is None:  # background and totals the sentence's shape tells (wave 43)
        date, date_rule = span_date(token, date)
    date, date_rule = span_total_date(token, date, date_rule, modality)  # wave 55: counts
    if date_rule is None or date_rule in TALLY_OVERRIDES:  # wave 48: totals up to now, and
        date, date_rule = tally_date(token, date, date_rule)  # perfect participles
    if date_rule is None:  # wave 49: a "when" clause on a date phrase takes that date
        date, date_rule = when_on_date(token, date, date_rule)
    if date_rule is None:  # wave 57: "the protests that erupted in 2011" take its time
        date, date_rule = relative_clause_date(token, date, date_rule)
    if date_rule is None and date.basis in UNGIVEN and modality not in NOT_DONE:
        placed = where_place_time(token)  # wave 92 (ev92b): "at the port, where police fired"
        if placed is not None and placed.value != date.value:
            date, date_rule = placed, WHERE_PLACE_TIME_RULE
    if date_rule is None and modality not in NOT_DONE:  # wave 72: "a day after X happened"
        date, date_rule = counted_clause_date(
            token, date, date_rule, lambda head: event_date(doc, state, head, "asserted"))
    date, date_rule = gap_inner_date(token, date, date_rule, modality)  # wave 80 (ev80a)
    date, date_rule = gap_hours_lifted_date(token, date, date_rule, modality)  # wave 81
    if date_rule is None and date.basis == "document_date" and modality not in NOT_DONE:
        attributed = attribution_day(token)  # wave 63: a dated statement's act told as news
        if attributed is not None:
            date = EventDate(attributed[0], attributed[1], "narrative")
            date_rule = ATTRIBUTION_DAY_RULE
    if modality not in NOT_DONE:  # wave 64: "arrested Monday for protesting": an earlier act
        date, date_rule = cause_phrase_date(token, date, date_rule)
    date, date_rule = range_date(token, date, date_rule)  # wave 51: a span has no one date
    date, date_rule = toll_span_date(token, date, date_rule, modality)  # wave 70: tolls
    if promise and date_rule is None:
        date_rule = PROMISE_DATE_RULE
    if date_rule is None and date.basis == "explicit" and controlled_past_dated(doc, token):
        date_rule = CONTROLLED_PAST_RULE  # wave 97: "declined to intervene last week"
    if date_rule is None and date.basis == "explicit" and stative_hosted(doc, token):
        date_rule = STATIVE_HOST_RULE  # wave 106: "a cafe packed with tourists on Thursday"
    date, date_rule = _late_date(doc, state, token, args, modality, said_date, date, date_rule)
    args.target, passed = passed_places(token, entry.type, args.target, state)
    if passed:  # a country named only as where the act goes (wave 47)
        args.rules.append(PASSED_PLACE)
    args.target, moved = destination_places(token, entry.type, args.source, args.target,
                                              state)
    if moved:  # a country named only as where people are moved or are (wave 52)
        args.rules.append(DESTINATION_PLACE)
    expelled_envoy_home(args, token, entry.rule, state)  # wave 72 (ev72b)
    drop_sponsor_modifiers(args, token, state)  # wave 73 (ev73g)
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


def _late_date(doc: Doc, state: DocState, token: Token, args: Arguments, modality: Modality,
               said_date: EventDate, date: EventDate,
               date_rule: str | None) -> tuple[EventDate, str | None]:
    """Waves 54-55, after the rules above: a realised act counted "the next day" past the
    document date has no date (events.date.relative-ahead.v1); a wire story's news takes its
    dateline's day (events.date.dateline-day.v1); a weekday read through a verb of sequence
    names its rule (events.date.follows-happening.v1); an act of the lead sentence that no rule
    dated takes the lead's one past day (events.date.lead-sentence-day.v1, session 111)."""
    # A noun ("the protests came a day after ...") restates an act told before: its repeat is
    # merged by its date, so it keeps it.
    told_by_verb = token.pos_ in {"VERB", "AUX"}
    # The date is found again uncapped only in a document that counts a day forward at all.
    if told_by_verb and has_forward_counts(state) and not _promise(args) and date == said_date \
            and date.basis == "document_date" \
            and modality not in NOT_DONE and counted_ahead(
                event_date(doc, state, token, modality, document=args.implicit, cap=False),
                state):
        date = UNDATED
        date_rule = "+".join(filter(None, [date_rule, RELATIVE_AHEAD_RULE]))
    late_rule = None
    if told_by_verb:
        date, late_rule = relative_ahead_date(date, modality, state, _promise(args))
    if late_rule is None:
        date, late_rule = dateline_news_day(date, state, doc_text(doc))
    if late_rule is None and date_rule is None and told_by_verb and modality not in NOT_DONE \
            and date.basis == "document_date" and (day := lead_sentence_day(token)) is not None:
        date, late_rule = EventDate(day[0], day[1], "narrative"), LEAD_SENTENCE_DAY_RULE
    date_rule = "+".join(filter(None, [date_rule, late_rule])) or None
    return date, "+".join(filter(None, [date_rule, _reached_rule(state, date)])) or None


def _reached_rule(state: DocState, date: EventDate) -> str | None:
    """The wave-55 rule (ev55c) that put the event's weekday in the week before the document
    date through a verb of sequence ("follows the resignation late on Monday night"), named on
    the event (events.date.follows-happening.v1); and the wave-59 rule (ev59b) that put a
    year-less date of a plan told in the past before the document date (events.date.past-plan.v1).
    """
    times = [t for t in state.times if date.time is not None and t.id == date.time]
    if times and (times[0].rule or "").endswith(f"+{PAST_PLAN_TIME_RULE}"):
        return PAST_PLAN_RULE
    return EVENT_RULES.get(times[0].rule or "") if times else None


PROMISE_DATE_RULE = "events.date.promise-made.v1"
#: Date rules that read the promised act's own futurity; the promise itself is not future.
PROMISE_UNDATERS = frozenset({FUTURE_RULE, FUTURE_TEMPORAL_RULE})


def _promise(args: Arguments) -> bool:
    """"The government will lift the curfew", "will impose sanctions unless ...": the event is
    the promise or the threat, made when the sentence reports it, not the act promised, which
    has no date yet; so it takes its sentence's date rather than none
    (events.date.promise-made.v1, round 16)."""
    return PROMISED_RETREAT_RULE in args.rules or THREAT_RULE in args.rules


def event_date(doc: Doc, state: DocState, token: Token, modality: Modality,
               document: bool = False, cap: bool = True) -> EventDate:
    """The time attached to the event's own phrase or clause, else its sentence's narrative
    time, else the document date; an unrealised event has no occurrence date unless its clause
    gives one, and a realised one is never dated after the document (issue 11, pattern 3).
    ``document``: the event is what a document in play says (its source is the document's
    author), dated as the document. ``cap``: False leaves a date after the document's as found."""
    answer = _phrase_time(state, token) or event_when(doc, token.i, document=document)
    unrealised = modality in {"hypothetical", "future"}
    if unrealised and answer.basis != "explicit":
        return EventDate(None, None, "unknown")
    date = EventDate(answer.value, answer.time, answer.basis)
    if cap and not unrealised and _after_document(date, state):
        if state.document_date is None:
            return EventDate(None, None, "unknown")
        return EventDate(state.document_date.isoformat(), None, "document_date")
    return date


AHEAD_RULE = "events.modality.dated-ahead-noun.v1"
#: Wave 104 (judged rounds 78-79: "called a general strike in Catalonia for Tuesday", "called a
#: nationwide general strike for later this week", "called for the biggest protests yet on
#: Wednesday", all asserted). A protest or strike a party calls is the callers' protest (the sense
#: rules' PROTEST) that has not happened yet: future.
CALLED_PROTEST_RULE = "events.modality.called-protest.v1"
#: The sense rules that read a call as the protest called.
CALLED_PROTEST_SENSES = frozenset({"events.sense.call-a-strike.v1",
                                   "events.sense.call-for-strike.v1",
                                   "events.sense.call-for-protest.v1",
                                   "events.sense.call-for-boycott.v1"})


def called_protest(token: Token, entry: TriggerEntry) -> bool:
    """A call for a protest, strike or boycott, read as the protest (``CALLED_PROTEST_RULE``),
    that sets it for a time ("for Tuesday", "for later this week", "from Sunday"). A time with
    "on" may be the call's own ("On Sunday his party called for protests"): judged rounds 51-78
    read those as done, so they are left as they were."""
    if entry.rule not in CALLED_PROTEST_SENSES:
        return False
    heads = [token, *(c for c in token.children if c.dep_ in {"dobj", "prep"})]
    heads += [o for h in heads if h.dep_ == "prep" for o in h.children if o.dep_ == "pobj"]
    return any(p.dep_ == "prep" and p.lower_ in words("called_protest_time_preps")  # not "for
               and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}  # daily protests"
                       for o in p.children)
               for h in heads for p in h.children)


def dated_ahead(state: DocState, token: Token) -> bool:
    """"a government crackdown next month": an act noun whose own phrase dates it after the
    document is not reported done; it is future (events.modality.dated-ahead-noun.v1, wave 37),
    never asserted on the document date."""
    answer = _phrase_time(state, token)
    return answer is not None and \
        surely_ahead(state, EventDate(answer.value, answer.time, answer.basis))


def surely_ahead(state: DocState, date: EventDate) -> bool:
    """The date is after the document's by a time counted forward from it ("next month",
    "tomorrow", "in 2025"); a weekday or a day of a month with no year may be read ahead of a
    past act, so it does not count."""
    if not _after_document(date, state):
        return False
    kinds = words("ahead_time_rules")
    return any(t.id == date.time and (t.rule or "").rsplit(".", 1)[0] in kinds
               for t in state.times)


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
        if head.i == token.i and anchor.time.value[:1].isdigit() \
                and not _nested_other(token, token.doc[anchor.start : anchor.end]):
            return WhenAnswer(anchor.time.value, anchor.time.id, "explicit")
    return None


def _nested_other(token: Token, span: Span) -> bool:
    """"arrests in connection with the abduction in May": the time dates another happening
    nested in the trigger's phrase, not the trigger (events.date.nested-noun.v1)."""
    noun = nested_noun(span)
    return noun is not None and noun.i != token.i


class Narrative:
    """What the article has told so far: its events, and who authored the documents in play.

    Agentless demands ("the US and NATO are also asked to ...") and documents as subjects ("the
    draft treaties call for ...") take the author of the latest document handed over; a
    rejection of a request with no actor object answers the latest request
    (events.args.answered-request.v1). Confidence drops accordingly.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.document_author: list[str] = []
        self.last_request: list[str] = []
        self.last_request_sentence = -1  # where the latest request was told (token index)
        self.last_crowd_demand: list[str] = []

    def note(self, event: Event, token: Token) -> None:
        self.events.append(event)
        if any(h.lemma_.lower() in words("document_nouns") for h in object_heads(token)):
            self.document_author = list(event.source)
        if event.type == "REQUEST":
            self.last_request = list(event.source)
            self.last_request_sentence = token.sent.start
            self.last_crowd_demand = []
        elif CROWD_DEMAND_PROTEST in event.rule.split("+"):  # wave 66: a crowd's demand
            self.last_crowd_demand, self.last_request = list(event.source), []

    def _near_request(self, token: Token) -> bool:
        """The latest request was told in ``token``'s sentence or the one just before."""
        start = token.sent.start
        return start == self.last_request_sentence or (
            start > 0 and token.doc[start - 1].sent.start == self.last_request_sentence)

    def fill(self, args: Arguments, token: Token, entry: TriggerEntry) -> None:
        if not args.source and self.document_author and _needs_author(token, entry):
            args.source = list(self.document_author)
            args.implicit = True
        if entry.type == "REJECT" and not args.target and self.last_request:
            # only a rejected request answers it (wave 84, ev84b)
            if answers_request(token, token.sent.start == self.last_request_sentence,
                               self._near_request(token)):
                args.target = [a for a in self.last_request if a not in args.source]
                args.implicit = bool(args.target)
                args.rules.extend([ANSWERED_REQUEST] if args.target else [])
        elif entry.type == "REJECT" and not args.target and self.last_crowd_demand:
            rejected_crowd_demand(args, token, self.last_crowd_demand)  # wave 66
        args.target = [a for a in args.target if a not in args.source]


def _needs_author(token: Token, entry: TriggerEntry) -> bool:
    frame = frame_verb(token)
    subjects = [c for c in frame.children if c.dep_ in SUBJECTS]
    if any(s.lemma_.lower() in words("document_nouns") for s in subjects):
        return True
    agentless = any(c.dep_ == "nsubjpass" for c in subjects) and not agent_nouns(token)
    return agentless and entry.type == "REQUEST"


# --- one event per happening -------------------------------------------------------------------


def merge_repeats(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """The same event told twice in one article is one event with both mentions: same type,
    actors and modality, in one sentence or on one date, and nothing in ``doc`` saying the later
    is another act (``one_act``, events.repeat.same-day.v2: "In a separate incident, rebels
    ambushed a convoy" stays a second ASSAULT)."""
    kept: dict[tuple[object, ...], Event] = {}
    unique: list[Event] = []
    for event in events:
        actors = (event.type, tuple(sorted(event.source)), tuple(sorted(event.target)),
                  event.modality)
        keys = [(*actors, "date", event.date.value), (*actors, "sentence", event.sentence.start)]
        first = next((kept[k] for k in keys if k in kept), None)
        if first is not None and (doc is None or one_act(doc, first, event)):
            fold_same_day(first, event)  # told again, or twice in one sentence ("shelled, killing")
            continue
        unique.append(event)
        for key in keys:
            kept[key] = event
    for number, event in enumerate(unique, start=1):
        event.id = f"e{number}"
    return unique
