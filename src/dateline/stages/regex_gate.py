"""A lookahead gate for regular expressions, for speed only: ``gated`` puts a pattern behind a
lookahead for the characters its matches can start with, worked out from the parsed pattern.

Separate from the times stage (its only user) because it is about regular expressions, not
times: it reads the standard library's own parser (``re._parser``) and knows nothing of dates.
The gated pattern finds the same matches (``tests/test_times_gate.py``,
``bench/pattern_identity.py``).
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

__all__ = ["GATED_MAX", "first_chars", "gated"]


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a lookahead for the characters its matches can start with (worked out
    from the parsed pattern), so that the scan rejects most positions at once: the same
    matches, found faster (the alternations tried at every word boundary were most of the
    stage's time). A pattern whose first characters cannot be listed is returned as it is."""
    found = _GATED.get(pattern)
    if found is None:
        found = _with_gate(pattern)
        if len(_GATED) >= GATED_MAX:
            _GATED.clear()  # users' lexicons make new vague patterns: bounded
        _GATED[pattern] = found
    return found


def _with_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    first = first_chars(re_parser.parse(pattern.pattern, pattern.flags).data)
    if first is None or first[1]:
        return pattern  # nothing to list, or it can match the empty string
    try:
        return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{pattern.pattern})",
                          pattern.flags)
    except re.error:  # e.g. global flags "(?i)" that must open the pattern
        return pattern


_GATED: dict[re.Pattern[str], re.Pattern[str]] = {}
#: The standard library's own regular expression parser (no type stubs: typed as Any).
re_parser: Any = import_module("re._parser")
re_constants: Any = import_module("re._constants")
GATED_MAX = 256
_ZERO_WIDTH = {re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT}
_CATEGORIES = {re_constants.CATEGORY_DIGIT: r"\d", re_constants.CATEGORY_WORD: r"\w",
               re_constants.CATEGORY_SPACE: r"\s"}


def first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters (as class items) a parsed sequence's matches can start with, and whether
    it can match the empty string; None when they cannot be listed (negated sets, any
    character, back references...)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        part = _first_of(op, av)
        if part is None:
            return None
        found |= part[0]
        if not part[1]:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is re_constants.LITERAL:
        return {re.escape(chr(av))}, False
    if op is re_constants.IN:
        return _class_items(av)
    if op is re_constants.SUBPATTERN:
        return None if av[1] or av[2] else first_chars(av[3].data)  # (?i:...) changes flags
    if op is re_constants.BRANCH:
        alternatives = [first_chars(branch.data) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return (set().union(*(a[0] for a in alternatives if a)),
                any(a[1] for a in alternatives if a))
    if op in {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT}:
        inner = first_chars(av[2].data)
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    return None


def _class_items(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    found: set[str] = set()
    for op, av in items:
        if op is re_constants.LITERAL:
            found.add(re.escape(chr(av)))
        elif op is re_constants.RANGE:
            found.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is re_constants.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            return None  # a negated set, another category
    return found, False
