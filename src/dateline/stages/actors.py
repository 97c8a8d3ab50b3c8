"""The actors stage: recognise, code and resolve who acts and who speaks.

Named mentions come first (people with their titles, organisations, countries, capitals and
seats of government, groups such as "Russian officials"); then, in document order, definite
descriptions ("The Secretary of State", "the alliance", "the ministry") and pronouns are
resolved to actors mentioned before them.

This module holds the stage and ``ActorCollector``, which decides what each candidate span
is (``_code_span``) and finishes the actors after coreference (``add_pending``). The people
named come from ``actor_named_people`` (their titles read by ``actor_titles``), the candidate
spans from ``actor_spans``, the candidates a coded span builds from ``actor_bodies``;
coreference is ``coref``, the bookkeeping ``actor_builder``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.record import Actor, ActorKind
from dateline.stages.actor_based_places import based_place_groups
from dateline.stages.actor_blocs import BLOC_RULE, bloc_group
from dateline.stages.actor_bodies import (
    based_body,
    described_body,
    describes_body,
    description_candidate,
    name_and_kind,
    named_codes,
    namesake_country,
    shared_group,
)
from dateline.stages.actor_body_namesakes import BODY_NAMESAKE_RULE, body_namesake
from dateline.stages.actor_builder import ActorBuilder, Candidate
from dateline.stages.actor_companies import (
    BRANCH_RULE,
    COMPANY_HOME_RULE,
    PHOENIX_COMPANY_RULE,
    branch_country,
    home_company,
    home_of_body,
    join_appositions,
    no_setting,
    other_body,
    phoenix_company,
)
from dateline.stages.actor_context import (
    COMPANY_RULE,
    DOMINANT_INSTITUTION_RULE,
    DOMINANT_PERSON_RULE,
    LOCATED_RULE,
    STATE_SECTORS,
    a_state,
    act_clause_countries,
    act_place_country,
    business_pair,
    corporate_name,
    corporate_suffix,
    dominant_country,
    fits_title,
    generic_institution,
    in_dominant_country,
    is_state,
    located_country,
    located_in,
    names_a_division,
    opponent_words,
    titled_official,
)
from dateline.stages.actor_counted_groups import ACTOR_RULE as COUNTED_GROUP_RULE
from dateline.stages.actor_counted_groups import counted_part
from dateline.stages.actor_cut_surnames import merge_cut_surnames
from dateline.stages.actor_descriptors import (
    CAUSE_PREFIX_RULE,
    DEMONYM_DESCRIPTOR_RULE,
    SIDE_PREFIX_RULE,
    cause_prefix_words,
    country_prefix_body,
    demonym_prefix_country,
    generic_legislature,
    named_thing,
    refine_actors,
    side_prefix_words,
)
from dateline.stages.actor_dictionary_names import merge_dictionary_names
from dateline.stages.actor_elliptic_states import ELLIPTIC_STATE_RULE, elliptic_state
from dateline.stages.actor_evidence import (
    BODY_OFFICE_RULE,
    NAMESAKE_COUNTRY_RULE,
    apposed_country,
    body_office,
    called_abroad,
    counterparts_of,
    join_described_names,
    longer_name_country,
    person_countries,
    take_apposed_country,
)
from dateline.stages.actor_given_names import given_name_people
from dateline.stages.actor_group_heads import compound_rule
from dateline.stages.actor_lexicon import (
    BODY_RULES,
    DICTIONARY_BODY_RULE,
    ETHNIC_DEMONYM_RULE,
    Code,
    code_description,
    display_name,
    ethnic_demonym,
    lexicon,
    rule_words,
)
from dateline.stages.actor_long_names import (
    foreign_demonym_region,
    in_landform_name,
    landform_name,
    long_name_state,
)
from dateline.stages.actor_misread_people import relabel_misread_people
from dateline.stages.actor_named_people import (
    EMPLOYER_RULE,
    NAME_LABELS,
    SURNAME_POS,
    attach_apposition,
    lone_word_elsewhere,
    named_people,
    royals,
    surname_mentions,
    take_employer_codes,
)
from dateline.stages.actor_names import (
    NAME_WORDS_RULE,
    OF_COUNTRY_RULE,
    as_name,
    bracketed_junk,
    country_as_thing,
    of_country_name,
    possessive_cut,
    role_inside_name,
)
from dateline.stages.actor_namesakes import (
    FOREIGN_NAMESAKE_RULE,
    NAMESAKE_RULE,
    POSSESSOR_NAMESAKE_RULE,
    foreign_namesake,
    namesake,
    possessor_namesake,
)
from dateline.stages.actor_origin_states import set_apart
from dateline.stages.actor_owned_bodies import owned_bodies
from dateline.stages.actor_particle_names import merge_particle_names
from dateline.stages.actor_party_members import party_members
from dateline.stages.actor_people import person_code
from dateline.stages.actor_phrases import (
    ACTED_ON_RULE,
    COUNTED_VICTIMS_RULE,
    FOLLOWER_COUNTRY_RULE,
    HARMED_GROUP_RULE,
    act_owner,
    acted_on_group,
    actor_subject_country,
    counted_victims,
    definite,
    descriptor_before,
    follower_country,
    harmed_group,
    in_thing_name,
    lexicon_source,
    locative_object,
    not_actor,
    takes_part,
    thing_label,
    thing_use,
    unnamed_description,
)
from dateline.stages.actor_shared_parties import unshare_parties
from dateline.stages.actor_spans import (
    ORG_LABELS,
    POSSESSOR_RULE,
    entity_spans,
    group_spans,
    lexicon_spans,
    possessor_spans,
)
from dateline.stages.actor_state import state_places
from dateline.stages.actor_thrown_at import ACTOR_RULE as THROWN_AT_RULE
from dateline.stages.actor_thrown_at import thrown_at
from dateline.stages.actor_titles import (
    BREAKING_POS,
    LEADING_DETERMINERS,
    ends_a_title,
    role_text,
    strip_determiner,
    title_ends_in,
)
from dateline.stages.actor_unlabelled_leaders import label_unlabelled_leaders
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.coref import resolve_references
from dateline.stages.coref_disjoint import PLAIN_PRONOUN_RULES
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import sentence_of, words

__all__ = [  # the stage, and the names it has kept since before its helpers moved out
    "BREAKING_POS",
    "LEADING_DETERMINERS",
    "NAME_LABELS",
    "ORG_LABELS",
    "POSSESSIVE_CUT_RULE",
    "SURNAME_POS",
    "UNION_OFFICE_RULE",
    "ActorCollector",
    "ActorsStage",
    "make_actors_stage",
]

POSSESSIVE_CUT_RULE = "actors.organization.possessive-cut.v1"
#: An office of a union ("Teamsters union Vice President Dana Hollis") is labour, not government.
UNION_OFFICE_RULE = "actors.person.union-office.v1"
#: A bare state institution ("the government", "police") of the country in play where it is
#: named; v2 (wave 20): states only, the act's own place first, not a lesser-named country
#: (``ActorBuilder._country_in_play``).
#: v3 (ev48b, wave 48): a word of a longer name is read as the whole name ("Papua New Guinea's"
#: names PNG, not Guinea; "the Gulf of Guinea" names no state; ``actors.state.long-name.v1``).
#: v4 (ev50c, wave 50): a country named as an origin or comparison ("took over from France")
#: does not count (``actor_origin_states.set_apart``).
DOMESTIC_RULE = "actors.domestic.v4"
#: "the government in Angola": the government of the country the phrase names (ev31a).
GOVERNMENT_IN_RULE = "actors.domestic.government-in.v1"
#: "targeted a Daesh gathering": a named group with no country is a party wherever it is
#: named, not only where it acts (ev31a).
NAMED_GROUP_RULE = "actors.group.named-anywhere.v1"
#: "the Yemen-based al Qaeda": a named group based in a country takes it (ev31a).
BASED_GROUP_RULE = "actors.group.based-in.v1"
#: Sectors of a state's own government, legislature and courts: an international body's pronoun
#: ("its government") gives none of them its code (a UN force or police mission is the UN's).
STATE_GOVERNMENT_SECTORS = frozenset({"GOV", "LEG", "JUD"})


@Language.factory(
    "dateline_actors",
    default_config=DEFAULT_CONFIG,
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc.ents", "doc.spans", "doc.user_data"],
)
def make_actors_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                      on_error: str) -> ActorsStage:
    return ActorsStage(name, user_lexicons, on_error)


def owner_rule(rule: str) -> str:
    """A candidate's rule with the possessor rule that found its span (once)."""
    return rule if POSSESSOR_RULE in rule else f"{rule}+{POSSESSOR_RULE}"


