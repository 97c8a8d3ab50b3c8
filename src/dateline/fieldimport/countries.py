"""Parser of NGEC's ``countries.csv`` (CCA2, Name, CCA3, Nationality).

The Nationality column mixes adjectives, plural demonyms and other names of the place and its
territories. It is split by a heuristic: a term that is a place name (known to pycountry as a
country, former country or subdivision, written as an abbreviation such as ``U.K.``, ending in
``land`` or holding a word such as ``Republic``, ``Islands``, ``States``) is a name; then a term
ending in a single ``s`` is a plural demonym (``Afghans``, ``Brits``; not ``Swiss``); every
other term is a nationality word (adjective or singular noun: ``Afghan``, ``Dane``). The split
is rough (``Seychellois`` counts as plural); every term is kept in one of the three lists.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache

import pycountry

from dateline.fielddicts import Country
from dateline.fieldimport.report import Report

PLACE_WORDS = frozenset({
    "republic", "island", "islands", "kingdom", "states", "territory", "territories", "union",
    "nations", "isle", "islas", "coast", "city", "sahara", "congo", "guiana", "polynesia",
    "caledonia", "timor", "macedonia", "palestine", "arabia", "zaire", "ocean",
    "britain", "wales", "verde", "kong", "vatican", "príncipe", "svalbard", "d’ivoire",
    "curacao", "martin", "saba", "luhansk", "donetsk",
})
ADJECTIVE_ENDING = re.compile(r"(?:an|ian|ese|ish|i|ch)$")
ABBREVIATION = re.compile(r"^(?:[A-Z]\.?){2,5}$|^[A-Z]{2,} [A-Z][a-z]+$")


@cache
def _place_names() -> frozenset[str]:
    names: set[str] = set()
    for group in (pycountry.countries, pycountry.historic_countries):
        for entry in group:
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(entry, attribute, None)
                if value:
                    names.add(value.lower())
    return frozenset(names)


@cache
def _subdivision_names() -> frozenset[str]:
    return frozenset(sub.name.lower() for sub in pycountry.subdivisions)


def term_kind(term: str, terms: list[str], country: str) -> str:
    """``demonym``, ``name`` or ``adjective`` for one nationality term (heuristic above)."""
    words = {w.lower() for w in re.findall(r"[\w’]+", term)}
    subdivision = term.lower() in _subdivision_names() and not ADJECTIVE_ENDING.search(term)
    if words & {"islander", "islanders"}:
        return "demonym" if term.endswith("s") else "adjective"
    if (
        term.lower() == country.lower()
        or term.lower() in _place_names()
        or subdivision
        or ABBREVIATION.match(term)
        or words & PLACE_WORDS
        or re.search(r"land$", term)
    ):
        return "name"
    if re.search(r"[^s]s$", term):
        return "demonym"
    return "adjective"


def parse_countries(text: str, report: Report) -> list[Country]:
    """Every row; problems go to ``report`` (line numbers count the header as line 1)."""
    rows = list(csv.DictReader(io.StringIO(text)))
    countries: list[Country] = []
    for number, row in enumerate(rows, start=2):
        name, code = (row.get("Name") or "").strip(), (row.get("CCA3") or "").strip()
        if not name or not code:
            report.error(number, "row without Name or CCA3", ",".join(map(str, row.values())))
            continue
        iso2 = (row.get("CCA2") or "").strip() or None
        if iso2 == "NA" and code != "NAM":
            iso2 = None  # "not applicable" for the EU and the UN; NA is Namibia's code
        terms = _terms(row.get("Nationality") or "")
        kinds = {t: term_kind(t, terms, name) for t in terms}
        countries.append(
            Country(
                iso2=iso2, name=name, code=code,
                adjectives=tuple(t for t in terms if kinds[t] == "adjective"),
                demonyms=tuple(t for t in terms if kinds[t] == "demonym"),
                names=tuple(t for t in terms if kinds[t] == "name"),
            )
        )
    return countries


def _terms(column: str) -> list[str]:
    terms: list[str] = []
    for raw in column.split(","):
        term = " ".join(raw.split())
        if term and term not in terms:
            terms.append(term)
    return terms
