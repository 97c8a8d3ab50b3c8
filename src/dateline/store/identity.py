"""How stored items are identified across articles: an actor's canonical key (countries and
IGOs by code, others by kind, country and normalised name), an event's date key at its own
precision and the merge key that joins the same event reported by several articles, and the
sortable first day of a date.

Apart from ``schema.py`` (the tables) and ``record_rows.py`` (one record's rows) because the
writers, the bulk loader and the readers all key on these, with or without a record at hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.intervals import interval
from dateline.record import Actor

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MAX_KEY_NAME = 300


@dataclass(frozen=True)
class Canonical:
    """The cross-article identity of an actor: countries by code, IGOs by code, others by
    kind, code and normalised name."""

    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None


def normalise_name(name: str) -> str:
    words = name.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)[:_MAX_KEY_NAME]


def canonical(actor: Actor) -> Canonical:
    if actor.kind == "country" and actor.country:
        name = country_name(actor.country) or actor.name
        return Canonical(f"country:{actor.country}", name, actor.kind, actor.country, None)
    if actor.sector == "IGO" and actor.country:
        return Canonical(f"igo:{actor.country}", actor.name, actor.kind, actor.country, "IGO")
    key = f"{actor.kind}:{actor.country or '-'}:{normalise_name(actor.name)}"
    return Canonical(key, actor.name, actor.kind, actor.country, actor.sector)


@cache
def _country_names() -> dict[str, str]:
    from dateline.lexicons import load_data

    data = load_data("countries") or {}
    return {code: entry["names"][0] for code, entry in data.items() if entry.get("names")}


def country_name(code: str) -> str | None:
    return _country_names().get(code)


def date_key(value: str | None) -> tuple[str | None, str | None]:
    """A TIMEX3 value cut to its own precision, for merging events across articles:
    ("2022-01-26", "day"), ("2022-01", "month"), ("2022", "year"), ("2020-W02", "week"),
    ("2020-Q1", "quarter"). A week is never merged with its year."""
    found = interval(value)
    if found is None:
        return _date_key_by_pattern(value)
    cut = {"day": 10, "month": 7, "year": 4}.get(found.precision)
    if cut is not None:
        return found.start[:cut], found.precision
    return re.sub(r"-WE$", "", value or "")[:10], found.precision


def _date_key_by_pattern(value: str | None) -> tuple[str | None, str | None]:
    match = _DATE.match(value or "")
    if match is None:
        return None, None
    year, month, day = match.groups()
    if month and day:
        return f"{year}-{month}-{day}", "day"
    if month:
        return f"{year}-{month}", "month"
    return year, "year"


def date_sort(value: str | None) -> str | None:
    """A sortable YYYY-MM-DD for a date of any precision (the first day it can mean)."""
    found = interval(value)
    if found is not None:
        return found.start
    key, _ = _date_key_by_pattern(value)
    if key is None:
        return None
    return (key + "-01-01")[:10] if len(key) == 4 else (key + "-01")[:10]


def merge_key(event_type: str, sources: list[str], targets: list[str], key: str | None,
              record_id: str) -> str:
    """Events with the same type, source, target and date merge across articles; undated
    events merge only within their own article."""
    when = key if key is not None else f"undated:{record_id}"
    return f"{event_type}|{'+'.join(sorted(set(sources))) or '-'}|" \
           f"{'+'.join(sorted(set(targets))) or '-'}|{when}"
