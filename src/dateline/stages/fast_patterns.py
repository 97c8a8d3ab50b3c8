"""Case-insensitive patterns scanned as case-sensitive ones over a lower-cased text, for speed
only: ``finditer(pattern, text)`` yields matches at the same places, with the same groups
matched, as ``gated(pattern).finditer(text)``.

Why: the times stage scans each article with two dozen patterns (round 13: 7-9 % of the
stages' time); under ``re.IGNORECASE`` the regex engine cannot skip an alternative of an
alternation by its first letter, so the long ones ("about|around|nearly|...",
"a|an|one|two|...") are entered at nearly every word. The same pattern written in lower case,
without the flag, over the text with its ASCII capitals lowered (``ASCII_LOWER``: one
character for one, so every offset stays), finds the same matches, provided that:

- the pattern's source is ASCII and lower-casing it changes no escape (``\\B``, ``\\D``, ``\\S``,
  ``\\W``, ``\\A``, ``\\Z``) and no group name (``lowered`` checks, else the pattern is scanned
  as it is);
- the text holds none of the characters outside ASCII that ``re.IGNORECASE`` matches to an
  ASCII letter (``FOLDS_TO_ASCII``: the long s, the Kelvin sign, the dotted and dotless i);
  lowering only ASCII capitals leaves every other character, its class (``\\w``, ``\\d``) and
  so ``\\b`` as they were.

The matches' offsets and which groups matched are the same; their text is the lowered one, so
a caller reads offsets (``span``) and whether a group matched, not the matched text.
``tests/test_speed_round13.py`` pins the identity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from dateline.stages.regex_gate import gated, re_constants, re_parser

__all__ = ["ASCII_LOWER", "FOLDS_TO_ASCII", "finditer", "lower_text", "lowered"]

#: ASCII capitals to small letters, nothing else (offsets unchanged).
ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
#: The characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (worked out
#: over every code point in ``tests/test_speed_round13.py``).
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
#: Escapes lower-casing could change: capitals (\\B, \\D, \\S, \\W, \\A, \\Z), character codes
#: (\\x41 is "A"), names and numbers. Only \\b, \\d, \\s, \\w and escaped punctuation pass.
_ODD_ESCAPE = re.compile(r"\\[^bdsw\W]")
_PLAIN_GROUPS = re.compile(r"\(\?(?::|P<|=|!|<=|<!)")
_LETTER = re.compile(r"[A-Za-z]")
_LOWERED: dict[re.Pattern[str], re.Pattern[str] | None] = {}
LOWERED_MAX = 256
#: Back references, and atomic groups (not walked): a pattern with one is scanned as it is.
_GROUPREFS = {re_constants.GROUPREF, re_constants.GROUPREF_EXISTS,
              getattr(re_constants, "GROUPREF_IGNORE", re_constants.GROUPREF),
              getattr(re_constants, "ATOMIC_GROUP", re_constants.GROUPREF)}
_NESTED = {re_constants.SUBPATTERN, re_constants.MAX_REPEAT, re_constants.MIN_REPEAT,
           re_constants.ASSERT, re_constants.ASSERT_NOT,
           getattr(re_constants, "POSSESSIVE_REPEAT", re_constants.MAX_REPEAT)}


def lower_text(text: str) -> str | None:
    """The text with its ASCII capitals lowered, or None when a character in it would fold to
    an ASCII letter under ``re.IGNORECASE`` (the lowered scan could then miss a match)."""
    if text.isascii():
        return text.lower()
    if not FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return text.translate(ASCII_LOWER)


def finditer(pattern: re.Pattern[str], text: str,
             lowered_text: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``gated(pattern).finditer(text)`` (offsets and groups matched), found
    over ``lowered_text`` (``lower_text(text)``, made once per text by the caller) when the
    pattern can be read in lower case."""
    plain = lowered(pattern) if lowered_text is not None else None
    if plain is None or lowered_text is None:
        return gated(pattern).finditer(text)
    return gated(plain).finditer(lowered_text)


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-insensitive pattern as a case-sensitive one in lower case, or None."""
    if pattern in _LOWERED:
        return _LOWERED[pattern]
    found = _lowered(pattern)
    if len(_LOWERED) >= LOWERED_MAX:
        _LOWERED.clear()  # users' lexicons make new vague patterns: bounded
    _LOWERED[pattern] = found
    return found


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    source = pattern.pattern
    if not (pattern.flags & re.IGNORECASE) or not source.isascii() \
            or _ODD_ESCAPE.search(source) or "(?" in _PLAIN_GROUPS.sub("", source) \
            or not _same_in_lower_case(re_parser.parse(source, pattern.flags).data):
        return None  # inline flags, escapes or ranges lower-casing would change: as it is
    try:
        plain = re.compile(source.lower().replace("(?p<", "(?P<"),  # a group's "P" stays
                           pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None
    return plain if dict(plain.groupindex) == dict(pattern.groupindex) else None


def _same_in_lower_case(items: list[tuple[Any, Any]]) -> bool:
    """No back reference, and every range of a class within the capitals, within the small
    letters or free of letters (lower-cased, "0-Z" would become "0-z" and take in "[\\]^_`")."""
    for op, av in items:
        if op == re_constants.RANGE:
            low, high = chr(av[0]), chr(av[1])
            if not ("A" <= low <= high <= "Z" or "a" <= low <= high <= "z"
                    or not _LETTER.search("".join(map(chr, range(av[0], av[1] + 1))))):
                return False
        elif op in _GROUPREFS:
            return False
        elif op == re_constants.IN:
            if not _same_in_lower_case(av):
                return False
        elif op == re_constants.BRANCH:
            if not all(_same_in_lower_case(b.data) for b in av[1]):
                return False
        elif op in _NESTED and not _same_in_lower_case(av[-1].data):
            return False
    return True
