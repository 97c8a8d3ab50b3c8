"""Validation of lexicon data, built-in and users', when a pipeline is built.

Every problem is a ``LexiconError`` naming the file and the entry ("mine.yaml: events[2]
(rule events.consult.meet.v9): unknown key 'lema'"), so a typo fails the build instead of
every article. Checks: unknown sections and keys, value types, PLOVER types and modes (from
``lexicon/plover.yaml``), CAMEO codes, duplicate rule names, regular expressions, and strings a
pipeline config cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from dateline.errors import LexiconError
from dateline.yamlio import safe_load

USER_SECTIONS = ("boilerplate", "clauses", "countries", "cue_classes", "events", "organizations",
                 "roles", "speech_cues", "times")
CAMEO = re.compile(r"^(?:0[1-9]|1\d|20)\d{0,2}$")
SECTOR = re.compile(r"^[A-Z]{3}$")
COUNTRY = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")
EVENT_KEYS = {"rule", "type", "mode", "cameo", "lemma", "pos", "particle", "object",
              "target_preps", "symmetric", "confidence", "from"}
EVENT_REQUIRED = ("rule", "type", "lemma")
ORGANIZATION_KEYS = {"name", "country", "sector", "kind", "aliases", "anaphors", "first_word"}
COUNTRY_KEYS = {"names", "demonyms", "capitals", "seats"}
CUE_FLAGS = {"hedged", "negative", "addressee", "belief", "directive", "question", "target"}
ROLE_KEYS = {"titles": {"title", "sector", "gender", "country"}, "groups": {"word", "sector"},
             "institutions": {"word", "sector"}, "descriptions": {"pattern", "title"}}
TIMES_KEYS = {"version", "numbers", "vague_numbers", "unit_adjectives", "units", "seasons",
              "parts_of_day", "present", "past", "future", "vague_candidates",
              "vague_adjectives", "not_after_vague_adjective", "modifiers",
              "quantity_only_modifiers", "not_before_number", "not_after_number",
              "length_cues", "ambiguous_months", "bare_month_after", "sets",
              "utc_zones", "fraction_cues_before", "not_times", "continuation_openers",
              "same_day_words", "background_adverbs_more",
              "realised_purpose_verbs", "dateline_not_places", "recent_perfect_adverbs",
              "former_title_marks", "former_title_words",
              "event_time_preps", "realised_ordinals", "series_adverbs",
              "series_count_nouns", "series_blow_verbs", "series_recent_degrees", "reaction_verbs",
              "reaction_objects_preps", "reacted_act_nouns", "reply_verbs", "replied_claim_nouns",
              "money_words",
              "earlier_phase_adverbs", "lasting_adverbs", "rescheduling_verbs",
              "lasting_prepositions", "lasting_act_verbs", "temporal_marks",
              "simultaneous_participle_marks",
              "journey_verbs", "journey_purposes", "span_prepositions",
              "era_nouns", "era_prepositions",
              "season_time_words",
              "toll_verbs", "toll_run_nouns", "toll_run_preps",
              "toll_span_preps", "toll_span_nouns", "toll_span_run_nouns",
              "occasion_nouns", "occasion_time_preps", "issuing_participles",
              "setting_nouns", "setting_start_verbs", "retold_other_modifiers",
              "retold_other_preps", "retold_kinds", "happening_verbs", "news_report_verbs",
              "statement_nouns", "restating_light_verbs", "attempt_verbs",
              "attribution_day_verbs", "published_participles", "published_nouns",
              "sequence_marks",
              "ranking_ordinals", "holidays", "standing_charge_verbs"}
CLAUSE_KEYS = {"version", "crowd_counts", "toll_verbs", "toll_marks", "hostile_action_nouns",
               "reciprocal_acts", "reciprocal_markers", "one_way_types", "one_way_acts",
               "joint_one_way_acts", "mediating_acts", "own_side_blind_rules",
               "foreign_addressee_types", "journey_purpose_types",
               "home_critic_words", "calling_verbs", "winning_verbs", "victory_nouns",
               "concession_defeat_objects", "followed_party_nouns", "referred_move_nouns",
               "winner_description_nouns", "winner_description_marks", "winner_office_nouns",
               "harm_clause_seizing_verbs",
               "supporter_nouns", "backing_verbs", "rally_address_verbs",
               "allied_markers", "allied_act_types",
               "future_auxiliaries", "conditional_auxiliaries", "modal_auxiliaries",
               "present_auxiliaries",
               "relative_trait_verbs", "relative_subject_types",
               "future_frames", "future_frames_modality", "negations", "conditions",
               "term_setting_acts", "hedges",
               "allegations", "habitual", "document_nouns", "quantity_heads",
               "domestic_institutions", "person_heads", "adjective_frames", "receiving_verbs",
               "domestic_patients", "exclusion_preps", "unnamed_people", "currency_nouns",
               "multinational_words",
               "background_adverbs", "background_times", "participle_scene_tags",
               "participle_scene_deps",
               "restatement_determiners", "new_act_modifiers", "new_act_adverbs", "result_verbs",
               "umbrella_act_verbs",
               "new_occasion_modifiers",
               "relation_modifiers", "discussion_verbs", "discussed_topic_verbs", "us_home_words",
               "home_body_sectors",
               "us_seat_places",
               "discussed_relations",
               "asked_things",
               "negative_pronouns", "pending_marks", "awaited_after_marks",
               "perfect_present_auxiliaries", "happening_verbs",
               "envoy_nouns", "object_control_verbs", "instruction_verbs",
               "protester_nouns",
               "summary_nouns", "summary_claim_nouns", "affiliation_verbs",
               "imported_target_preps", "purpose_support_verbs",
               "reaction_types", "reaction_preps", "reacted_owner_nouns",
               "resigner_reaction_types", "resigned_act_nouns",
               "seized_state_verbs", "seized_control_nouns", "seized_state_nouns",
               "seized_place_nouns",
               "force_side_sectors", "force_side_nouns", "two_sided_clash_nouns",
               "crowd_singular_nouns",
               "addressed_reaction_verbs", "reacted_owner_verbs", "reacted_owner_pronouns",
               "fight_preps", "relative_which",
               "naming_verbs", "act_censure_verbs", "act_pronouns", "censured_harm_verbs",
               "censured_harm_nouns", "censured_harm_of_nouns", "censured_harm_preps",
               "concession_contest_nouns", "harm_types",
               "target_positions", "party_nouns",
               "suffering_verbs", "owned_things",
               "deal_nouns", "site_nouns", "facility_nouns", "facility_owner_sectors",
               "facility_site_preps",
               "against_on_preps",
               "counterpart_preps",
               "victim_verbs", "people_nouns", "partitive_heads", "aided_party_verbs",
               "people_pronouns", "patient_nominals", "person_patient_verbs",
               "message_verbs", "ahead_time_rules",
               "joint_act_nouns", "visit_verbs", "joint_topic_preps",
               "party_side_nouns", "joint_time_preps"}
CLAUSE_KEYS |= {"struck_town_types", "struck_town_preps"}  # wave 38 (ev38d)
#: wave 38 (ev38c): whom protests and requests aim at (``stages.event_aims``).
CLAUSE_KEYS |= {"protest_aim_verbs", "demand_clause_verbs", "addressee_group_nouns"}
#: wave 39 (ev39a): dispersed gatherings (``stages.event_harm_parties``).
CLAUSE_KEYS |= {"dispersal_verbs", "dispersal_particle_verbs", "dispersed_gathering_nouns",
                "dispersed_gathering_party", "dispersed_people"}
#: session 116: blamed parties and sanction counterparts (``stages.event_blamed_party``,
#: ``stages.event_sanction_counterpart``).
CLAUSE_KEYS |= {"blame_on_verbs", "counterpart_sanction_skips"}
#: wave 39 (ev39b): blasts that kill as attacks (``stages.event_harm_acts``).
CLAUSE_KEYS |= {"blast_nouns", "blast_verbs", "blast_attack_words", "blast_accident_words",
                "blast_armed_victims"}
CLAUSE_KEYS |= {"demanded_patient_nouns"}  # wave 39 (ev39e)
#: wave 41 (ev41a): the party hit by a violent or coercive act (``event_hit_parties``).
CLAUSE_KEYS |= {"aimed_force_preps", "forced_party_verbs", "harm_result_verb", "harm_result_words",
                "purpose_nouns", "held_site_nouns", "force_light_verbs"}
#: wave 40 (ev40a): the party of the act a statement is about (``event_embedded_parties``).
CLAUSE_KEYS |= {"helped_party_verbs", "refused_party_verbs", "requested_clause_verbs",
                "condemned_doer_nouns", "condemned_doer_of_nouns", "condemned_act_preps",
                "embedded_party_bodies", "generic_party_determiners"}
CLAUSE_KEYS |= {"toll_in_act_verbs", "toll_in_act_preps", "act_party_preps"}
CLAUSE_KEYS |= {"misread_wish_forms", "no_comment_verbs", "no_comment_refusals"}  # wave 46 (ev46e)
CLAUSE_KEYS |= {"happening_clause_marks"}  # wave 48 (ev48d)
CLAUSE_KEYS |= {"addressed_thing_nouns", "addressed_object_verbs"}  # wave 53 (ev53a)
CLAUSE_KEYS |= {"reciprocal_pronoun_firsts", "reciprocal_pronoun_seconds",
                "reciprocal_object_preps"}  # wave 52 (ev52c)
CLAUSE_KEYS |= {"relative_subject_words"}  # wave 46 (ev46b)
CLAUSE_KEYS |= {"undergone_nominals", "by_agent_target_preps", "crowd_act_nouns",
                "acting_group_possessors"}  # wave 47 (ev47b)
CLAUSE_KEYS |= {"referring_plural_pronouns", "referring_person_pronouns",
                "referring_quantifiers"}  # wave 40 (ev40b)
CLAUSE_KEYS |= {"uncoded_party_nouns"}  # wave 46 (ev46a)
CLAUSE_KEYS |= {"state_class_nouns"}  # wave 61 (ev61f)
CLAUSE_KEYS |= {"people_group_nouns", "people_set_nouns"}  # wave 56 (ev56a)
CLAUSE_KEYS |= {"quoted_self_trait_verbs"}  # wave 41 (ev41f)
CLAUSE_KEYS |= {"quoted_first_person_singular", "quoted_first_person_plural",
                "quoted_first_person_preps"}  # wave 52 (ev52e)
CLAUSE_KEYS |= {"past_simple_auxiliaries", "scene_relative_words"}  # wave 41 (ev41d)
CLAUSE_KEYS |= {"requested_departure_nouns"}  # wave 45 (ev45b)
CLAUSE_KEYS |= {"place_participles", "shared_place_heads"}  # wave 41 (ev41c)
CLAUSE_KEYS |= {"raising_verbs"}  # wave 41 (ev41b)
CLAUSE_KEYS |= {"perception_verbs"}  # pairs41 mend (ev41b)
CLAUSE_KEYS |= {"earlier_act_modifiers", "pointing_determiners", "estimate_words",
                "tally_verbs", "first_since_words"}  # wave 43 (ev43d)
CLAUSE_KEYS |= {"observer_verbs", "labelling_verbs", "addressing_verbs",
                "addressed_act_types"}  # wave 44 (ev44c)
CLAUSE_KEYS |= {"protest_party_words", "state_protest_skipped_modes",  # wave 43 (ev43a)
                "aim_prefixes"}
CLAUSE_KEYS |= {"failing_verbs", "ability_adjectives", "permission_verbs",  # wave 44 (ev44b)
                "demand_nouns", "past_leave_auxiliaries"}
CLAUSE_KEYS |= {"witnessed_act_verbs"}  # wave 45 (ev45a)
CLAUSE_KEYS |= {"provision_nouns", "provision_verbs",  # wave 53 (ev53c)
                "provision_carrier_verbs"}
CLAUSE_KEYS |= {"refused_leave_verbs", "leave_refusal_verbs",  # wave 54 (ev54a)
                "leave_light_verbs"}
TIMES_KEYS |= {"past_happening_nouns", "inside_happening_nouns",  # wave 47 (ev47a)
               "inside_happening_preps", "forward_happening_marks", "forward_happening_verbs"}
TIMES_KEYS |= {"sequence_verbs", "happening_day_edges"}  # wave 55 (ev55c)
TIMES_KEYS |= {"nested_happening_nouns", "nested_relating_preps", "nested_weak_preps",  # ev49c
               "nested_link_nouns", "nested_strong_of_heads"}
TIMES_KEYS |= {"past_perfect_auxiliaries", "progressive_perfect_auxiliaries"}  # wave 51 (ev51a)
TIMES_KEYS |= {"scene_purposes"}  # wave 56 (ev56d)
TIMES_KEYS |= {"dated_relative_heads"}  # session 109
TIMES_KEYS |= {"past_frame_auxiliaries", "backshift_speech_verbs",
               "forecast_frames"}  # wave 59 (ev59b)
TIMES_KEYS |= {"cause_phrase_verbs"}  # wave 64 (ev64b)
TIMES_KEYS |= {"lead_story_additive_adverbs", "lead_story_day_parts"}  # wave 70 (ev70h)
TIMES_KEYS |= {"lead_story_deed_types"}  # wave 84 (ev84e)
TIMES_KEYS |= {"lead_object_day_preps"}  # wave 73 (ev73f)
TIMES_KEYS |= {"gap_came_verbs"}  # wave 76 (ev76c)
TIMES_KEYS |= {"gap_came_act_nouns"}  # wave 84 (ev84f)
TIMES_KEYS |= {"lead_inner_day_barred_preps", "lead_inner_day_schedule_verbs",
               "lead_inner_day_intent_verbs"}  # wave 76 (ev76e)
TIMES_KEYS |= {"lead_inner_day_day_part_nouns"}  # wave 85 (ev85o)
TIMES_KEYS |= {"refusal_report_verbs", "refused_act_verbs"}  # wave 78 (ev78b)
TIMES_KEYS |= {"lead_as_day_marks"}  # wave 84 (ev84l)
TIMES_KEYS |= {"own_day_part_adverbs", "own_day_part_preps", "own_day_part_nouns"}  # ev86c


class _Where:
    """Names the file and entry a problem is in."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, entry: str, problem: str) -> LexiconError:
        return LexiconError(f"{self.file}: {entry}: {problem}")


