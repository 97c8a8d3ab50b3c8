"""Query parameters shared by the pages: the CLI's event filters and paging, validated into
the library's own filter objects (a bad value is a 422 naming it and its valid values)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Annotated, get_args

from fastapi import Depends, Query

from dateline.errors import UsageError
from dateline.geo import HALF_CIRCUMFERENCE_KM
from dateline.record import Modality
from dateline.store.browse import EventQuery
from dateline.store.filters import (
    CUE_CLASSES,
    PRECISIONS,
    EventFilter,
    country_codes,
    near_point,
    period_bounds,
)
from dateline.web.errors import VALID, ApiError


class EventType(StrEnum):
    """PLOVER event types (``filters.PLOVER_TYPES``)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


DATE_FORMS = ["YYYY", "YYYY-MM", "YYYY-MM-DD"]
VALID.update({"type": [t.value for t in EventType], "modality": list(get_args(Modality)),
              "since": DATE_FORMS, "until": DATE_FORMS, "merged": ["true", "false"],
              "precision": list(PRECISIONS), "within": ["true", "false"],
              "as_of": DATE_FORMS})

Text = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")]
MAX_PAGE = 100_000


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is a real YYYY, YYYY-MM or YYYY-MM-DD date (the store's own check),
    else a 422 naming ``name``."""
    if not value:
        return None
    try:
        period_bounds(value, name)
    except UsageError as exc:
        raise ApiError(422, str(exc), param=name, valid=DATE_FORMS) from None
    return value


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def pages(self, total: int) -> int:
        return max(1, -(-total // self.per_page))


def paging(page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
           per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> Paging:
    return Paging(page, per_page)


def _choice(values: list[str]) -> str:
    """A pattern accepting one of ``values`` or the empty string (an unset form field)."""
    return "^(" + "|".join(["", *values]) + ")$"


TypeParam = Annotated[str | None, Query(pattern=_choice(VALID["type"]),
                                        description="A PLOVER event type")]
ModalityParam = Annotated[str | None, Query(pattern=_choice(VALID["modality"]),
                                            description="asserted, negated, hypothetical, "
                                                        "future or reported")]


PrecisionParam = Annotated[str | None, Query(
    pattern=_choice(VALID["precision"]),
    description="Keep dates at least this precise (month keeps day, week and month dates)")]
_CLASS = "(" + "|".join([*CUE_CLASSES, "all"]) + ")"
VALID["class"] = [*CUE_CLASSES, "all"]
ClassParam = Annotated[str | None, Query(
    alias="class", max_length=100, pattern=f"^({_CLASS}(,{_CLASS})*)?$",
    description="Cue classes of the quotes, comma-separated (speech,thought,...) or all; "
                "speech and document when unset")]
WithinParam = Annotated[bool, Query(description="Dates inside since..until, not overlapping")]
NearParam = Annotated[str | None, Query(max_length=200, description=(
    "Events located within km of a place (Kharkiv; Springfield, Illinois) or of LAT,LON"))]
KmParam = Annotated[str | None, Query(max_length=20, description=(
    f"The radius of near in km, above 0 and at most {HALF_CIRCUMFERENCE_KM:,.0f} (default 50)"))]
CountryParam = Annotated[str | None, Query(max_length=200, description=(
    "Events located in these ISO-3 countries (UKR or UKR,MDA)"))]
MinConfidenceParam = Annotated[str | None, Query(max_length=20, description=(
    "Events whose confidence (the estimated chance a coder accepts all their fields) is at "
    "least this, from 0 to 1"))]


def _form_number(value: str | None) -> float | None:
    """A form field's number: None when empty, NaN when it is no number."""
    if not value or not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        return math.nan


def check_km(km: str | None) -> float | None:
    """The radius as a number (an empty form field is no radius), else a 422 naming ``km``."""
    value = _form_number(km)
    if value is None:
        return None
    if not math.isfinite(value) or not 0 < value <= HALF_CIRCUMFERENCE_KM:
        raise ApiError(422, f"km must be a distance above 0 and at most "
                            f"{HALF_CIRCUMFERENCE_KM:,.0f}, got {km!r}", param="km")
    return value


def check_min_confidence(value: str | None) -> float | None:
    """The threshold as a number (an empty form field is none), else a 422 naming it."""
    number = _form_number(value)
    if number is None:
        return None
    if not 0 <= number <= 1:  # NaN fails too
        raise ApiError(422, f"min_confidence must be a number from 0 to 1, got {value!r}",
                       param="min_confidence")
    return number


def check_place(near: str | None, km: float | None, country: str | None) -> None:
    """A 422 naming ``near`` (an unknown or ambiguous place, with its candidates) or
    ``country`` (a code that is not ISO-3) when the library refuses them."""
    try:
        near_point(near or None, km if near else None)
    except UsageError as exc:
        raise ApiError(422, str(exc), param="near") from None
    try:
        country_codes(country or None)
    except UsageError as exc:
        raise ApiError(422, str(exc), param="country") from None


def event_filter(type: TypeParam = None, actor: Text = None, since: DateParam = None,
                 until: DateParam = None, modality: ModalityParam = None,
                 precision: PrecisionParam = None, within: WithinParam = False,
                 near: NearParam = None, km: KmParam = None,
                 country: CountryParam = None,
                 min_confidence: MinConfidenceParam = None) -> EventFilter:
    """The filters of ``dateline events``: dates select items whose interval overlaps
    since..until (inside it with ``within``); near/km and country select by where events
    happened; min_confidence by the events' confidence; an empty value is no filter."""
    first, last = check_date("since", since), check_date("until", until)
    radius = check_km(km)
    check_place(near, radius, country)
    if first and last and period_bounds(first)[0] > period_bounds(last)[1]:
        raise ApiError(422, f"since ({first}) is after until ({last})", param="since",
                       valid=DATE_FORMS)
    return EventFilter(actor=actor or None, type=type or None, since=first, until=last,
                       modality=modality or None, precision=precision or None, within=within,
                       near=near or None, km=radius if near else None, country=country or None,
                       min_confidence=check_min_confidence(min_confidence))


def event_query(spec: Annotated[EventFilter, Depends(event_filter)],
                pages: Annotated[Paging, Depends(paging)],
                source: Text = None, target: Text = None) -> EventQuery:
    directed = replace(spec, source=source or None, target=target or None)
    return EventQuery(spec=directed, limit=pages.per_page, offset=pages.offset)


Filters = Annotated[EventFilter, Depends(event_filter)]
Pages = Annotated[Paging, Depends(paging)]
Query_ = Annotated[EventQuery, Depends(event_query)]