class ActorsStage(Stage):
    sections = ("countries", "organizations", "roles", "clauses", "subnational", "actor_rules")
    table = "actors"

    def process(self, doc: Doc, state: DocState) -> None:
        merge_particle_names(doc)  # "Ursula von der" + "Leyen": one name (ev102e)
        merge_cut_surnames(doc)  # "Ahmad Tejan" + "Kabbah": one name (wave 105)
        merge_dictionary_names(doc)  # "Aung San" + "Suu Kyi": one name (wave 107)
        relabel_misread_people(doc)  # "Ibrahim Boubacar Keita" read as a body (wave 106)
        label_unlabelled_leaders(doc)  # "Umaro Sissoco Embalo" not tagged at all (session 116)
        builder = ActorCollector(doc)
        builder.collect_named()
        resolve_references(doc, builder)
        builder.add_pending()
        refine_actors(builder)  # ev12b: descriptors, modifiers, companies' officers
        party_members(builder)  # ev91a: "whose Democratic Unionist Party": the party's country
        based_place_groups(builder)  # "Pakistan-based groups": no "Pakistan" (session 113)
        builder.finish()


class ActorCollector(ActorBuilder):
    """Finds the named mentions of one doc; the bookkeeping is ``ActorBuilder``'s."""

    # --- named mentions ----------------------------------------------------------------------

    def collect_named(self) -> None:
        for candidate in named_people(self):
            actor_id = self.add(candidate)
            if actor_id is not None and candidate.apposition is not None:
                attach_apposition(self, actor_id, *candidate.apposition)
        for candidate in royals(self):
            self.add(candidate)
        for candidate in given_name_people(self):  # "meet Theresa May": no entity found
            self.add(candidate)
        for candidate in surname_mentions(self):
            self.add(candidate)
        for candidate in self._lexicon_and_entities():
            self.add(candidate)
        join_appositions(self)
        person_countries(self)  # what the text says of a person's country (ev11b)
        join_described_names(self)

    def _lexicon_and_entities(self) -> list[Candidate]:
        found: list[Candidate] = []
        chunks = list(self.doc.noun_chunks)  # found once for both readers
        owners = possessor_spans(self.doc, chunks)
        spans = sorted(lexicon_spans(self.doc) + group_spans(self.doc, chunks)
                       + entity_spans(self.doc)
                       + owners, key=lambda s: (-(s.end - s.start), s.start))
        owned = {id(owner) for owner in owners}  # the spans stay alive: their ids are theirs
        for span in spans:
            candidate = self._code_span(span)
            if candidate is not None and id(span) in owned:
                candidate = replace(candidate, rule=owner_rule(candidate.rule))
            if candidate is not None:  # "four armed men" (ev42a)
                candidate = replace(candidate, rule=compound_rule(span, candidate.rule))
            if candidate is not None and ethnic_demonym(strip_determiner(span)):
                candidate = replace(candidate, rule=f"{candidate.rule}+{ETHNIC_DEMONYM_RULE}")
            if candidate is not None:
                found.append(candidate)
        found += owned_bodies(self.doc, chunks, found)  # "Liberia's electoral commission"
        return sorted(found, key=lambda c: (-(c.end - c.start), c.start))  # a described
        # body ("German airline Lufthansa") before the demonym inside it

    def _code_span(self, span: Span) -> Candidate | None:
        """The candidate one span makes, if any: first what its words name on their own
        (a possessive cut, a namesake, a based-in body, a branch), then ``_coded_span``."""
        span = strip_determiner(span)
        if not len(span) or not_actor(span) or in_thing_name(span) or bracketed_junk(span):
            return None
        if landform_name(span) or in_landform_name(span.root):
            return None  # "the Gulf of Guinea" is water, not Guinea (actors.place.landform-name.v1)
        if foreign_demonym_region(span):
            return None  # "Ethiopia's Somali region": no party of Somalia (wave 104)
        if named_thing(span):
            return None  # "a task manager called Mission Control" (ev12b)
        if title_ends_in(span):
            return None  # "Member of Parliament": the member acts, not a body (ev11b)
        if (sided := side_prefix_words(span)):
            return self._side_taker(span, sided)
        if cause_prefix_words(span):
            cause_taker = self._cause_taker(span)
            if cause_taker is not None:
                return cause_taker
        full = possessive_cut(span) if span.label_ == "ORG" else None
        if full is not None:  # "General Motor's": the text's "General Motors"
            return _possessive_cut_body(span, full)
        code = code_description(span.text)
        if ethnic_demonym(span):  # "ethnic Indians" in Malaysia are no party of India
            code.country, code.countries = None, []
        if other_body(span, code):
            code = Code()  # "Apple Corps": not Apple Inc.
        own = body_namesake(span, code)
        if own is not None:  # "the Oromo Federalist Congress": not the US Congress (wave 75)
            return Candidate(span.start, span.end, own, span.text, "organization",
                             BODY_NAMESAKE_RULE)
        other = namesake(span, code)
        if other is not None:  # "Congress" in a story about India: the Congress party
            code = code_description(other.name)
            name, kind = name_and_kind(span, code)
            return Candidate(span.start, span.end, code, name, kind, NAMESAKE_RULE,
                             source=lexicon_source(code))
        # "the Kyrgyz Democratic Party", "El Salvador's Congress": not the US bodies
        for find, rule in ((foreign_namesake, FOREIGN_NAMESAKE_RULE),
                           (possessor_namesake, POSSESSOR_NAMESAKE_RULE)):
            found = find(span, code)
            if found is not None:
                return Candidate(span.start, span.end, found[0], found[1].text,
                                 "organization", rule, source="title")
        legislature = generic_legislature(span, code)
        if legislature is not None:  # "the lower chamber of Congress" in a Mexican story
            return legislature
        based = based_body(span, code) if any(
            t.lower_ == "based" and t.i > 0 and span.doc[t.i - 1].text == "-" for t in span[:3]
        ) else None
        if based is not None:
            return based  # "[Ohio-]based firm Crane Industries"
        if country_as_thing(span, code):
            return None
        acronym = acronym_country_name(span, code)
        if acronym is not None:  # "the union WETU-Curacao": the union, not Curacao
            return acronym
        body = country_prefix_body(span, code)
        if body is not None:  # "The United States National Transportation Safety Board"
            return body
        branch = branch_country(span, code)
        if branch is not None:  # "Ford Australia": the company's branch, not Australia
            return self._branch(span, code, branch)
        if code.organization is None and code.country is None and (
                thing_label(span) or thing_use(span)):
            return None
        if role_inside_name(span, code):
            return self._name_with_role_words(span, code)
        return self._coded_span(span, code)

    def _coded_span(self, span: Span, code: Code) -> Candidate | None:
        """A span by its code: a description left for coreference, a titled person, a name
        the lexicon does not know, a shared group, or a body, group or country named."""
        domestic = code.country is None and span.text.lower() in words("domestic_institutions")
        governed = governed_country(span) if domestic else None
        if governed is not None:  # "the government in Angola": Angola's, not the speaker's
            code.country, code.countries = governed, [governed]
            return Candidate(span.start, span.end, code, f"{display_name(governed)} "
                             f"{span.text.lower().removeprefix('the ')}", "organization",
                             GOVERNMENT_IN_RULE, source="context")
        # v6 (session 113; judged round 129: "police in Strasbourg" coded Turkish in a story
        # about Turkey): the place named with a bare institution decides before the story does
        located = located_in(span, code)
        if domestic and not located:
            code.country = self._country_in_play(span)
        followed = follower_country(span) if code.kind == "group" and code.country is None \
            else None
        if followed is not None:  # "supporters of Pakistan's main opposition party"
            code.country, code.countries = followed, [followed]
            return Candidate(span.start, span.end, code, span.text, "group",
                             FOLLOWER_COUNTRY_RULE, source="context")
        based = based_group(span, code)
        if based is not None:  # "the Yemen-based al Qaeda": the group, coded Yemen's
            return based
        if code.country is None and code.organization is None and bloc_group(span):
            return self._bloc(span, code)  # "the Gulf states": its own party, no anaphor, no
            # country (session 110); before the unnamed and counted descriptions below
        if code.kind == "group" and code.country is None and not takes_part(span):
            if counted_part(span):  # "a group of militants stormed ..." (ev63a)
                return self._counted(span, code)
            if not named_group(span, code):
                return None
            name, kind = name_and_kind(span, code)
            return Candidate(span.start, span.end, code, name, kind, NAMED_GROUP_RULE,
                             source=lexicon_source(code))
        if unnamed_description(span, code):
            return self._unnamed(span, code)
        if code.kind == "person":
            return self._coded_person(span, code, located)
        if code.kind == "person" or (code.empty and code.organization is None):
            return self._unknown_entity(span, code)
        name, kind = name_and_kind(span, code)
        if kind == "group" and len(named_codes(code)) > 1:
            return shared_group(span, code)
        rule = COMPANY_HOME_RULE if home_company(code) else f"actors.{kind}.v1"
        described = descriptor_before(span) if rule == COMPANY_HOME_RULE else None
        if described is not None and describes_body(code_description(described.text)):
            return Candidate(described.start, span.end, code, name, kind, rule,
                             source=lexicon_source(code))  # "German airline Lufthansa"
        listed = self._phoenix_listed(span, code, name, kind)
        if listed is not None:  # "Emerson Electric Company": Phoenix's company
            return listed
        of_country = of_country_name(span, code)
        if of_country is not None:
            name, rule = of_country, OF_COUNTRY_RULE
        if (domestic or located) and code.country is not None:
            name = f"{display_name(code.country)} {span.text.lower()}"
            rule = LOCATED_RULE if located else DOMESTIC_RULE
        if code.people_rule is not None:  # wave 75: "Kosovo Albanian mobs" (ev75a)
            rule = f"{rule}+{code.people_rule}"
        return Candidate(span.start, span.end, code, name, kind, rule,
                         source="context" if domestic or located else lexicon_source(code))

    def _side_taker(self, span: Span, sided: int) -> Candidate | None:
        """"pro-Russian rebels": the group the words after the country's name describe, named
        with its prefix and with no country from the side it takes (``SIDE_PREFIX_RULE``,
        judged round 19: coded RUS for rebels in Ukraine)."""
        if sided == len(span):  # "the pro-Russians": people, not Russia's; "pro-Russian" alone
            code = code_description(span.text)  # names no party
            code.country = None
            return self._side_group(span, code) if code.kind == "group" else None
        rest = span[sided:]
        code = code_description(rest.text)
        if code.kind == "group" and code.organization is None:  # "pro-Russian rebels"
            located = None if code.country else located_country(rest, local=True)
            code.country = code.country or located  # "... in eastern Ukraine": Ukraine's
            return self._side_group(span, code, "context" if located else None)
        candidate = self._coded_span(rest, code)  # "the anti-Russian political party"
        if candidate is None or candidate.start != rest.start:
            return candidate
        name = self.doc[span.start - 2 : candidate.end].text if candidate.name == rest.text \
            else candidate.name
        return replace(candidate, start=span.start - 2, name=name,
                       rule=f"{candidate.rule}+{SIDE_PREFIX_RULE}")

    def _cause_taker(self, span: Span) -> Candidate | None:
        """"anti-government demonstrators": the group its head noun names, with the sector
        that noun gives (civilians), named with its prefix, a country only from its own words
        or place (``CAUSE_PREFIX_RULE``, judged round 19: "government demonstrators" coded GOV).
        None when the words after the cause name no unnamed group ("pro-government Daily
        Sabah"): the span is coded as before."""
        rest = span[1:]
        code = code_description(rest.text)
        if code.kind not in {"group", "organization"} or code.organization is not None \
                or code.empty:
            return None
        located = None if code.country else located_country(rest, local=True)
        code.country = code.country or located
        code.kind = "group"
        start = span.start - 2
        code.countries = [code.country] if code.country else []
        return Candidate(start, span.end, code, self.doc[start : span.end].text, "group",
                         f"actors.group.v1+{CAUSE_PREFIX_RULE}",
                         source="context" if located else lexicon_source(code))

    def _side_group(self, span: Span, code: Code, source: str | None = None) -> Candidate:
        """The side-taking group of ``span`` with its "pro-" prefix, a country only from its
        own words or place (``SIDE_PREFIX_RULE``)."""
        start = span.start - 2
        code.countries = [code.country] if code.country else []
        return Candidate(start, span.end, code, self.doc[start : span.end].text, "group",
                         f"actors.group.v1+{SIDE_PREFIX_RULE}",
                         source=source or lexicon_source(code))

    def _branch(self, span: Span, code: Code, branch: str) -> Candidate:
        """"Ford Australia": the company's branch in the country (``BRANCH_RULE``), a
        business when another body named in the article starts with its first word."""
        code.country, code.kind, code.countries = branch, "organization", [branch]
        code.sector = "BUS" if sum(e.label_ == "ORG" and e[0].text == span[0].text
                                   for e in self.doc.ents) > 1 else None
        return Candidate(span.start, span.end, code, span.text, "organization",
                         BRANCH_RULE, source="title")

    def _unnamed(self, span: Span, code: Code) -> Candidate | None:
        """An unnamed description: none after a locative word; an indefinite one ("Officials",
        which may be "they" later) now; a definite one waits for coreference (``pending``)."""
        aimed_at = thrown_at(span.root)  # "threw stones at police" (ev64c)
        if locative_object(span) and not aimed_at:
            return None
        if not definite(span) and code.kind != "person":
            candidate = description_candidate(span, code)  # "Officials" may be "they" later
            if aimed_at:
                candidate.rule = THROWN_AT_RULE
            elif code.kind == "group" and counted_victims(span.root):
                candidate.rule = COUNTED_VICTIMS_RULE  # "killed four soldiers"
            elif code.kind == "group" and harmed_group(span.root):
                candidate.rule = HARMED_GROUP_RULE  # "police arrested protesters"
                candidate.code.country = located_country(span, local=True) or \
                    act_place_country(span.root)  # "... in Kyiv": Ukraine's
            elif code.kind == "group" and acted_on_group(span.root):
                candidate.rule = ACTED_ON_RULE  # "the minister thanked volunteers"
                candidate.code.country = located_country(span, local=True) or \
                    act_place_country(span.root) or self._acted_on_country(span, code)
            return candidate
        pending = description_candidate(span, code)
        if act_owner(span.root):  # "the rebels' attack": coreference may not take it
            pending.rule = owner_rule(pending.rule)
        self.pending.append(pending)
        return None

    @staticmethod
    def _bloc(span: Span, code: Code) -> Candidate:
        code.country, code.countries = None, []
        code.kind, code.role_kind = "group", "group"  # "powers" is no group word elsewhere
        code.sector, code.role = "GOV", span.root.lower_  # states: "Muslim countries" too
        candidate = description_candidate(span, code)
        candidate.rule = BLOC_RULE
        return candidate

    def _counted(self, span: Span, code: Code) -> Candidate | None:
        """A group a quantity counts, as an unnamed description (``actor_counted_groups``)."""
        candidate = self._unnamed(span, code)
        if candidate is not None:
            candidate.rule = COUNTED_GROUP_RULE
        return candidate

    @staticmethod
    def _acted_on_country(span: Span, code: Code) -> str | None:
        """Civilians or workers acted on, with no place of their own: the country the act's
        subject names ("Bangladesh police investigated two suspects")."""
        if (code.sector or "").lower() not in rule_words("resident_sectors"):
            return None
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        return actor_subject_country(root)

    def _coded_person(self, span: Span, code: Code, located: bool) -> Candidate | None:
        """A span coded as a person: a titled person, or the body named when the title is a
        company's."""
        if code.organization is not None and code.organization.sector == "BUS":
            return self._unknown_entity(span, code)  # "Airbus President and ...": the
        titled = self._titled_person(span, code)  # company's name, its officer named apart
        if titled is not None and located:
            titled.rule = LOCATED_RULE  # "an official in the capital of ..."
        return titled or self._unknown_entity(span, code)

    def _phoenix_listed(self, span: Span, code: Code, name: str,
                        kind: ActorKind) -> Candidate | None:
        """An organisation with no country and no lexicon entry that the Phoenix dictionaries
        list as a company (``PHOENIX_COMPANY_RULE``)."""
        if not (kind == "organization" and span.label_ in {"ORG", ""} and code.country is None
                and code.organization is None and code.sector in {None, "BUS"}):
            return None
        found = phoenix_company(span.text, state_of(self.doc).document_date)
        if found is None:
            return None
        code.country, code.sector = found.country, "BUS"
        return Candidate(span.start, span.end, code, name, kind, PHOENIX_COMPANY_RULE,
                         source="phoenix")

    def _name_with_role_words(self, span: Span, code: Code) -> Candidate | None:
        """"General Motors", "Rugby Union": coded by its known names only."""
        as_name(code)
        if code.country is not None:
            return Candidate(span.start, span.end, code, span.text, "organization",
                             NAME_WORDS_RULE, source=lexicon_source(code))
        candidate = self._unknown_entity(span, code)
        if candidate is not None and candidate.rule in BODY_RULES:
            candidate.rule = NAME_WORDS_RULE
        return candidate

    def _country_in_play(self, span: Span) -> str | None:
        """"the government" in a story about Serbia: the country named in this or the previous
        sentence, when exactly one is (``actors.domestic.v2``, wave 20, judged rounds 15-16):
        only a state has a government, so an international body's code counts for none ("the
        UN" before "the government" in a story about Laos); a place the act is set in, in the
        institution's own clause, outranks the words before it ("police arrested three people
        in France" after a sentence about Britain); and a country the article names less often
        than another, and not in its lead, is a foreign party there, not the home of its bare
        institutions ("the U.S." before "the government" in a story about South Africa)."""
        placed = act_clause_countries(span)
        if placed:
            return placed.pop() if len(placed) == 1 else None
        window_start = sentence_of(self.doc[span.start]).start
        if window_start > 0:
            window_start = sentence_of(self.doc[window_start - 1]).start
        states = set(_named_states(self.doc[window_start : span.start], apart=True))
        if len(states) != 1:
            return None
        country = states.pop()
        if country in self._lead_states:
            return country  # the lead names the parties of the story, not foreign ones
        counts = self._article_states()
        return None if any(n > counts[country] for n in counts.values()) else country

    @cached_property
    def _lead_states(self) -> Counter[str]:
        """The states the article's first sentence names, read once per doc (every bare
        institution of the story asks)."""
        lead = next(iter(self.doc.sents), None)
        return _named_states(lead) if lead is not None else Counter()

    def _article_states(self) -> Counter[str]:
        """How often the article names each state, counted once per doc."""
        key = "actors.named_states"
        if key not in self.doc.user_data:
            self.doc.user_data[key] = _named_states(self.doc[:])
        counts: Counter[str] = self.doc.user_data[key]
        return counts

    def _titled_person(self, span: Span, code: Code) -> Candidate | None:
        """"the Estonian prime minister": a person known by title and country; the same
        person as an earlier one with that title and country."""
        if code.country is None or span.root.lower_ not in lexicon().titles:
            return None
        code.role = role_text(span)
        for actor in self.actors:
            same_role = (actor.role or "").lower() == (code.role or "").lower()
            if actor.kind == "person" and actor.country == code.country and same_role:
                return Candidate(span.start, span.end, code, actor.name, "person",
                                 "actors.title.same.v1")
        name = strip_determiner(span).text
        return Candidate(span.start, span.end, code, name, "person", "actors.title.v1")

    def _unknown_entity(self, span: Span, code: Code) -> Candidate | None:
        """A named organisation or place the lexicon does not know, kept with what the words
        say (often no country: nothing is invented)."""
        if span.label_ not in {"ORG", "GPE", "LOC"} or len(span.text) < 2 or not_actor(span):
            return None
        particle = span.label_ == "ORG" and particle_name(span)  # "al-Hasakah": a place
        if not (span.text[:1].isupper() or particle) or ends_a_title(span):
            return None
        if span.end_char <= (state_of(self.doc).dateline_end or 0) \
                and span.end < len(self.doc) and self.doc[span.end].text == ",":
            return None  # "VILNIUS, May 3 --": where the story is filed, no body (ev11b)
        if span.label_ == "ORG" and names_a_division(span):
            return None  # "Russia's Krasnodar region": a place the recogniser took for a body
        if span.label_ == "ORG":
            day = state_of(self.doc).document_date
            found = person_code(span.text, day, body=True)
            if found is not None and lone_word_elsewhere(span, found):
                found = None  # "the Tigers" of a Sri Lankan story are not Eswatini's rebels
            company = phoenix_company(span.text, day) if found is None else None
            found = found or company
            if found is not None and code.country is None and code.sector in {None, "BUS"}:
                code.country, code.sector = found.country, found.sector
            else:
                company = None
            described = based_body(span, code) or described_body(span, code)
            if described is not None:
                return described
            rule = PHOENIX_COMPANY_RULE if company is not None else DICTIONARY_BODY_RULE
            if particle:
                rule = f"{rule}+{PARTICLE_NAME_RULE}"
            if code.sector is None and corporate_name(span):
                code.sector, rule = "BUS", COMPANY_RULE  # "Creative Technology Ltd"
            if code.country is None and demonym_prefix_country(span) is not None:
                code.country = demonym_prefix_country(span)  # "The German Siemens Energy
                rule = DEMONYM_DESCRIPTOR_RULE  # Group": the demonym says whose (ev12b)
            return Candidate(span.start, span.end, code, span.text, "organization", rule,
                             source=found.source if found else None)
        half = elliptic_state(span)  # "the North" of a Korea story (session 118)
        if half is not None:
            return Candidate(span.start, span.end, half[0], half[1], "country",
                             ELLIPTIC_STATE_RULE, source="lexicon")
        return Candidate(span.start, span.end, code, span.text, "country", "actors.place.v1")

    # --- bookkeeping -------------------------------------------------------------------------

    def add(self, candidate: Candidate) -> str | None:
        actor_id = super().add(candidate)
        if actor_id is not None and candidate.affiliation is not None:
            self._affiliate(self.actor(actor_id), *candidate.affiliation,
                            employer=EMPLOYER_RULE in candidate.rule.split("+"))
        return actor_id

    def _affiliate(self, person: Actor, start: int, end: int, employer: bool = False) -> None:
        """"Boeing spokesman William Barksdale": the person, with Boeing as the body he
        speaks for (its own actor and mention); the person takes its codes if he has none."""
        span = self.doc[start:end]
        body = self._code_span(span) or Candidate(
            start, end, code_description(span.text), span.text, "organization",
            "actors.organization.affiliation.v1")
        if body.kind != "organization":
            return
        organization = self._actor_for(body)
        self.attach(organization.id, body.start, body.end, body.rule)
        person.affiliation = person.affiliation or organization.id
        if employer:
            take_employer_codes(person, organization, span.text, self.sources)
        if not employer or organization.sector is not None:  # "managing director of
            business_pair(person, organization)  # Sabah Forest Department": no firm
        if organization.sector == "LAB" and person.sector == "GOV":
            person.sector, person.rule = "LAB", UNION_OFFICE_RULE  # a union's vice president
        if person.country is None and person.sector is None and organization.sector:
            person.country, person.sector = organization.country, organization.sector
            self.sources.setdefault(person.id, "context")

    def add_pending(self) -> None:
        """Unnamed descriptions ("a judge", "soldiers", "the Korean company") that no earlier
        actor took during coreference become actors of their own."""
        unshare_parties(self.doc, self.actors, [  # "the Democrats" in Moldova: not the US party
            (a.id, None if no_setting(a) else a.country)
            for a in (self.actor(m.actor_id) for m in self.mentions)])
        dominant = dominant_country(self.doc, [None if no_setting(a) else a.country for a in (
            self.actor(m.actor_id) for m in self.mentions)])  # a company's home is no setting
        for candidate in self.pending:
            candidate = self._office_of_body(self._owned(candidate), dominant)
            office = candidate.rule.endswith(BODY_OFFICE_RULE)
            self.add(in_dominant_country(candidate, None if office else dominant))
        self.pending = []
        state_places(self)
        for actor in self.actors:
            if dominant and titled_official(actor) and self._body_office(actor):
                continue  # "the leader of the Palestine Solidarity Movement": not the state's
            if dominant and titled_official(actor) and fits_title(actor.role, dominant):
                apposed = apposed_country(self.doc, actor, self.mentions, self._actor_or_none)
                if apposed is not None:  # "General X, a U.S. Army general," (ev11b)
                    take_apposed_country(actor, apposed, self.sources)
                    continue
                roots = [self.doc[m.start:m.end].root for m in self.mentions
                         if m.actor_id == actor.id]
                if called_abroad(roots, dominant):
                    continue  # "Libya's former intelligence chief, Colonel X" (ev15b)
                if dominant in counterparts_of(roots):
                    continue  # "spoke with his Bangladeshi counterpart": not Bangladeshi
                if self._take_namesake_country(actor, dominant):
                    continue  # "Interior Minister Carlos Abascal" is Mexico's (ev101p)
                actor.country, actor.rule = dominant, DOMINANT_PERSON_RULE
                self.sources[actor.id] = "context"
            elif dominant and generic_institution(actor) and is_state(dominant) \
                    and not self._acts_abroad(actor, dominant):
                actor.country, actor.rule = dominant, DOMINANT_INSTITUTION_RULE
                self.sources[actor.id] = "context"

    def _acts_abroad(self, actor: Actor, dominant: str) -> bool:
        """A mention's own clause sets the institution's act in other states' places only
        ("officials detained two men in Lille and in Ghent" in a British story): the article's
        country is no guess for it (``actors.institution.dominant-country.v2``)."""
        placed = [act_clause_countries(self.doc[m.start:m.end]) for m in self.mentions
                  if m.actor_id == actor.id]
        return any(found and dominant not in found for found in placed)

    def _take_namesake_country(self, actor: Actor, dominant: str) -> bool:
        """A titled person the name lists know by a longer name of one other country takes
        that country, not the story's (``NAMESAKE_COUNTRY_RULE``)."""
        country = longer_name_country(actor.name)
        if country is None or country == dominant:
            return False
        actor.country = country
        actor.rule = "+".join(filter(None, [actor.rule, NAMESAKE_COUNTRY_RULE]))
        self.sources[actor.id] = "phoenix"
        return True

    def _office_of_body(self, candidate: Candidate, dominant: str | None) -> Candidate:
        """"the head of the union": a title the dominant country would code, that names the
        non-state body it is an office of, takes that body's country or none, and carries
        ``actors.person.body-office.v1`` so that no later guess gives it the article's."""
        code = candidate.code
        if dominant is None or code.country is not None or code.role_kind != "title" \
                or code.sector not in STATE_SECTORS:  # only what the guess would code
            return candidate
        office, country = body_office([self.doc[candidate.start:candidate.end].root])
        if not office:
            return candidate
        code.country = country
        return Candidate(candidate.start, candidate.end, code, candidate.name, candidate.kind,
                         f"{candidate.rule}+{BODY_OFFICE_RULE}", source=candidate.source)

    def _body_office(self, actor: Actor) -> bool:
        """The person's title is an office of a non-state body (``actor_evidence.body_office``):
        they take that body's country when the lexicon gives one, else none, and keep the rule's
        name so that no later guess gives them the article's (``actors.person.body-office.v1``)."""
        office, country = body_office([self.doc[m.start:m.end].root for m in self.mentions
                                       if m.actor_id == actor.id])
        if office and BODY_OFFICE_RULE not in (actor.rule or ""):
            actor.country, actor.rule = country, f"{actor.rule}+{BODY_OFFICE_RULE}"
        return office

    def _actor_or_none(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def _owned(self, candidate: Candidate) -> Candidate:
        """"her government", "its army": the body of the actor the possessive pronoun
        resolved to, with its country; the pronoun keeps its own mention."""
        if candidate.start == 0 or self.doc[candidate.start - 1].tag_ != "PRP$" \
                or self.doc[candidate.end - 1].lower_ in opponent_words():
            return candidate  # "its critics": not the owner's people (ev11b)
        pronoun = candidate.start - 1
        owner = next((m for m in self.mentions if m.start == pronoun and m.end == pronoun + 1
                      and m.rule in PLAIN_PRONOUN_RULES), None)
        country = self.actor(owner.actor_id).country if owner is not None else None
        if country is None or candidate.code.country is not None:
            return candidate
        if not a_state(country) and candidate.code.sector in STATE_GOVERNMENT_SECTORS:
            return candidate  # "its government" of the UN: only a state has one (wave 20)
        candidate.code.country = country
        return Candidate(candidate.start, candidate.end, candidate.code,
                         f"{display_name(country)} {candidate.name}", candidate.kind,
                         candidate.rule, source="context")


def _named_states(tokens: Span, apart: bool = False) -> Counter[str]:
    """The states the capitalised words of ``tokens`` name (a country's name, demonym or seat;
    an international body's code is no state's, a company's home no setting), with counts; a
    word of a longer name counts as what the whole name gives (``long_name_state``, v3); with
    ``apart``, a name set apart from the story's state ("from France") is left out (v4)."""
    return Counter(c for t in tokens if t.text[:1].isupper()
                   and not (apart and set_apart(t)) and (c := _word_state(t)) is not None)


def _word_state(token: Token) -> str | None:
    """The state a capitalised word counts for in ``_named_states``, or None; remembered per
    token of the doc being read (the windows of a story's bare institutions overlap)."""
    global _states_doc, _word_states
    if _states_doc is not token.doc:
        _word_states = {}  # emptied, then tied to the doc (as ``event_lexicon.match``'s memo)
        _states_doc = token.doc
    if token.i not in _word_states:
        _word_states[token.i] = _own_word_state(token)
    return _word_states[token.i]


_states_doc: Doc | None = None
_word_states: dict[int, str | None] = {}


def _own_word_state(token: Token) -> str | None:
    code = code_description(token.text)
    if home_of_body(code):
        return None
    country = namesake_country(token, code)
    if country is not None:
        country = long_name_state(token, country)
    return country if country is not None and a_state(country) else None


def _possessive_cut_body(span: Span, full: str) -> Candidate:
    """"General Motor's": the body by the name the text gives it elsewhere ("General Motors",
    ``POSSESSIVE_CUT_RULE``); its role words are words of the name, a corporate suffix makes
    it a business."""
    code = code_description(full)
    if role_inside_name(span, code):
        as_name(code)  # "General Motors": not a general's
    if code.sector is None and corporate_suffix(full.rsplit(maxsplit=1)[-1]):
        code.sector = "BUS"
    return Candidate(span.start, span.end, code, full, "organization", POSSESSIVE_CUT_RULE,
                     source=lexicon_source(code))


PARTICLE_NAME_RULE = "actors.organization.particle-name.v1"


def particle_name(span: Span) -> bool:
    """"al-Nusra Front": a name opened by a lower-case Arabic particle joined by a hyphen to a
    capitalised word is a proper name, though its first letter is small
    (``PARTICLE_NAME_RULE``; judged round 19: the front that claimed the attacks was dropped
    and the attacks given to Syria)."""
    return len(span) >= 3 and span[0].lower_ in rule_words("name_particles") \
        and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ \
        and span[2].text[:1].isupper() and not names_a_modifier(span)


def names_a_modifier(span: Span) -> bool:
    """The name only qualifies the noun after it ("the al-Sadiq mosque", "an MNFR-Ethiopia
    peace accord"): a place or a thing so named, not the body (dev stories)."""
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end


HYPHEN_NAME_RULE = "actors.organization.hyphen-name.v1"


def acronym_country_name(span: Span, code: Code) -> Candidate | None:
    """"the union WETU-Curacao": a country's name joined by a hyphen to a capitalised acronym
    the lexicon does not know is the name of a body of that country, not the country
    (``HYPHEN_NAME_RULE``; judged round 19: the union's strike coded as Curacao's). The span
    is the country after the acronym, or the whole name when the recogniser found it. The
    sector is the one of a body word just before the name ("union"), if any."""
    doc = span.doc
    if len(span) > 2 and span[1].text == "-" and code.empty:
        start, code = span.start, code_description(span[2:].text)
    else:
        start = span.start - 2
    if code.kind != "country" or code.country is None or start < 0 \
            or doc[start + 1].text != "-" or doc[start + 1].whitespace_:
        return None
    acronym = doc[start]
    if names_a_modifier(doc[start : span.end]) or acronym.whitespace_ or not acronym.is_upper \
            or len(acronym.text) < 2 or not acronym.is_alpha \
            or not code_description(acronym.text).empty:
        return None
    body = code_description(doc[start - 1].text) if start > 0 else Code()
    named = Code(country=code.country, countries=[code.country], kind="organization",
                 sector=body.sector if body.kind == "organization" else None)
    return Candidate(start, span.end, named, doc[start : span.end].text,
                     "organization", HYPHEN_NAME_RULE, source="title")


def governed_country(span: Span) -> str | None:
    """"Laos commended the government in Angola": a bare state institution followed by "in"
    and a country's name is that country's, whoever speaks (round 20 judged the speaker's
    government wrong there). Only a country or capital alone after "in", so "the government
    in a statement" or "the government in power" keep their old reading."""
    doc = span.doc
    prep = doc[span.end] if span.end < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ != "in":
        return None  # the parser hangs "in Angola" on the noun or on the verb: either will do
    place = [c for c in prep.children if c.dep_ == "pobj"]
    if len(place) != 1 or place[0].pos_ != "PROPN" or place[0].left_edge.i != prep.i + 1:
        return None
    code = code_description(doc[prep.i + 1 : place[0].i + 1].text)
    if code.organization is None and len(set(code.countries)) == 1 and not code.role:
        return code.countries[0]
    return None


def named_group(span: Span, code: Code) -> bool:
    """"YPG members targeted a Daesh gathering": a group the lexicon knows by name (Islamic
    State, al-Qaeda) with no country is a party where it is named, even as a modifier or an
    object; the ``takes_part`` test is for common nouns ("militants"). Not a name joined by a
    hyphen to the word after it ("al-Qaeda-linked militants": the militants act), nor a name
    modifying a participle or adjective ("an al-Qaida affiliated group": the group acts) or a
    word for people, whose own group actor it already codes ("al-Qaida suspects")."""
    if code.organization is None or code.role is not None:
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "-":
        return False
    head = span.root.head
    if head.i < span.end:
        return True
    return head.tag_ not in {"VBN", "JJ"} and code_description(head.text).role is None


def based_group(span: Span, code: Code) -> Candidate | None:
    """"has vowed to crush the Yemen-based al Qaeda": a group the lexicon names with no
    country, right after "<place>-based", is that country's branch (round 20 judged it YEM),
    and the place's name is part of its mention, not a party of its own (``BASED_GROUP_RULE``;
    companies have ``actors.organization.based-in.v1``)."""
    if code.organization is None or code.kind != "group" or code.country is not None \
            or span.start < 3 or span.doc[span.start - 1].lower_ != "based":
        return None
    based = based_body(span, code)
    if based is None or based.code.country is None:
        return None
    return replace(based, name=name_and_kind(span, code)[0], kind="group", rule=BASED_GROUP_RULE)