def validate_user(data: Any, file: str, builtin_rules: frozenset[str] = frozenset()
                  ) -> dict[str, Any]:
    """A user's lexicon: a mapping of known sections, each valid, its event rule names new
    (not in ``builtin_rules``); returns the sections."""
    where = _Where(file)
    if not isinstance(data, dict):
        raise LexiconError(f"{file}: a user lexicon is a mapping of sections "
                           f"({', '.join(USER_SECTIONS)}), not {type(data).__name__}")
    for name in data:
        if name not in USER_SECTIONS:
            raise where.fail(str(name), f"unknown section; known: {', '.join(USER_SECTIONS)}")
    _check_portable(data, where, "")
    for name, section in data.items():
        validate_section(name, section, file)
        if name == "events":
            _no_builtin_rule(section, builtin_rules, where)
    return dict(data)


def validate_section(name: str, data: Any, file: str) -> None:
    """Check one section of a lexicon file."""
    where = _Where(file)
    check = _CHECKS.get(name)
    if check is None:
        raise where.fail(name, "unknown lexicon section")
    check(data, where)


def _expect(value: Any, kind: type | tuple[type, ...], where: _Where, entry: str) -> None:
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise where.fail(entry, f"expected {_plain(names)}, got {_plain(type(value).__name__)}")


