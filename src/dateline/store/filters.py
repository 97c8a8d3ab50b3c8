"""Query filters, checked strictly: a value that cannot mean anything is a usage error (exit 2)
that names the valid values, never an empty answer.

Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ASCII digits and must exist on the calendar
(``2024-02-30`` and ``2020-13-01`` are refused). ``since``/``until`` select items whose date
interval *overlaps* the period from the first day of ``since`` to the last day of ``until``;
``within=True`` asks for intervals inside it. ``precision`` keeps dates at least that precise
(``month`` keeps day, week and month dates).

``near`` keeps events located within ``km`` (default 50) of a place the gazetteer resolves
(``"Kharkiv"``, ``"Springfield, Illinois"``) or of ``LAT,LON``; an unknown or ambiguous name is a
usage error that lists the candidates. ``country`` keeps events located in one of the ISO-3
countries given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.errors import UsageError
from dateline.geo import EARTH_RADIUS_KM, HALF_CIRCUMFERENCE_KM

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "negated", "hypothetical", "future", "reported")
#: From the most precise to the least.
PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century")
PERIODS = ("day", "week", "month", "quarter", "year")
#: Quote cue classes (record ``cue_class``); a quote listing shows speech and documents unless
#: asked for others ("all" for every class).
CUE_CLASSES = ("speech", "thought", "intention", "document", "perception")
DEFAULT_QUOTE_CLASSES = ("speech", "document")

#: Bounds on what a user can ask for (beyond them a query is refused, not run for minutes).
MAX_LIMIT = 1_000_000
MAX_TEXT = 200
MAX_SEARCH_TERMS = 32
MAX_TERM_CHARS = 64

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)
_CAMEO = re.compile(r"\d{2,4}", re.ASCII)
_WORD = re.compile(r"\w+", re.UNICODE)
_ISO3 = re.compile(r"[A-Za-z]{3}", re.ASCII)
_POINT = re.compile(r"\s*([-+]?\d{1,3}(?:\.\d+)?)\s*,\s*([-+]?\d{1,3}(?:\.\d+)?)\s*", re.ASCII)
#: The radius of ``near`` when no ``km`` is given.
DEFAULT_KM = 50.0


def period_bounds(value: str, name: str = "date") -> tuple[str, str]:
    """First and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a usage error otherwise."""
    match = _DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise UsageError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits), "
                         f"got {value!r}")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day is not None:
            first = last = dt.date(year, int(month or 0), int(day))
        elif month is not None:
            first = dt.date(year, int(month), 1)
            last = first.replace(day=calendar.monthrange(year, int(month))[1])
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError as exc:
        raise UsageError(f"{name} {value!r} is not a date on the calendar ({exc})") from exc
    return first.isoformat(), last.isoformat()


def choices(value: str | list[str] | tuple[str, ...] | None, valid: tuple[str, ...],
            name: str, *, upper: bool) -> tuple[str, ...]:
    """Comma-separated or listed values, each checked against ``valid``."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    out = []
    for item in items:
        norm = item.strip().upper() if upper else item.strip().lower()
        if norm not in valid:
            raise UsageError(f"unknown {name} {item!r}; choose from {', '.join(valid)}")
        out.append(norm)
    return tuple(dict.fromkeys(out))


