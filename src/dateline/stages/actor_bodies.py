"""Candidates for bodies and groups read from the words around a span the lexicon coded.

The name and kind an actor takes from its code (a lexicon organisation, a group, a
government named by its seat, a country); a body whose place or description stands before its
name ("the Seattle-based company Amazon", "German airline Lufthansa"); an unnamed description
("officials", "the Korean company") as a candidate; one group per country in a shared group
("Iranian and Saudi officials"); a word's country read as the namesake the story means. Kept
apart from ``actors.py``, which decides which of these a span is: each function here builds
one kind of candidate from one span and its code, with no other actor in view.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.record import ActorKind
from dateline.stages.actor_builder import Candidate
from dateline.stages.actor_lexicon import (
    IGO_SECTOR,
    Code,
    code_description,
    display_name,
    lexicon,
)
from dateline.stages.actor_namesakes import namesake
from dateline.stages.actor_phrases import descriptor_before
from dateline.stages.syntax import sentence_of


def namesake_country(token: Token, code: Code) -> str | None:
    """A word's country, read as the namesake the story means ("Congress" in India: IND)."""
    other = namesake(token.doc[token.i : token.i + 1], code) if code.organization else None
    return other.country if other is not None else code.country


def based_body(span: Span, code: Code) -> Candidate | None:
    """"the Seattle-based company Amazon", "Texas-based Dell": a body based in a coded place
    takes its country (``actors.organization.based-in.v1``); the words before the name are
    its mention, so no "based company" actor is left, even where the place has no code."""
    doc = span.doc
    inside = next((t.i for t in span[:3] if t.lower_ == "based"), None)  # "based firm Crane"
    if inside is not None:  # the recogniser took "based firm Crane Industries" as the name
        start = inside + 1
        while start < span.end - 1 and not doc[start].text[:1].isupper():
            start += 1
        name = doc[start : span.end]
        return based_body(name, code_description(name.text)) if start < span.end else None
    i = span.start - 1
    sentence_start = sentence_of(doc[span.start]).start  # Span.sent walks: once
    while i > sentence_start and i > span.start - 4 and doc[i].pos_ in {"NOUN", "ADJ"} \
            and doc[i].lower_ != "based":
        i -= 1  # "company", "carmaker", "software company"
    if i < sentence_start + 2 or doc[i].lower_ != "based" or doc[i - 1].text != "-":
        return None
    end = i - 1
    start = end
    while start > sentence_start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end or span[0].lower_ in lexicon().organization_heads \
            or code.sector in {"HRI", "NGO", "IGO", "REL"}:
        return None  # "the Washington-based Committee to Protect Journalists": not a company's
    if code.country is None:
        code.country = code_description(doc[start:end].text).country
    if code.sector is None and any(t.lower_ in lexicon().organization_heads
                                   for t in doc[i + 1 : span.start]):
        code.sector = code_description(doc[i + 1 : span.start].text).sector
    return Candidate(start, span.end, code, span.text, "organization",
                     "actors.organization.based-in.v1", source="context" if code.country else None)


def described_body(span: Span, code: Code) -> Candidate | None:
    """"German airline Lufthansa", "France's investigative agency BEA": an organisation's
    name after words describing it takes the country and sector they give."""
    described = descriptor_before(span)
    if described is None:
        return None
    desc = code_description(described.text)
    if desc.kind != "organization" or not (desc.country or desc.sector):
        return None
    code.country = code.country or desc.country
    code.sector = code.sector or desc.sector
    return Candidate(described.start, span.end, code, span.text, "organization",
                     "actors.organization.described.v1", source="title")


def describes_body(code: Code) -> bool:
    """Words that describe a body without naming another ("German airline"; not "Airbus
    rival", which names Airbus)."""
    return code.kind == "organization" and code.organization is None


def description_candidate(span: Span, code: Code) -> Candidate:
    kind: ActorKind = code.kind if code.kind in {"person", "group", "organization"} else "group"  # type: ignore[assignment]
    source = "agents" if code.role_kind == "agent" else "lexicon"
    rule = f"actors.description.{kind}.v1"
    if code.people_rule is not None:  # wave 75: "Bosnian Serb forces" (ev75a)
        rule = f"{rule}+{code.people_rule}"
    return Candidate(span.start, span.end, code, span.text, kind, rule,
                     source=source if code.sector else None)


def named_codes(code: Code) -> list[str]:
    codes = [code.organization.country] if code.organization and code.organization.country else []
    return list(dict.fromkeys(codes + code.countries))


def shared_group(span: Span, code: Code) -> Candidate:
    """"Iranian and Saudi officials", "NATO and US officials": one group per code named."""
    role = code.role or "officials"
    lex = lexicon()
    members = []
    for country in named_codes(code):
        label = country if country in lex.igo_codes else lex.demonym_of.get(country, country)
        member = Code(country=country, sector=IGO_SECTOR if country in lex.igo_codes
                      else code.sector, kind="group", role=role, role_kind="group")
        members.append(Candidate(span.start, span.end, member, f"{label} {role}", "group",
                                 "actors.group.shared.v1"))
    return Candidate(span.start, span.end, members[0].code, members[0].name, "group",
                     "actors.group.shared.v1", tuple(members[1:]))


def name_and_kind(span: Span, code: Code) -> tuple[str, ActorKind]:
    if code.organization is not None and code.role_kind is None:
        kind: ActorKind = "group" if code.organization.kind == "group" else "organization"
        return code.organization.name, kind
    if code.kind == "group":
        return span.text, "group"
    if code.kind == "organization" and code.government_metonym and code.role_kind is None:
        return f"{display_name(code.country or '')} government", "organization"
    if code.kind == "organization":
        return span.text, "organization"
    return display_name(code.country or ""), "country"
