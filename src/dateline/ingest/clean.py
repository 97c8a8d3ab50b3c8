"""Cleaning: normalise Unicode and whitespace, drop duplicate paragraphs, timestamp lines and
boilerplate (each removal recorded), and find the wire dateline and timestamp dates.

The cleaned text keeps, for every character, its offset in the (NFC-normalised) input, so an
auditor or a scorer can map record offsets back to the source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dateline.dates import (
    ANY_DATE_PLAIN,
    ANY_DATE_RE,
    FULL_DATE_PLAIN,
    NUMERIC_DATE_RE,
    TIME_RE,
    WEEKDAY_PREFIX,
    ZONE_RE,
    PartialDate,
    parse_date_match,
    parse_numeric,
)
from dateline.lexicons import load_boilerplate
from dateline.record import Removed, RemovedKind

TIMESTAMP_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated|First published)\s*(?:on|at)?:?\s*)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?P<date>{FULL_DATE_PLAIN})(?:\s*(?:,|at|-|–|\|)?\s*{TIME_RE}(?:\s*\(?{ZONE_RE}\)?)?)?"
    rf"|{TIME_RE}(?:\s*\(?{ZONE_RE}\)?)?\s*(?:,|on|-|–|\|)?\s*(?P<date_after>{FULL_DATE_PLAIN}))"
    r"\s*\.?$",
    re.IGNORECASE,
)
PLACE = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?"
WIRE_DATELINE = re.compile(
    rf"^(?P<place>{PLACE})"
    rf"(?:,\s+{WEEKDAY_PREFIX}?(?P<date>{ANY_DATE_PLAIN}|{NUMERIC_DATE_RE}))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?:--|-|—|–|:)\s+"
)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
WORD = re.compile(r"\w+")


@dataclass
class Cleaned:
    text: str
    removed: list[Removed] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)
    dateline: PartialDate | None = None
    dateline_span: tuple[int, int] | None = None
    timestamp: PartialDate | None = None


@dataclass
class _Line:
    text: str
    origin: list[int]


def clean(raw: str) -> Cleaned:
    """Clean one article's raw text."""
    normalised = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for line in _split_lines(normalised) if line.text]
    result = Cleaned(text="")
    kept: list[_Line] = []
    seen: list[list[str]] = []
    for line in lines:
        kind = _removal_kind(line.text, seen, result)
        if kind:
            result.removed.append(Removed(kind=kind, text=line.text))
            continue
        seen.append(_words(line.text))
        kept.append(line)
    _join(kept, result)
    _find_dateline(result)
    return result


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    start = 0
    for piece in text.split("\n"):
        out.append(_normalise_line(piece, start))
        start += len(piece) + 1
    return out


def _normalise_line(piece: str, offset: int) -> _Line:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(piece):
        if char in INVISIBLE:
            continue
        if SPACES.fullmatch(char):
            if not chars or chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        origin.append(offset + index)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return _Line("".join(chars), origin)


def _removal_kind(line: str, seen: list[list[str]], result: Cleaned) -> RemovedKind | None:
    match = TIMESTAMP_LINE.match(line)
    if match:
        date_text = match.group("date") or match.group("date_after")
        if result.timestamp is None:
            result.timestamp = _parse_date(date_text)
        return "timestamp-line"
    if _is_boilerplate(line):
        return "boilerplate"
    words = _words(line)
    if len(words) >= 8 and any(_near_duplicate(words, earlier) for earlier in seen):
        return "duplicate-paragraph"
    return None


def _is_boilerplate(line: str) -> bool:
    if len(line) > 200:
        return False
    return any(pattern.search(line) for pattern in load_boilerplate())


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _near_duplicate(words: list[str], other: list[str]) -> bool:
    """Same paragraph up to small edits: 3-word shingle overlap of at least 85%."""
    if words == other:
        return True
    if len(other) < 8 or abs(len(words) - len(other)) > 0.2 * max(len(words), len(other)):
        return False
    mine, theirs = _shingles(words), _shingles(other)
    return len(mine & theirs) / len(mine | theirs) >= 0.85


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _join(lines: list[_Line], result: Cleaned) -> None:
    parts: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        if index:
            parts.append("\n")
            origin.append(line.origin[0] - 1 if line.origin else 0)
        parts.append(line.text)
        origin.extend(line.origin)
    result.text = "".join(parts)
    result.origin = origin


def _find_dateline(result: Cleaned) -> None:
    """A wire dateline opens one of the first paragraphs ("MOSCOW, Jan 26 (NWS) -")."""
    offset = 0
    for number, paragraph in enumerate(result.text.split("\n")):
        if number >= 3:
            return
        match = WIRE_DATELINE.match(paragraph)
        if match and (match.group("date") or match.group("agency") or _is_upper_place(match)):
            result.dateline_span = (offset, offset + match.end())
            if match.group("date"):
                result.dateline = _parse_date(match.group("date"))
            return
        offset += len(paragraph) + 1


def _is_upper_place(match: re.Match[str]) -> bool:
    place = match.group("place").split(",")[0]
    return len(place) >= 3 and place.isupper() and match.group(0).rstrip().endswith(("-", "—", "–"))


def _parse_date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    match = re.fullmatch(ANY_DATE_RE, text.strip(), re.IGNORECASE)
    return parse_date_match(match) if match else parse_numeric(text)