def quote_classes(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """The cue classes a quote listing keeps: speech and documents when ``value`` is None or
    empty, every class for ``"all"``, else the comma-separated or listed classes."""
    if value is None or value == "" or value == [] or value == ():
        return DEFAULT_QUOTE_CLASSES
    chosen = choices(value, (*CUE_CLASSES, "all"), "quote class", upper=False)
    return CUE_CLASSES if "all" in chosen else chosen


def bounded_int(value: int | None, name: str, low: int, high: int = MAX_LIMIT) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise UsageError(f"{name} must be a whole number from {low} to {high:,}, got {value!r}")
    return value


def share(value: float | None, name: str) -> float | None:
    """A number from 0 to 1 (an event's confidence), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise UsageError(f"{name} must be a number from 0 to 1, got {value!r}")
    return float(value)


def bounded_text(value: str | None, name: str) -> str | None:
    if value is not None and len(value) > MAX_TEXT:
        raise UsageError(f"{name} is {len(value):,} characters long; the limit is {MAX_TEXT}")
    return value


def finer_or_equal(precision: str | None) -> tuple[str, ...]:
    """The precisions at least as fine as ``precision``."""
    if precision is None:
        return ()
    (chosen,) = choices(precision, PRECISIONS, "precision", upper=False)
    return PRECISIONS[:PRECISIONS.index(chosen) + 1]


def search_terms(words: str) -> list[str]:
    """The distinct words of a search, bounded in number and length."""
    terms = list(dict.fromkeys(t.casefold() for t in _WORD.findall(words)))
    if len(terms) > MAX_SEARCH_TERMS:
        raise UsageError(f"the search has {len(terms)} different words; the limit is "
                         f"{MAX_SEARCH_TERMS}")
    long = next((t for t in terms if len(t) > MAX_TERM_CHARS), None)
    if long is not None:
        raise UsageError(f"a search word is {len(long)} characters long; the limit is "
                         f"{MAX_TERM_CHARS}")
    return terms


@dataclass(frozen=True)
class DateFilter:
    """since/until/precision/within, shared by events and quotes."""

    since: str | None = None
    until: str | None = None
    precision: str | None = None
    within: bool = False

    def window(self) -> tuple[str | None, str | None]:
        first = period_bounds(self.since, "since")[0] if self.since else None
        last = period_bounds(self.until, "until")[1] if self.until else None
        if first and last and first > last:
            raise UsageError(f"since ({self.since}) is after until ({self.until})")
        return first, last


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``dateline events``: every field is optional and they combine with AND.

    ``actor`` matches either side, ``source``/``target`` one side; ``type``, ``modality`` and
    ``mode`` take one value or several (a list, or comma-separated; a mode must be one the
    store holds); ``cameo`` a code or a prefix (``11`` is every 11x code)."""

    actor: str | None = None
    type: str | list[str] | tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    modality: str | list[str] | tuple[str, ...] | None = None
    mode: str | list[str] | tuple[str, ...] | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    precision: str | None = None
    within: bool = False
    limit: int | None = None
    offset: int | None = None
    near: str | None = None
    km: float | None = None
    country: str | list[str] | tuple[str, ...] | None = None
    min_confidence: float | None = None

    def checked(self) -> CheckedEvents:
        """The filter with every value validated and normalised."""
        cameo = self.cameo.strip() if self.cameo else None
        if cameo is not None and not _CAMEO.fullmatch(cameo):
            raise UsageError(f"cameo must be 2 to 4 ASCII digits (a code or a prefix such as "
                             f"11), got {self.cameo!r}")
        dates = DateFilter(self.since, self.until, self.precision, self.within)
        first, last = dates.window()
        return CheckedEvents(
            actor=bounded_text(self.actor, "actor"), source=bounded_text(self.source, "source"),
            target=bounded_text(self.target, "target"),
            types=choices(self.type, PLOVER_TYPES, "event type", upper=True),
            modalities=choices(self.modality, MODALITIES, "modality", upper=False),
            modes=_listed(self.mode),
            cameo=cameo, first=first, last=last, within=self.within,
            precisions=finer_or_equal(self.precision),
            limit=bounded_int(self.limit, "limit", 1),
            offset=bounded_int(self.offset, "offset", 0),
            near=near_point(bounded_text(self.near, "near"), self.km),
            countries=country_codes(self.country),
            min_confidence=share(self.min_confidence, "min_confidence"),
        )


@dataclass(frozen=True)
class CheckedEvents:
    actor: str | None
    source: str | None
    target: str | None
    types: tuple[str, ...]
    modalities: tuple[str, ...]
    modes: tuple[str, ...]
    cameo: str | None
    first: str | None
    last: str | None
    within: bool
    precisions: tuple[str, ...]
    limit: int | None
    offset: int | None
    near: Near | None = None
    countries: tuple[str, ...] = ()
    min_confidence: float | None = None


@dataclass(frozen=True)
class Near:
    """A circle on the globe: events located within ``km`` of (``lat``, ``lon``)."""

    name: str
    lat: float
    lon: float
    km: float

    @property
    def degrees(self) -> float:
        """The radius as an angle at the earth's centre, in degrees (a latitude band)."""
        return math.degrees(self.km / EARTH_RADIUS_KM)


def near_point(near: str | None, km: float | int | None) -> Near | None:
    """The circle ``near``/``km`` describe: ``LAT,LON`` as given, else the gazetteer's place."""
    radius = _radius(km)
    if near is None or not near.strip():
        if km is not None:
            raise UsageError("km is the radius of near: give near as well (a place or LAT,LON)")
        return None
    point = _POINT.fullmatch(near)
    if point is not None:
        lat, lon = float(point[1]), float(point[2])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UsageError(f"near {near!r}: latitude must be within -90..90 and longitude "
                             "within -180..180")
        return Near(f"{lat},{lon}", lat, lon, radius)
    from dateline.gazetteer import locate

    entry = locate(near)
    assert entry.lat is not None and entry.lon is not None  # locate() refuses places without
    return Near(entry.name, entry.lat, entry.lon, radius)


def _radius(km: float | int | None) -> float:
    if km is None:
        return DEFAULT_KM
    if isinstance(km, bool) or not isinstance(km, int | float) or not math.isfinite(km) or \
            not 0 < km <= HALF_CIRCUMFERENCE_KM:
        raise UsageError(f"km must be a distance above 0 and at most "
                         f"{HALF_CIRCUMFERENCE_KM:,.0f}, got {km!r}")
    return float(km)


def country_codes(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """ISO-3 country codes (one, a list, or comma-separated), each one that exists."""
    codes = [code.upper() for code in _listed(value)]
    wrong = [code for code in codes if not _ISO3.fullmatch(code)]
    if wrong:
        raise UsageError(f"country must be an ISO-3 code such as UKR or PSE, got {wrong[0]!r}")
    unknown = [code for code in codes if code not in known_countries()]
    if unknown:
        raise UsageError(f"unknown country code {', '.join(unknown)}: give an ISO 3166 "
                         "alpha-3 code such as UKR, RUS or PSE")
    return tuple(codes)


@cache
def known_countries() -> frozenset[str]:
    """ISO 3166 alpha-3 codes (pycountry) and the codes of ``lexicon/countries.yaml`` (XKX)."""
    import pycountry

    from dateline.lexicons import load_data

    codes = {str(c.alpha_3) for c in pycountry.countries}
    codes |= {str(code) for code in load_data("countries") if len(str(code)) == 3}
    return frozenset(codes)


def _listed(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(item.strip() for item in items if item.strip()))


def check_modes(modes: tuple[str, ...], known: list[str]) -> None:
    """PLOVER modes are open-ended in the lexicon: a mode must be one the store holds."""
    unknown = [m for m in modes if m not in known]
    if unknown:
        raise UsageError(f"unknown mode {', '.join(unknown)}; modes in this store: "
                         f"{', '.join(known) or 'none'}")


def event_filter(filters: dict[str, Any]) -> EventFilter:
    """An EventFilter from keyword filters; an unknown keyword is a usage error."""
    known = set(EventFilter.__dataclass_fields__)
    unknown = sorted(set(filters) - known)
    if unknown:
        raise UsageError(f"unknown event filter {', '.join(unknown)}; choose from "
                         f"{', '.join(sorted(known))}")
    return EventFilter(**filters)
