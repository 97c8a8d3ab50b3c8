"""Cleaning: normalise Unicode and whitespace, drop duplicate paragraphs, timestamp lines and
boilerplate (each removal recorded), and find the wire dateline and timestamp dates.

The cleaned text keeps, for every character, its offset in the (NFC-normalised) input, so an
auditor or a scorer can map record offsets back to the source.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from dateline.dates import (
    ANY_DATE_PLAIN,
    ANY_DATE_RE,
    FULL_DATE_PLAIN,
    MONTH_RE,
    NUMERIC_DATE_RE,
    TIME_RE,
    WEEKDAY_PREFIX,
    ZONE_RE,
    PartialDate,
    parse_date_match,
    parse_numeric,
)
from dateline.errors import NotProse
from dateline.lexicons import load_boilerplate, load_data
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
#: A wire dateline with its place in mixed case ("Kabul, March 3 (Reuters) -"), read only with a
#: date or an agency after the place: "Title Words, <date> -" with neither is too often an opening
#: clause (ingest.dateline-mixed-case.v1).
MIXED_PLACE = (r"[A-Z][a-z'’.\-]+(?:[ \-][A-Z][a-z'’.\-]+){0,3}"
               r"(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?")
MIXED_CASE_DATELINE = re.compile(
    rf"^(?P<place>{MIXED_PLACE})"
    rf"(?:,\s+{WEEKDAY_PREFIX}?(?P<date>{ANY_DATE_PLAIN}|{NUMERIC_DATE_RE}))?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?:--|-|—|–)\s+"
)
#: A dateline of a date alone, with its year, before a dash ("JANUARY 1, 2010 -- ...",
#: "(AUG 28, 2016) --", "Tuesday, August 6, 2017 (Agency) --", a line "Dec 2, 1998 -"): the
#: story's own date, as a wire dateline's (ingest.dateline-date-only.v1).
DATE_ONLY_DATELINE = re.compile(
    rf"^(?P<open>\()?{WEEKDAY_PREFIX}?(?P<date>{FULL_DATE_PLAIN})(?(open)\))"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?:--|-|—|–)(?:\s+|$)",
    re.IGNORECASE,
)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
#: What ``_normalise_line`` changes: an invisible character, a space other than " ", two spaces
#: in a row, a leading or trailing space. A line without any is kept as it is.
NEEDS_NORMALISING = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b\u200c\u200d"
                               r"\u2060\ufeff\u00ad]|  |^ | $")
#: Bidirectional controls (RLM/LRM, embeddings, isolates) and C0/C1 control characters: they
#: split words for the tokenizer ("the\u200fminister") and a NUL cannot be stored in PostgreSQL.
#: Removed, and recorded in ``removed`` as ``control-chars``.
CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f"
                     r"\u202a-\u202e\u2066-\u2069]")
WORD = re.compile(r"\w+")
#: A run of more than this many punctuation or symbol characters is cut to this many (spaCy's
#: tokenizer takes time quadratic in such a run: 16,000 commas took 32 s). Recorded as
#: ``symbol-run``.
MAX_SYMBOL_RUN = 8
#: A word (characters between spaces) longer than this is broken with a space every this many
#: characters, for the same reason ("1:1" * 30000). Recorded as ``symbol-run``.
MAX_WORD = 200
SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN + 1},}}")
LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


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
    result = Cleaned(text="")
    normalised = _without_controls(normalised, result)
    lines = [_bounded_runs(line, result) for line in _split_lines(normalised) if line.text]
    kept: list[_Line] = []
    seen = _SeenParagraphs()
    for line in lines:
        kind = _removal_kind(line.text, seen, result)
        if kind:
            result.removed.append(Removed(kind=kind, text=line.text))
            continue
        seen.add(_words(line.text))
        kept.append(line)
    _join(kept, result)
    check_prose(result.text)
    _find_dateline(result)
    return result


#: Prose checks apply to texts with at least this many non-space characters (a headline of
#: figures is not refused).
PROSE_MIN_CHARS = 100
#: Below this share of letters among non-space characters a text is not prose (news articles
#: measured: 0.69 and up).
PROSE_MIN_LETTERS = 0.4
#: Above this share of Latin-1 supplement characters (U+0080-U+00FF) and replacement characters
#: among the letters, a text is mojibake (news in French or German: about 0.01-0.04).
MOJIBAKE_SHARE = 0.3


def check_prose(text: str) -> None:
    """Raise NotProse for text that is mostly non-letters or mojibake (thresholds above)."""
    visible = len("".join(text.split()))  # counted by C loops, not a Python step per character
    if visible < PROSE_MIN_CHARS:  # (a space is no letter and no odd character)
        return
    letters = len(text.encode("ascii", "ignore").translate(None, NOT_ASCII_LETTERS)) + sum(
        map(str.isalpha, NOT_ASCII.findall(text)))  # ASCII letters, then the others
    if letters < PROSE_MIN_LETTERS * visible:
        raise NotProse(f"only {letters / visible:.0%} of the characters are letters "
                       f"(at least {PROSE_MIN_LETTERS:.0%} expected): this is not prose")
    odd = len(ODD_CHARACTER.findall(text))
    if odd > MOJIBAKE_SHARE * max(1, letters):
        raise NotProse("the text looks like mojibake (bytes decoded in the wrong encoding): "
                       "give it as UTF-8")


#: The ASCII bytes that are not letters, and a character that is not ASCII (``check_prose``).
NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
NOT_ASCII = re.compile(r"[^\x00-\x7f]")
#: A Latin-1 supplement character (U+0080-U+00FF) that is not a space, or the replacement
#: character: what ``check_prose`` counts as a sign of mojibake.
ODD_CHARACTER = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x80, 0x100)
                                         if not chr(c).isspace()) + "\ufffd]")


def _without_controls(text: str, result: Cleaned) -> str:
    found = Counter(CONTROL.findall(text))
    if not found:
        return text
    listed = ", ".join(f"U+{ord(char):04X} x{count}" for char, count in sorted(found.items()))
    result.removed.append(Removed(kind="control-chars", text=listed))
    return CONTROL.sub("", text)


def _bounded_runs(line: _Line, result: Cleaned) -> _Line:
    """The line with symbol runs cut and overlong words broken (see MAX_SYMBOL_RUN, MAX_WORD)."""
    if not SYMBOL_RUN.search(line.text) and not LONG_WORD.search(line.text):
        return line
    chars: list[str] = []
    origin: list[int] = []
    run = word = 0
    for char, where in zip(line.text, line.origin, strict=True):
        symbol = not (char.isalnum() or char == "_" or char.isspace())
        run = run + 1 if symbol else 0
        word = 0 if char.isspace() else word + 1
        if run > MAX_SYMBOL_RUN:
            continue
        if word > MAX_WORD:
            chars.append(" ")
            origin.append(where)
            word = 1
        chars.append(char)
        origin.append(where)
    shown = line.text if len(line.text) <= 200 else line.text[:200] + "…"
    result.removed.append(Removed(kind="symbol-run", text=shown))
    return _Line("".join(chars), origin)


class _SeenParagraphs:
    """Paragraphs kept so far, indexed by their 3-word shingles so that finding a near
    duplicate looks only at paragraphs sharing a shingle (linear in the article, not square)."""

    def __init__(self) -> None:
        self.exact: set[tuple[str, ...]] = set()
        self.shingles: list[set[tuple[str, ...]]] = []
        self.lengths: list[int] = []
        self.by_shingle: dict[tuple[str, ...], list[int]] = {}

    def add(self, words: list[str]) -> None:
        self.exact.add(tuple(words))
        index = len(self.shingles)
        mine = _shingles(words)
        self.shingles.append(mine)
        self.lengths.append(len(words))
        for shingle in mine:
            self.by_shingle.setdefault(shingle, []).append(index)

    def has_near_duplicate(self, words: list[str]) -> bool:
        """Same paragraph up to small edits: 3-word shingle overlap of at least 85%."""
        if tuple(words) in self.exact:
            return True
        mine = _shingles(words)
        shared = Counter(i for s in mine for i in self.by_shingle.get(s, ()))
        for index, overlap in shared.items():
            length, theirs = self.lengths[index], self.shingles[index]
            if length < 8 or abs(len(words) - length) > 0.2 * max(len(words), length):
                continue
            if overlap / len(mine | theirs) >= 0.85:
                return True
        return False


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    start = 0
    for piece in text.split("\n"):
        out.append(_normalise_line(piece, start))
        start += len(piece) + 1
    return out


def _normalise_line(piece: str, offset: int) -> _Line:
    if not NEEDS_NORMALISING.search(piece):  # most lines: no Python step per character
        return _Line(piece, list(range(offset, offset + len(piece))))
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


def _removal_kind(line: str, seen: _SeenParagraphs, result: Cleaned) -> RemovedKind | None:
    match = TIMESTAMP_LINE.match(line)
    if match:
        date_text = match.group("date") or match.group("date_after")
        if result.timestamp is None:
            result.timestamp = _parse_date(date_text)
        return "timestamp-line"
    if _is_boilerplate(line):
        return "boilerplate"
    words = _words(line)
    if len(words) >= 8 and seen.has_near_duplicate(words):
        return "duplicate-paragraph"
    return None


def _is_boilerplate(line: str) -> bool:
    if len(line) > 200:
        return False
    return any(pattern.search(line) for pattern in load_boilerplate())


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 3:
        return {tuple(words)}  # a short paragraph is its own shingle
    return set(zip(words, words[1:], words[2:], strict=False))  # the 3-word windows


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
        if not (match and (match.group("date") or match.group("agency")
                           or _is_upper_place(match))):
            match = _mixed_case_dateline(paragraph) or DATE_ONLY_DATELINE.match(paragraph)
        if match:
            result.dateline_span = (offset, offset + match.end())
            if match.group("date"):
                result.dateline = _parse_date(match.group("date"))
            return
        offset += len(paragraph) + 1


def _mixed_case_dateline(paragraph: str) -> re.Match[str] | None:
    """"Kabul, March 3 (Reuters) -": a mixed-case place followed by a date or an agency, whose
    words are no time words nor sentence openers (``times.dateline_not_places``)."""
    match = MIXED_CASE_DATELINE.match(paragraph)
    if match is None or not (match.group("date") or match.group("agency")):
        return None
    excluded = {w.lower() for w in load_data("times").get("dateline_not_places", ())}
    place_words = re.findall(r"[A-Za-z'’.]+", match.group("place"))
    if any(w.lower().strip(".") in excluded or re.fullmatch(MONTH_RE, w) for w in place_words):
        return None
    return match


def _is_upper_place(match: re.Match[str]) -> bool:
    place = match.group("place").split(",")[0]
    return len(place) >= 3 and place.isupper() and match.group(0).rstrip().endswith(("-", "—", "–"))


def _parse_date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    match = re.fullmatch(ANY_DATE_RE, text.strip(), re.IGNORECASE)
    return parse_date_match(match) if match else parse_numeric(text)
