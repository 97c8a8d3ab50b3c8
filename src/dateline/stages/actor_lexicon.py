"""Coding actor descriptions from the lexicon: country (ISO-3 or IGO code), sector, kind, role.

``code_description("Armenian Prime Minister Nikol Pashinyan")`` needs no model: it matches
country names, demonyms, capitals, seats, organisations, titles, group and institution words
from ``lexicon/*.yaml`` (longest match first) and combines them by the conventions written in
``lexicon/roles.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dateline.lexicons import LexiconData, active

IGO_SECTOR = "IGO"
MAX_WORDS = 7
WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][\w.&’'-]*[\w.]|[A-Za-zÀ-ÿ0-9]")


@dataclass(frozen=True)
class Organization:
    name: str
    country: str | None
    sector: str | None
    kind: str
    anaphors: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleWord:
    words: str
    sector: str | None
    gender: str | None = None


@dataclass
class Lexicon:
    """Surface forms -> meanings, built once from the YAML files."""

    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    seats: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)  # code -> common name
    demonym_of: dict[str, str] = field(default_factory=dict)  # code -> adjective
    organizations: dict[str, Organization] = field(default_factory=dict)
    anaphors: dict[str, list[Organization]] = field(default_factory=dict)
    titles: dict[str, RoleWord] = field(default_factory=dict)
    groups: dict[str, RoleWord] = field(default_factory=dict)
    institutions: dict[str, RoleWord] = field(default_factory=dict)
    igo_codes: set[str] = field(default_factory=set)


def lexicon() -> Lexicon:
    """The actor lexicon of the active lexicon data (the running pipeline's)."""
    return active().derived("actors.lexicon", _build_lexicon)


def _build_lexicon(data: LexiconData) -> Lexicon:
    lex = Lexicon()
    _load_countries(lex, data.section("countries"))
    _load_iso_names(lex)
    _load_organizations(lex, data.section("organizations"))
    _load_roles(lex, data.section("roles"))
    return lex


def _load_countries(lex: Lexicon, data: dict[str, Any]) -> None:
    for code, entry in data.items():
        names = entry.get("names") or []
        if names:
            lex.display.setdefault(code, names[0])
        demonyms = entry.get("demonyms") or []
        if demonyms:
            lex.demonym_of.setdefault(code, demonyms[0])
        for key, table in (("names", lex.country_names), ("demonyms", lex.demonyms),
                           ("capitals", lex.capitals), ("seats", lex.seats)):
            for form in entry.get(key) or []:
                table.setdefault(str(form), code)


def _load_iso_names(lex: Lexicon) -> None:
    """Every ISO 3166 country and territory by its standard names (pycountry), beneath our
    own lexicon: ours decides where a name is shared."""
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        for name in (country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)):
            short = name.split(" (")[0] if name else None  # "Falkland Islands (Malvinas)"
            if short and "," not in short:
                lex.country_names.setdefault(short, code)
                lex.display.setdefault(code, short)


def _load_organizations(lex: Lexicon, data: list[dict[str, Any]]) -> None:
    for entry in data:
        org = Organization(
            name=entry["name"], country=entry.get("country"), sector=entry.get("sector"),
            kind=entry.get("kind") or "organization",
            anaphors=tuple(a.lower() for a in entry.get("anaphors") or []),
        )
        if org.sector == IGO_SECTOR and org.country:
            lex.igo_codes.add(org.country)
        for form in [org.name, *(entry.get("aliases") or [])]:
            lex.organizations.setdefault(str(form), org)
        for anaphor in org.anaphors:
            lex.anaphors.setdefault(anaphor.removeprefix("the "), []).append(org)


def _load_roles(lex: Lexicon, data: dict[str, Any]) -> None:
    for key, table in (("titles", lex.titles), ("groups", lex.groups),
                       ("institutions", lex.institutions)):
        for entry in data.get(key) or []:
            words = str(entry.get("title") or entry.get("word")).lower()
            table.setdefault(words, RoleWord(words, entry.get("sector"), entry.get("gender")))


@dataclass
class Code:
    """What a description says about an actor."""

    country: str | None = None
    sector: str | None = None
    kind: str | None = None  # person / organization / country / group, when the words decide
    role: str | None = None
    organization: Organization | None = None
    gender: str | None = None
    countries: list[str] = field(default_factory=list)  # every code named, in order
    role_kind: str | None = None  # "title", "group", "institution"
    government_metonym: bool = False

    @property
    def empty(self) -> bool:
        return self.country is None and self.sector is None and self.role is None


def words_of(text: str) -> list[str]:
    return [w.rstrip(".") if w.endswith(".") and w.count(".") == 1 else w
            for w in WORD.findall(text)]


