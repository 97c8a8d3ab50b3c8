"""The values TIMEX3 normalisation works with: ``Point`` (a calendar point at a granularity),
``Timex`` (the reading of one expression), ``Context`` (the document date, the clause's tense and
the time the narrative is at), the ``Rule`` signature, the times vocabulary (``vocab``) and the
day or point a relative expression counts from.

Separate so that the rule modules (``timex_calendar``, ``timex_relative``, ``timex_durations``)
and the normaliser (``timex``) share them without importing each other. Pure: no spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from dateline.lexicons import load_data

__all__ = [
    "Context",
    "Grain",
    "Point",
    "Rule",
    "Tense",
    "Timex",
    "day_anchor",
    "point_anchor",
    "vocab",
]

Tense = Literal["past", "present", "future"]
Grain = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]


@dataclass(frozen=True)
class Point:
    """A calendar point at a granularity: the time a narrative can be at."""

    date: dt.date
    grain: Grain

    def value(self, season: str | None = None) -> str:
        d = self.date
        if self.grain == "day":
            return d.isoformat()
        if self.grain == "week":
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}"
        if self.grain == "month":
            return f"{d.year}-{d.month:02d}"
        if self.grain == "quarter":
            return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == "half":
            return f"{d.year}-H{1 if d.month <= 6 else 2}"
        if self.grain == "season":
            return f"{d.year}-{season or _season_of(d.month)}"
        if self.grain == "decade":
            return str(d.year)[:3]
        if self.grain == "century":
            return str(d.year)[:2]
        return str(d.year)


@dataclass(frozen=True)
class Timex:
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None
    rule: str
    point: Point | None = None  # the calendar point, when the value is one (narrative anchor)
    relational: bool = False  # anchored to the narrative, not the document date


@dataclass(frozen=True)
class Context:
    document_date: dt.date | None
    tense: Tense = "past"
    narrative: Point | None = None
    last_day: Point | None = None  # the latest day the narrative was at ("ended the day")


def vocab() -> dict[str, Any]:
    """The ``times`` section of the active lexicon (the running pipeline's)."""
    data = load_data("times")
    assert isinstance(data, dict)
    return data


def _season_of(month: int) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        month, "FA"
    )


Rule = Callable[[str, str, Context], Timex | None]


def day_anchor(context: Context) -> dt.date | None:
    """The day "that day", "the next day" count from: the narrative's, else the latest day it
    was at, else the document date."""
    if context.narrative and context.narrative.grain == "day":
        return context.narrative.date
    if context.last_day:
        return context.last_day.date
    return context.document_date


def point_anchor(context: Context) -> dt.date | None:
    return context.narrative.date if context.narrative else context.document_date