def _plain(name: str) -> str:
    return {"dict": "a mapping", "list": "a list", "str": "text", "NoneType": "nothing"}.get(
        name, name)


def _strings(value: Any, where: _Where, entry: str) -> None:
    _expect(value, list, where, entry)
    for index, item in enumerate(value):
        if not isinstance(item, str | int) or isinstance(item, bool):
            raise where.fail(f"{entry}[{index}]", f"expected text, got {item!r}")


def _keys(entry: dict[str, Any], known: set[str], where: _Where, label: str) -> None:
    unknown = sorted(set(entry) - known)
    if unknown:
        raise where.fail(label, f"unknown key {unknown[0]!r}; known: {', '.join(sorted(known))}")


def _check_portable(value: Any, where: _Where, path: str) -> None:
    """Strings a spaCy config cannot carry: interpolations and registry references."""
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key).startswith("@"):
                raise where.fail(f"{path}{key}", "keys may not start with '@'")
            _check_portable(item, where, f"{path}{key}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_portable(item, where, f"{path[:-1]}[{index}].")
    elif isinstance(value, str) and "${" in value:
        raise where.fail(path[:-1], "text may not contain '${'")


# --- sections ----------------------------------------------------------------------------------


def _events(data: Any, where: _Where) -> None:
    _expect(data, list, where, "events")
    types = plover_types()
    seen: set[str] = set()
    for index, entry in enumerate(data):
        label = f"events[{index}]"
        _expect(entry, dict, where, label)
        label = f"events[{index}] (rule {entry.get('rule')!r})"
        _keys(entry, EVENT_KEYS, where, label)
        for key in EVENT_REQUIRED:
            if not entry.get(key):
                raise where.fail(label, f"missing {key!r}")
        rule = str(entry["rule"])
        if rule in seen:
            raise where.fail(label, f"duplicate rule name {rule!r}")
        seen.add(rule)
        _event_codes(entry, types, where, label)
        _event_shape(entry, where, label)


def _event_codes(entry: dict[str, Any], types: dict[str, set[str]], where: _Where,
                 label: str) -> None:
    kind = entry["type"]
    if kind not in types:
        raise where.fail(label, f"unknown PLOVER type {kind!r}; known: {', '.join(types)}")
    mode = entry.get("mode")
    if mode is not None and mode not in types[kind]:
        known = ", ".join(sorted(types[kind])) or "none"
        raise where.fail(label, f"unknown mode {mode!r} for {kind}; known: {known}")
    cameo = entry.get("cameo")
    if cameo is not None and not (isinstance(cameo, str) and CAMEO.match(cameo)):
        raise where.fail(label, f"malformed CAMEO code {cameo!r}: 2 to 4 digits as text "
                                "(quoted), 01 to 20 first, such as \"040\"")


def _event_shape(entry: dict[str, Any], where: _Where, label: str) -> None:
    if entry.get("pos", "VERB") not in {"VERB", "NOUN", "ADJ"}:
        raise where.fail(label, f"pos must be VERB, NOUN or ADJ, got {entry['pos']!r}")
    for key in ("object", "target_preps"):
        if entry.get(key) is not None:
            _strings(entry[key], where, f"{label}.{key}")
    confidence = entry.get("confidence", 0.7)
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not (
            0 <= confidence <= 1):
        raise where.fail(label, f"confidence must be a number from 0 to 1, got {confidence!r}")


def _no_builtin_rule(data: list[dict[str, Any]], builtin: frozenset[str], where: _Where) -> None:
    for index, entry in enumerate(data):
        if str(entry["rule"]) in builtin:
            raise where.fail(f"events[{index}] (rule {entry['rule']!r})",
                             "duplicate rule name: a built-in entry has it; name yours anew")


def _countries(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "countries")
    for code, entry in data.items():
        label = f"countries.{code}"
        if not COUNTRY.match(str(code)):
            raise where.fail(label, "a country code is ISO 3166 alpha-3 (USA) or an IGO "
                                    "code (NATO)")
        _expect(entry, dict, where, label)
        _keys(entry, COUNTRY_KEYS, where, label)
        for key, value in entry.items():
            if value is not None:
                _strings(value, where, f"{label}.{key}")


def _organizations(data: Any, where: _Where) -> None:
    _expect(data, list, where, "organizations")
    for index, entry in enumerate(data):
        label = f"organizations[{index}]"
        _expect(entry, dict, where, label)
        label = f"organizations[{index}] ({entry.get('name')!r})"
        _keys(entry, ORGANIZATION_KEYS, where, label)
        if not entry.get("name"):
            raise where.fail(label, "missing 'name'")
        if entry.get("kind", "organization") not in {"organization", "group", None}:
            raise where.fail(label, f"kind must be organization or group, got {entry['kind']!r}")
        _code_fields(entry, where, label)
        for key in ("aliases", "anaphors"):
            if entry.get(key) is not None:
                _strings(entry[key], where, f"{label}.{key}")


def _code_fields(entry: dict[str, Any], where: _Where, label: str) -> None:
    for key, pattern in (("country", COUNTRY), ("sector", SECTOR)):
        value = entry.get(key)
        if value is not None and not (isinstance(value, str) and pattern.match(value)):
            raise where.fail(label, f"{key} must be a code in capital letters (country USA, "
                                    f"NATO, G7; sector GOV), got {value!r}")


def _roles(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "roles")
    _keys(data, set(ROLE_KEYS) | {"generic_anaphors"}, where, "roles")
    for key, known in ROLE_KEYS.items():
        entries = data.get(key) or []
        _expect(entries, list, where, f"roles.{key}")
        for index, entry in enumerate(entries):
            label = f"roles.{key}[{index}]"
            _expect(entry, dict, where, label)
            _keys(entry, known, where, label)
            if key != "descriptions":
                _code_fields(entry, where, label)
            if entry.get("gender") not in {None, "m", "f"}:
                raise where.fail(label, f"gender must be m or f, got {entry['gender']!r}")
    anaphors = data.get("generic_anaphors") or {}
    _expect(anaphors, dict, where, "roles.generic_anaphors")
    for word, kind in anaphors.items():
        if kind not in {"person", "organization", "country", "group"}:
            raise where.fail(f"roles.generic_anaphors.{word}", f"unknown actor kind {kind!r}")


def _speech_cues(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "speech_cues")
    _keys(data, {"verbs", "nouns", "phrases"}, where, "speech_cues")
    for key in ("verbs", "nouns"):
        table = data.get(key) or {}
        _expect(table, dict, where, f"speech_cues.{key}")
        for word, flags in table.items():
            label = f"speech_cues.{key}.{word}"
            _expect(flags or {}, dict, where, label)
            _keys(flags or {}, CUE_FLAGS, where, label)
    if data.get("phrases") is not None:
        _strings(data["phrases"], where, "speech_cues.phrases")


def _times(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "times")
    _keys(data, TIMES_KEYS, where, "times")
    for key, value in data.items():
        _expect(value, (list, dict, str), where, f"times.{key}")
        if isinstance(value, list):
            _strings(value, where, f"times.{key}")


CUE_CLASSES = {"speech", "thought", "intention", "document", "perception"}
CUE_CLASS_LISTS = ("document_heads", "document_sectors", "publication_words", "object_content",
                   "raising", "infinitive_content", "anonymity", "not_sources", "honorifics_m",
                   "honorifics_f", "given_names_m", "given_names_f", "unrealised_heads",
                   "figure_cues", "financial_objects", "body_heads", "government_heads",
                   "circumstance_preps", "circumstance_gerund_preps", "setting_nouns",
                   "setting_preps", "document_parts")


def _cue_classes(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "cue_classes")
    _keys(data, {"classes", "object_content_with", *CUE_CLASS_LISTS}, where, "cue_classes")
    _expect(data.get("classes") or {}, dict, where, "cue_classes.classes")
    for word, name in (data.get("classes") or {}).items():
        if name not in CUE_CLASSES:
            raise where.fail(f"cue_classes.classes.{word}",
                             f"unknown class {name!r}; known: {', '.join(sorted(CUE_CLASSES))}")
    for key in CUE_CLASS_LISTS:
        _strings(data.get(key) or [], where, f"cue_classes.{key}")
    _expect(data.get("object_content_with") or {}, dict, where, "cue_classes.object_content_with")
    for word, preps in (data.get("object_content_with") or {}).items():
        _strings(preps, where, f"cue_classes.object_content_with.{word}")


def _clauses(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "clauses")
    _keys(data, CLAUSE_KEYS, where, "clauses")
    for key, value in data.items():
        if key != "version":
            _strings(value, where, f"clauses.{key}")


def _boilerplate(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "boilerplate")
    _keys(data, {"version", "patterns"}, where, "boilerplate")
    _strings(data.get("patterns") or [], where, "boilerplate.patterns")
    for index, pattern in enumerate(data.get("patterns") or []):
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise where.fail(f"boilerplate.patterns[{index}]",
                             f"not a regular expression: {exc}") from exc


THREAD_ROLES = {"PROPOSE", "REQUEST", "RESPOND", "ACCEPT", "REJECT", "COUNTER", "IMPLEMENT",
                "BREACH"}
THREAD_RULE_KEYS = {"rule", "role", "lemmas", "types", "objects", "needs_object"}


def _threads(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "threads")
    _keys(data, {"objects", "topics", "receivers", "roles"}, where, "threads")
    for group in ("objects", "topics"):
        _expect(data.get(group), dict, where, f"threads.{group}")
        for name, words in data[group].items():
            _strings(words, where, f"threads.{group}.{name}")
    _strings(data.get("receivers") or [], where, "threads.receivers")
    _expect(data.get("roles"), list, where, "threads.roles")
    families = set(data["objects"])
    for index, rule in enumerate(data["roles"]):
        label = f"threads.roles[{index}]"
        _expect(rule, dict, where, label)
        _keys(rule, THREAD_RULE_KEYS, where, label)
        if rule.get("role") not in THREAD_ROLES:
            raise where.fail(label, f"unknown role {rule.get('role')!r}; known: "
                                    f"{', '.join(sorted(THREAD_ROLES))}")
        unknown = set(rule.get("objects", [])) - families
        if unknown:
            raise where.fail(label, f"unknown object family {sorted(unknown)[0]!r}")


PLACE_KEYS = {"id", "name", "aliases", "feature", "country", "admin1", "lat", "lon",
              "dateline_only"}
PLACE_FEATURES = {"water", "region", "territory", "island", "admin1", "admin2", "site", "city"}
PLACE_WORD_LISTS = ("metonyms", "motion_verbs", "locative_preps", "actor_preps", "place_heads",
                    "site_heads", "settlement_nouns", "place_object_verbs", "elsewhere_nouns",
                    "site_preps", "location_only_preps", "compass_words")


def _places(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "places")
    _keys(data, {"places", "admin_nouns", "rules", *PLACE_WORD_LISTS}, where, "places")
    for name in PLACE_WORD_LISTS:
        _strings(data.get(name), where, f"places.{name}")
    _expect(data.get("admin_nouns"), dict, where, "places.admin_nouns")
    _expect(data.get("rules"), dict, where, "places.rules")
    _expect(data.get("places"), list, where, "places.places")
    for index, entry in enumerate(data["places"]):
        label = f"places.places[{index}]"
        _expect(entry, dict, where, label)
        _keys(entry, PLACE_KEYS, where, label)
        if entry.get("feature") not in PLACE_FEATURES:
            raise where.fail(label, f"unknown feature {entry.get('feature')!r}; known: "
                                    f"{', '.join(sorted(PLACE_FEATURES))}")
        country = entry.get("country")
        if country is not None and not COUNTRY.match(str(country)):
            raise where.fail(label, f"country {country!r} is not an ISO-3 code")


def _plover(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "plover")
    _expect(data.get("types"), dict, where, "plover.types")


ACTOR_RULE_LISTS = {"organization_heads", "collective_heads", "former_words", "not_actors",
                    "place_heads", "plural_heads", "not_agents", "not_actor_name_ends",
                    "not_actor_heads", "not_actor_labels", "locating_preps",
                    "corporate_suffixes", "corporate_titles", "country_thing_heads",
                    "market_nouns", "generic_institutions", "expletive_predicates",
                    "unnamed_doer_heads", "monarch_titles", "monarchies", "local_offices",
                    "market_index_words", "not_body_words", "opponent_words",
                    "country_body_ends", "country_civil_body_ends", "country_company_ends",
                    "owned_body_heads", "owned_body_described_heads", "owned_body_sectors",
                    "state_envoy_titles",
                    "naming_verbs",
                    "product_heads", "origin_verbs",
                    "people_nouns", "generic_legislatures", "shared_party_names", "harm_verbs",
                    "party_family_words",
                    "member_party_sectors",
                    "namesake_body_words",
                    "employer_prepositions", "employer_prepositions_any_job",
                    "calendar_words", "harm_prepositions", "shooting_words",
                    "acted_on_prepositions", "follower_nouns", "audience_nouns",
                    "subject_prepositions", "place_prepositions", "non_state_body_nouns",
                    "office_prepositions",
                    "containing_place_heads", "site_prepositions", "head_titles",
                    "resident_sectors", "company_lead_titles",
                    "locative_preps", "travel_verbs", "act_place_nouns",
                    "abroad_force_words", "side_prefixes", "name_particles",
                    "act_doer_verbs", "doer_modified_acts", "given_name_place_words",
                    "misread_person_thing_words",
                    "statement_agent_verbs",
                    "act_patient_preps", "stateless_party_sectors", "state_force_sectors"}
ACTOR_RULE_LISTS |= {"abroad_party_heads", "abroad_party_modifiers", "abroad_party_office_heads",
                     "origin_preps"}  # wave 43 (ev43c)
ACTOR_RULE_LISTS |= {"landform_opening_words", "landform_closing_words"}  # wave 48 (ev48b)
ACTOR_RULE_LISTS |= {"patronymic_particles"}  # royal-title-full-name.v1
ACTOR_RULE_LISTS |= {"outside_trade_groups", "outside_trade_openers"}  # wave 98 (ev98d)
ACTOR_RULE_LISTS |= {"unplaced_party_sectors", "unplaced_party_heads",
                     "allied_party_words"}  # wave 49 (ev49b)
ACTOR_RULE_LISTS |= {"scope_spread_preps", "scope_spread_nouns", "scope_state_nouns",
                     "scope_foreign_modifiers", "scope_stateless_heads",
                     "court_member_heads", "court_body_words", "assembly_member_heads",
                     "assembly_body_words"}  # wave 70 (ev70f)
ACTOR_RULE_LISTS |= {"home_force_sectors"}  # wave 71 (ev71e)
ACTOR_RULE_LISTS |= {"body_member_preps"}  # events.args.body-member.v1 (ev95h)
ACTOR_RULE_LISTS |= {"possessor_namesake_sectors"}  # wave 73 (ev73b)
ACTOR_RULE_LISTS |= {"possessor_title_pronouns"}  # wave 74 (ev74a)
ACTOR_RULE_LISTS |= {"people_demonyms"}  # wave 75 (ev75a)
ACTOR_RULE_LISTS |= {"region_demonym_prefixes"}  # actors.group.region-demonym.v1 (ev86d)
ACTOR_RULE_LISTS |= {"whole_only_names"}  # actors.organization.whole-only.v1 (ev97a)
ACTOR_RULE_LISTS |= {"past_post_body_sectors"}  # actors.person.past-post-body.v1 (ev87l)
ACTOR_RULE_LISTS |= {"body_post_sectors"}  # actors.person.body-post.v1 (ev99i)
ACTOR_RULE_LISTS |= {"unplaced_advocate_sectors", "home_advocate_words"}  # wave 82 (ev82d)
ACTOR_RULE_LISTS |= {"possessor_group_heads"}  # wave 76 (ev76d)
ACTOR_RULE_LISTS |= {"designating_verbs"}  # wave 79 (ev79e)
ACTOR_RULE_LISTS |= {"envoy_group_heads", "envoy_group_sides"}  # wave 90 (ev90x)
ACTOR_RULE_LISTS |= {"side_party_nouns"}  # wave 91 (ev91b)
ACTOR_RULE_LISTS |= {"bloc_heads", "bloc_modifiers"}  # session 110 (actors.group.bloc.v1)
ACTOR_RULE_LISTS |= {"cameo_religion_roles"}  # wave 103 (actors.person.v5, actors.organization.v2)
ACTOR_RULE_TABLES = {"agent_sectors", "cameo_igo_codes", "city_demonyms", "cameo_country_aliases",
                     "phoenix_name_countries", "ended_state_successors",
                     "elliptic_state_names"}  # wave 102, wave 107, session 118
ADMIN1_KEYS = {"name", "country", "feature", "names", "demonyms"}


def _actor_rules(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "actor_rules")
    _keys(data, ACTOR_RULE_LISTS | ACTOR_RULE_TABLES, where, "actor_rules")
    for key in ACTOR_RULE_LISTS & data.keys():
        _strings(data[key], where, f"actor_rules.{key}")
    for key in ACTOR_RULE_TABLES & data.keys():
        _expect(data[key], dict, where, f"actor_rules.{key}")
        for code, value in data[key].items():
            if not (SECTOR.match(str(value)) or COUNTRY.match(str(value))):
                raise where.fail(f"actor_rules.{key}.{code}", f"not a code: {value!r}")


def _subnational(data: Any, where: _Where) -> None:
    _expect(data, dict, where, "subnational")
    _keys(data, {"admin1_titles", "places"}, where, "subnational")
    _strings(data.get("admin1_titles", []), where, "subnational.admin1_titles")
    _expect(data.get("places", []), list, where, "subnational.places")
    for index, entry in enumerate(data.get("places", [])):
        label = f"subnational.places[{index}]"
        _expect(entry, dict, where, label)
        _keys(entry, ADMIN1_KEYS, where, label)
        if not COUNTRY.match(str(entry.get("country", ""))) or not entry.get("name"):
            raise where.fail(label, "needs a name and an ISO-3 country")
        for key in ("names", "demonyms"):
            _strings(entry.get(key, []), where, f"{label}.{key}")


_CHECKS: dict[str, Callable[[Any, _Where], None]] = {
    "actor_rules": _actor_rules, "boilerplate": _boilerplate, "clauses": _clauses,
    "countries": _countries, "cue_classes": _cue_classes, "events": _events,
    "organizations": _organizations, "places": _places, "plover": _plover, "roles": _roles,
    "speech_cues": _speech_cues, "subnational": _subnational, "threads": _threads,
    "times": _times,
}


@cache
def plover_types() -> dict[str, set[str]]:
    """PLOVER event types and their modes (``lexicon/plover.yaml``)."""
    text = resources.files("dateline").joinpath("lexicon", "plover.yaml").read_text("utf-8")
    data = safe_load(text)
    return {str(kind): set(modes or []) for kind, modes in data["types"].items()}
CLAUSE_KEYS |= {"passed_place_preps", "passed_place_verb_preps",
                "passed_place_force_types"}  # wave 47 (ev47c)
CLAUSE_KEYS |= {"destination_place_preps", "destination_place_particles",
                "people_moving_verbs", "destination_place_kept_types"}  # wave 52 (ev52d)
CLAUSE_KEYS |= {"party_patient_heads", "party_patient_kept_types"}  # wave 53 (ev53b)
CLAUSE_KEYS |= {"battle_nouns", "battle_exchange_nouns", "battle_exchange_objects",
                "harm_clause_marks", "harm_clause_crowd_heads"}  # wave 54 (ev54b)
CLAUSE_KEYS |= {"relative_ahead_time_rules"}  # wave 54 (ev54c)
CLAUSE_KEYS |= {"source_bound_person_pronouns", "source_bound_plural_pronouns",
                "source_bound_party_pronouns", "source_bound_skipped_preps",
                "source_bound_party_pronoun_types"}  # wave 48 (ev48a)
CLAUSE_KEYS |= {"up_to_now_phrases", "whole_determiners",
                "perfect_participle_auxiliaries"}  # wave 48 (ev48c)
CLAUSE_KEYS |= {"date_relative_adverbs"}  # wave 49 (ev49d): stages.event_when_dates
CLAUSE_KEYS |= {"act_staging_verbs", "act_phase_verbs",
                "act_time_preps"}  # wave 57 (ev57b): stages.event_relative_dates
CLAUSE_KEYS |= {"party_prep_to", "party_prep_with", "party_prep_against",  # wave 49 (ev49f)
                "party_prep_on", "party_prep_between", "party_prep_for"}
CLAUSE_KEYS |= {"foreign_state_preps"}  # wave 50 (ev50c, actors.domestic.v4)
CLAUSE_KEYS |= {"time_span_joiners", "time_span_pair_joiners",
                "time_span_pair_openers"}  # wave 51 (ev51b)
CLAUSE_KEYS |= {"force_passive_types", "force_act_preps", "force_act_nouns", "doer_hand_nouns",
                "reported_arrest_acts", "reported_arrest_sectors", "reported_charge_acts",
                "reported_charge_sectors", "force_report_verbs",
                "force_reporter_kinds"}  # wave 51 (ev51c)
CLAUSE_KEYS |= {"expectation_passives", "coercion_verbs"}  # wave 52 (ev52a)
CLAUSE_KEYS |= {"own_particles", "own_particle_verbs"}  # wave 54 (ev54d)
CLAUSE_KEYS |= {"ruler_aims", "ruler_protest_state_sectors"}  # wave 55 (ev55d)
CLAUSE_KEYS |= {"span_now_words", "span_now_periods",
                "span_count_words", "span_single_counts"}  # wave 55 (ev55e)
CLAUSE_KEYS |= {"lack_preps", "readiness_adjectives"}  # wave 56 (ev56e)
CLAUSE_KEYS |= {"plan_frames"}  # wave 58 (ev58a)
CLAUSE_KEYS |= {"fact_relative_fronts"}  # wave 63 (ev63c)
CLAUSE_KEYS |= {"meeting_verbs", "meeting_nouns", "conjoined_partner_acts"}  # wave 56 (ev56c)
CLAUSE_KEYS |= {"setting_gathering_nouns", "setting_gathering_preps", "setting_margin_nouns",
                "setting_meeting_verbs"}  # wave 57 (ev57d)
CLAUSE_KEYS |= {"reporter_sectors", "reporter_nouns", "reporter_attribution_preps",
                "reporter_told_verbs", "reporter_plural_pronouns"}  # wave 59 (ev59d)
CLAUSE_KEYS |= {"described_status_acts", "lasting_hold_acts",
                "describing_pronouns"}  # wave 59 (ev59a)
CLAUSE_KEYS |= {"easing_concession_cameos", "done_easing_verbs"}  # wave 60 (ev60a)
CLAUSE_KEYS |= {"venue_travel_verbs", "venue_seat_objects"}  # wave 61 (ev61c)
CLAUSE_KEYS |= {"thrown_at_verbs", "thrown_at_preps"}  # wave 64 (ev64c)
CLAUSE_KEYS |= {"crowd_demand_verbs", "crowd_demand_verbal_heads"}  # wave 65 (ev65b)
CLAUSE_KEYS |= {"rejected_demand_nouns"}  # wave 66 (ev66c)
CLAUSE_KEYS |= {"former_holder_nouns", "former_words",
                "topic_modifier_nouns"}  # wave 62 (ev62a)
CLAUSE_KEYS |= {"coref_monitor_words"}  # wave 60 (ev60d)
CLAUSE_KEYS |= {"prospective_adverbs", "own_time_verbs", "clock_nouns"}  # wave 61 (ev61e)
CLAUSE_KEYS |= {"described_state_nouns", "island_state_nouns", "described_state_preps",
                "island_place_preps", "island_state_codes",
                "described_state_modifiers"}  # wave 61 (ev61a)
CLAUSE_KEYS |= {"owned_other_parties"}  # wave 62 (ev62c)
CLAUSE_KEYS |= {"object_owner_types", "object_owner_follower_nouns"}  # wave 63 (ev63b)
CLAUSE_KEYS |= {"means_noun_preps"}  # wave 67 (ev67d)
CLAUSE_KEYS |= {"denial_verbs", "denial_dismissals", "denied_report_nouns"}  # wave 67 (ev67e)
CLAUSE_KEYS |= {"ruling_out_verbs"}  # wave 88 (ev88r)
CLAUSE_KEYS |= {"proposal_marks"}  # wave 67 (lead: ev66d and the seed)
#: wave 70 (ev70a): reactions to an act told earlier (``stages.event_referred_acts``).
CLAUSE_KEYS |= {"referred_act_verbs", "referred_act_nouns"}
CLAUSE_KEYS |= {"toll_span_verbs", "toll_span_nouns", "toll_span_in_nouns",
                "toll_sum_phrases"}  # wave 70 (ev70b)
CLAUSE_KEYS |= {"toll_counted_span_nouns", "toll_first_span_words", "toll_run_up_nouns",
                "toll_run_up_marks"}  # session 109
CLAUSE_KEYS |= {"pair_party_nouns", "pair_place_preps"}  # wave 71 (ev71a)
CLAUSE_KEYS |= {"pair_mutual_types"}  # wave 101 (ev101o)
CLAUSE_KEYS |= {"conjoined_object_types"}  # wave 71 (ev71b)
CLAUSE_KEYS |= {"inquiry_nouns", "inquiry_victim_nouns", "asked_aid_nouns"}  # wave 72 (ev72a)
CLAUSE_KEYS |= {"coref_relative_pronouns", "coref_document_nouns"}  # wave 73 (ev73d)
CLAUSE_KEYS |= {"apposed_party_skipped_preps"}  # wave 73 (ev73a)
CLAUSE_KEYS |= {"scene_group_nouns", "sponsor_participles"}  # wave 73 (ev73g)
CLAUSE_KEYS |= {"aged_person_adjectives", "aged_person_units"}  # wave 74 (ev74d)
CLAUSE_KEYS |= {"topic_relation_verbs"}  # wave 73 (ev73e)
CLAUSE_KEYS |= {"small_clause_report_verbs"}  # wave 79 (ev79a)
TIMES_KEYS |= {"complement_day_heads", "complement_day_barred_preps"}  # wave 79 (ev79d)
TIMES_KEYS |= {"possessed_happening_nouns"}  # wave 79 (lead)
CLAUSE_KEYS |= {"gap_inner_deps"}  # wave 80 (ev80a)
CLAUSE_KEYS |= {"told_claim_nouns", "told_claim_verbs"}  # wave 80 (ev80c)
CLAUSE_KEYS |= {"disputed_claim_nouns", "claim_denial_verbs"}  # wave 83 (ev83h)
CLAUSE_KEYS |= {"report_content_nouns"}  # wave 84 (ev84j)
CLAUSE_KEYS |= {"force_sending_verbs"}  # wave 82 (ev82c)
CLAUSE_KEYS |= {"home_force_verbs"}  # wave 88 (ev88q)
CLAUSE_KEYS |= {"warned_party_verbs", "warned_condition_marks",
                "warned_step_nouns", "warned_concession_words"}  # wave 81 (ev81a)
CLAUSE_KEYS |= {"accused_object_verbs", "accused_body_nouns"}  # wave 82 (ev82b)
CLAUSE_KEYS |= {"inner_party_nouns"}  # wave 86 (ev86a)
CLAUSE_KEYS |= {"loose_count_nouns", "toll_incident_preps"}  # wave 82 (ev82h)
CLAUSE_KEYS |= {"sentence_crowd_nouns"}  # wave 83 (ev83a)
CLAUSE_KEYS |= {"paired_negations", "not_yet_adverbs"}  # wave 83 (ev83m)
CLAUSE_KEYS |= {"nested_source_own_preps", "nested_source_leading_verbs",
                "nested_source_member_preps"}  # wave 83 (ev83f)
CLAUSE_KEYS |= {"nested_target_types"}  # wave 84 (ev84c)
CLAUSE_KEYS |= {"setting_noun_preps"}  # wave 83 (ev83k)
CLAUSE_KEYS |= {"greeting_verbs", "appeal_verbs", "relational_party_nouns",
                "state_set_nouns", "state_set_count_words"}  # wave 84 (ev84d)
CLAUSE_KEYS |= {"answered_request_nouns", "answered_request_author_preps"}  # wave 84 (ev84b)
CLAUSE_KEYS |= {"follower_group_nouns"}  # wave 88 (ev88p)
CLAUSE_KEYS |= {"rival_group_nouns"}  # wave 92 (ev92c)
CLAUSE_KEYS |= {"departure_nouns"}  # session 101 (request.demand-withdrawal.v2)
CLAUSE_KEYS |= {"charge_told_verbs"}  # wave 102 (ev102a)
TIMES_KEYS |= {"season_thing_nouns"}  # wave 102 (ev102d)
ACTOR_RULE_LISTS |= {"surname_particles"}  # wave 102 (ev102c, ev102e)
CLAUSE_KEYS |= {"count_bound_words"}  # wave 102 (ev102b)
CLAUSE_KEYS |= {"not_one_openers"}  # wave 103 (events.modality.none-did.v2)
CLAUSE_KEYS |= {"ousting_verbs"}  # wave 103 (events.args.ruler-foe-country.v1)
CLAUSE_KEYS |= {"kin_nouns"}  # wave 104 (actors.description.kin-apposition.v1)
CLAUSE_KEYS |= {"entourage_nouns", "served_party_nouns"}  # session 117 (entourage-victim.v1)
CLAUSE_KEYS |= {"partner_nouns"}  # session 117 (events.args.apposed-partner.v1)
CLAUSE_KEYS |= {"majority_words"}  # session 118 (events.args.majority-nationals.v1)
CLAUSE_KEYS |= {"public_promise_verbs", "public_scope_preps"}  # session 119 (promised-public.v1)
CLAUSE_KEYS |= {"cosigning_verbs", "cosigner_nouns"}  # session 117 (unnamed-cosigner.v1)
ACTOR_RULE_LISTS |= {"union_seat_names"}  # wave 104 (actors.organization.union-seat.v1)
ACTOR_RULE_LISTS |= {"ethnic_markers"}  # wave 104 (actors.group.ethnic-demonym.v1)
ACTOR_RULE_LISTS |= {"counterpart_words"}  # wave 104 (actors.person.dominant-country.v6)
CLAUSE_KEYS |= {"recurring_determiners", "called_protest_time_preps"}  # wave 104
CLAUSE_KEYS |= {"protest_cause_marks", "protest_cause_sectors"}  # wave 105 (ev105c)
CLAUSE_KEYS |= {"demand_speech_verbs", "obligation_modals"}  # wave 105 (said-should.v1)
TIMES_KEYS |= {"standing_accuser_nouns", "news_charge_verbs"}  # wave 105 (coarse-news-charge)
TIMES_KEYS |= {"year_range_prepositions"}  # wave 105 (ev105i, a two-digit range of years)
TIMES_KEYS |= {"lead_occasion_types", "lead_occasion_vote_words",
               "lead_occasion_moving_adverbs"}  # wave 106 (ev106b)
CLAUSE_KEYS |= {"complaint_verbs", "complaint_forum_sectors"}  # wave 106 (ev106i)
TIMES_KEYS |= {"stative_participles"}  # wave 106 (ev106k)
TIMES_KEYS |= {"perfect_deed_types", "perfect_deed_open_spans"}  # wave 108 (perfect-deed.v1)
CLAUSE_KEYS |= {"refused_recipient_verbs", "urged_conduct_nouns", "urged_side_nouns",
                "urged_side_determiners"}  # session 111
CLAUSE_KEYS |= {"speaker_conjunct_cues", "speaker_reaction_verbs"}  # session 114
TIMES_KEYS |= {"news_commitment_verbs", "journey_nouns", "perfect_promise_verbs"}  # session 114
TIMES_KEYS |= {"news_meeting_verbs", "charge_content_preps"}  # session 115
CLAUSE_KEYS |= {"retained_object_verbs"}  # session 115 (retained-object-passive)
CLAUSE_KEYS |= {"summit_group_heads", "summit_minister_portfolios",
                "summit_group_fillers"}  # session 115