def code_description(text: str) -> Code:
    """Code a description such as "the Russian Foreign Ministry" or "Houthi rebels"."""
    lex = lexicon()
    words = words_of(text)
    matches = _matches(words, lex)
    code = Code()
    whole = not _inside_longer_name(matches, words)
    for kind, value, _, _ in matches:
        if kind in {"country", "demonym"} or (kind in {"capital", "seat"} and whole):
            code.countries.append(value)
            code.government_metonym |= kind in {"capital", "seat"}
    _apply_roles(code, matches, words, lex)
    _apply_country(code, matches, lex)
    return code


def _matches(words: list[str], lex: Lexicon) -> list[tuple[str, Any, int, int]]:
    """Longest non-overlapping matches, left to right: (kind, value, start, end)."""
    found: list[tuple[str, Any, int, int]] = []
    i = 0
    while i < len(words):
        hit = _longest_at(words, i, lex)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit[3]
    return found


def _longest_at(words: list[str], i: int, lex: Lexicon) -> tuple[str, Any, int, int] | None:
    for length in range(min(MAX_WORDS, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + length])
        hit = _lookup(phrase, lex) or _lookup(re.sub(r"[’']s$", "", phrase), lex)
        if hit is not None:
            return hit[0], hit[1], i, i + length
    return None


def _lookup(phrase: str, lex: Lexicon) -> tuple[str, Any] | None:
    lowered = phrase.lower()
    for kind, value in (
        ("organization", lex.organizations.get(phrase)),
        ("country", lex.country_names.get(phrase)),
        ("demonym", lex.demonyms.get(phrase)),
        ("capital", lex.capitals.get(phrase)),
        ("seat", lex.seats.get(phrase)),
        ("institution", lex.institutions.get(lowered)),
        ("title", lex.titles.get(lowered)),
        ("group", lex.groups.get(lowered)),
    ):
        if value is not None and _case_ok(kind, phrase):
            return kind, value
    return None


def _case_ok(kind: str, phrase: str) -> bool:
    # Names must be written as names: "us" is not the US, "china" plates are not China.
    if kind in {"organization", "country", "demonym", "capital", "seat"}:
        return any(c.isupper() for c in phrase) or phrase[:1].isdigit()
    return True


def _apply_roles(code: Code, matches: list[tuple[str, Any, int, int]], words: list[str],
                 lex: Lexicon) -> None:
    orgs = [m for m in matches if m[0] == "organization"]
    roles = [m for m in matches if m[0] in {"institution", "title", "group"}]
    if orgs:
        org: Organization = orgs[0][1]
        code.organization = org
        code.country = org.country
        code.sector = IGO_SECTOR if org.country in lex.igo_codes else org.sector
        code.kind = org.kind
    if roles:
        best = _best_role(roles)
        word: RoleWord = best[1]
        code.role = " ".join(words[best[2] : best[3]])
        code.role_kind = best[0]
        code.gender = word.gender
        code.kind = {"title": "person", "group": "group"}.get(best[0], "organization")
        if code.sector is None:
            code.sector = word.sector
    if code.government_metonym and not _only_names(matches, len(words)):
        code.government_metonym = False  # "the mayor of Kyiv" is not Kyiv's government
    if code.sector is None and code.government_metonym and not roles:
        code.sector = "GOV"
        code.kind = "organization"


def _inside_longer_name(matches: list[tuple[str, Any, int, int]], words: list[str]) -> bool:
    """"the Gulf of Aden": other capitalised words make the capital part of another name."""
    covered = {i for _, _, start, end in matches for i in range(start, end)}
    return any(w[:1].isupper() and w.lower() not in {"the", "of"}
               for i, w in enumerate(words) if i not in covered)


def _only_names(matches: list[tuple[str, Any, int, int]], length: int) -> bool:
    covered = sum(end - start for _, _, start, end in matches)
    return covered >= length - (1 if length > 1 else 0)


def _best_role(roles: list[tuple[str, Any, int, int]]) -> tuple[str, Any, int, int]:
    """Institutions decide over titles; among equals the longest (then the last) wins."""
    rank = {"institution": 2, "group": 1, "title": 0}
    institutions = [r for r in roles if r[0] == "institution"]
    pool = institutions or roles
    return max(pool, key=lambda r: (rank[r[0]], r[3] - r[2], r[2]))


def _apply_country(code: Code, matches: list[tuple[str, Any, int, int]], lex: Lexicon) -> None:
    if code.country is None and code.countries:
        code.country = code.countries[0]
    if code.kind is None and code.countries:
        code.kind = "country"
    if code.country in lex.igo_codes and code.sector is not None:
        code.sector = IGO_SECTOR


def display_name(country: str) -> str:
    return lexicon().display.get(country, country)
