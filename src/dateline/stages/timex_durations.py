"""TIMEX3 rules for lengths and repetitions: durations ("three days", "for weeks", "the past
six months": ``times.duration.v2``) and sets ("every Monday", "twice a year", "daily":
``times.set.v2``), with the reading of amounts and units they share with the relative rules
("two weeks later").

Separate from the calendar and relative rules: these give a length or a frequency, never a
point on the calendar. Pure: no spaCy.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.dates import WEEKDAYS
from dateline.stages.timex_types import Context, Timex, vocab

__all__ = ["duration", "duration_value", "split_quantity", "time_unit", "timex_set"]


def _number(word: str) -> float | None:
    numbers: dict[str, float] = vocab()["numbers"]
    if word in numbers:
        return numbers[word]
    cleaned = word.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def time_unit(word: str) -> tuple[str, dict[str, Any]] | None:
    units: dict[str, dict[str, Any]] = vocab()["units"]
    singular = word[:-1] if word.endswith("s") and word[:-1] in units else word
    if singular == "centurie":
        singular = "century"
    return (singular, units[singular]) if singular in units else None


def duration_value(amount: float | None, unit_word: str) -> str | None:
    unit = time_unit(unit_word)
    if unit is None:
        return None
    _, info = unit
    factor = info.get("factor", 1)
    letter = info["letter"]
    if letter == "WE":
        return f"P{_fmt(amount)}WE" if amount else "PXWE"
    count = "X" if amount is None else _fmt(amount * factor)
    prefix = "PT" if info.get("time") else "P"
    return f"{prefix}{count}{letter}"


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


QUANTITY = re.compile(r"^(?:for\s+|the\s+)?(?P<n>.+?)[\s-]+(?P<u>[a-z]+?)(?:-long|-old)?$")


def split_quantity(lowered: str) -> tuple[float | None, str, bool] | None:
    """(amount or None for vague, unit word, vague?) for "three days", "several weeks"."""
    lowered = re.sub(r"^the\s+", "", lowered)
    match = QUANTITY.match(lowered)
    if match and time_unit(match.group("u")):
        amount_text = _drop_unit_adjectives(match.group("n").strip())
        if amount_text in vocab()["vague_numbers"]:
            return None, match.group("u"), True
        amount = _number(amount_text)
        if amount is not None:
            return amount, match.group("u"), False
    if time_unit(lowered) and lowered.endswith("s"):
        return None, lowered, True  # "for weeks", "months"
    return None


def _drop_unit_adjectives(amount: str) -> str:
    """ "six straight" -> "six", "five trading" -> "five"."""
    words = re.split(r"[\s-]+", amount)
    while len(words) > 1 and words[-1] in vocab()["unit_adjectives"]:
        words.pop()
    return " ".join(words)


def timex_set(text: str, lowered: str, context: Context) -> Timex | None:
    simple: dict[str, str | None] = vocab()["sets"]
    if simple.get(lowered):
        return Timex("SET", simple[lowered] or "", None, "times.set.v2")
    match = re.match(r"^(?:every|each)\s+(monday|tuesday|wednesday|thursday|friday|saturday|"
                     r"sunday)$", lowered)
    if match:
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS[match.group(1)] + 1}", None, "times.set.v2")
    match = re.match(r"^every\s+(?P<n>\w+)\s+(?P<u>[a-z]+)$", lowered)
    if match and _number(match.group("n")):
        value = duration_value(_number(match.group("n")), match.group("u"))
        return Timex("SET", value, None, "times.set.v2") if value else None
    return None


def duration(text: str, lowered: str, context: Context) -> Timex | None:
    stripped = re.sub(r"^(?:the\s+)?(?:past|last|next|coming|first|previous|final)\s+", "",
                      lowered)
    stripped = re.sub(r"^(?:for|over|within)\s+", "", stripped)
    stripped = re.sub(r"^(?:just|only)\s+", "", stripped)
    quantity = split_quantity(stripped)
    if quantity is None:
        return None
    amount, unit_word, _ = quantity
    value = duration_value(amount, unit_word)
    return Timex("DURATION", value, None, "times.duration.v2") if value else None
