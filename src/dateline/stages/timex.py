"""TIMEX3 normalisation of one time expression, given the document date, the clause's tense
and the time the narrative is at. Pure functions: no spaCy here, so every rule is unit-testable.

Each rule returns a ``Timex`` naming itself (``times.weekday.v1``); the first rule that
understands the expression wins. The rules live beside this module, by what they read:
``timex_calendar`` (dates the text names), ``timex_relative`` (times counted from the narrative or
the document date) and ``timex_durations`` (lengths and sets); the values they share are in
``timex_types`` (re-exported here). This module holds ``normalise``, the order of the rules
(``RULES``) and the rules that read through it (a clock time with its day) or its prepositions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.lexicons import active
from dateline.stages.timex_calendar import (
    CLOCK_WITH_DAY,
    clock_parts,
    decade,
    full_date,
    holiday,
    month_or_year,
    numeric_date,
    season_quarter,
    utc_suffix,
    weekday,
)
from dateline.stages.timex_durations import duration, timex_set
from dateline.stages.timex_relative import (
    ago_later,
    deictic_day,
    next_day,
    relative_unit,
    relative_year,
    run,
    same_period,
    the_unit,
)
from dateline.stages.timex_types import (
    Context,
    Grain,
    Point,
    Rule,
    Tense,
    Timex,
    day_anchor,
    vocab,
)

__all__ = [
    "RULES",
    "Context",
    "Grain",
    "Point",
    "Rule",
    "Tense",
    "Timex",
    "normalise",
    "vocab",
]

PREPOSITIONS = re.compile(
    r"^(?:on|in|at|during|from|for|of|until|till|through|throughout|within|this past|as of)\s+",
    re.I,
)


def normalise(text: str, context: Context) -> Timex | None:
    """The TIMEX3 reading of ``text`` in ``context``, or None if it is not a time expression."""
    cleaned = re.sub(r"\s+", " ", text.strip().rstrip(".,;:")).replace("’", "'")
    lowered = cleaned.lower()
    if any(marker in lowered for marker in vocab()["not_times"]):
        return None
    mod, core = _split_modifier(PREPOSITIONS.sub("", cleaned))
    if mod and re.search(r"(?i)\s(?:before|after)$", core):
        context = replace(context, narrative=None)  # "less than a year after X" is a length
    for rule in RULES:
        result = rule(core, core.lower(), context)
        if result is not None:
            return replace(result, mod=result.mod or mod)
    return None


def _split_modifier(text: str) -> tuple[str | None, str]:
    article = re.match(r"(?i)the\s+(?=(?:early|mid|late|middle)\b)", text)
    if article:
        text = text[article.end():]
    lowered = text.lower()
    v = vocab()
    mods: dict[str, str] = v["modifiers"]
    for phrase in _longest_modifiers_first():
        for joiner in (" ", "-"):
            if lowered.startswith(phrase + joiner) and len(lowered) > len(phrase) + 2:
                rest = PREPOSITIONS.sub("", text[len(phrase) + 1 :].strip())
                if re.match(r"(?i)of\s", rest):
                    rest = rest[3:]
                if phrase in v["quantity_only_modifiers"] and re.match(r"(?i)the\s", rest):
                    return None, rest
                return mods[phrase], rest
    return None, text


def _longest_modifiers_first() -> tuple[str, ...]:
    """The modifier phrases of the active lexicon, longest first, sorted once per lexicon (not
    once per time expression)."""
    found: tuple[str, ...] = active().derived(
        "times.modifiers-longest-first",
        lambda data: tuple(sorted(vocab()["modifiers"], key=len, reverse=True)))
    return found


# --- rules -----------------------------------------------------------------------------------


def _vague(text: str, lowered: str, context: Context) -> Timex | None:
    v = vocab()
    recent = re.match(r"^(?:in )?recent (years|months|weeks|days|decades)$", lowered)
    if recent:  # "in recent years": an unknown stretch up to now
        letter = {"years": "Y", "months": "M", "weeks": "W", "days": "D", "decades": "DE"}
        return Timex("DURATION", f"PX{letter[recent.group(1)]}", None, "times.vague.v3")
    for key, value in (("present", "PRESENT_REF"), ("past", "PAST_REF"), ("future", "FUTURE_REF")):
        forms = {lowered, PREPOSITIONS.sub("", lowered), f"in {lowered}", f"at {lowered}"}
        if forms & set(v[key]):
            return Timex("DATE", value, None, "times.vague.v2")
    return None


def _clock(text: str, lowered: str, context: Context) -> Timex | None:
    match = CLOCK_WITH_DAY.match(lowered)
    if not match:
        return None
    hour, minute = clock_parts(match)
    rest = match.group("rest")
    day: Timex | None = normalise(rest, context) if rest else None
    if rest and (day is None or day.type != "DATE" or not re.match(r"^\d{4}-\d\d-\d\d$",
                                                                       day.value)):
        return None
    base = day.value if day else _day_value(context)
    point = day.point if day else None
    clock = f"T{hour:02d}:{minute:02d}{utc_suffix(lowered)}"
    return Timex("TIME", f"{base or ''}{clock}", None, "times.clock.v3", point)


def _day_value(context: Context) -> str | None:
    day = day_anchor(context)
    return day.isoformat() if day else None


RULES: tuple[Rule, ...] = (
    numeric_date,
    _vague,
    deictic_day,
    next_day,
    _clock,
    full_date,
    holiday,
    month_or_year,
    decade,
    weekday,
    season_quarter,
    relative_unit,
    relative_year,
    the_unit,
    same_period,
    run,
    ago_later,
    timex_set,
    duration,
)
