"""The times stage's gated patterns (``regex_gate.gated``, speed only) find what the patterns
find."""

from __future__ import annotations

import re
from re import _parser as re_parser

import pytest

from dateline.lexicons import LexiconData, using
from dateline.stages import regex_gate
from dateline.stages.time_patterns import patterns

TEXTS = [
    "Three days later, on Monday, the Minister met envoys in Geneva at 10:30 GMT.",
    "THE NEXT DAY they left; two years ago; ABOUT FIVE WEEKS LATER; for weeks.",
    "In 2021 and since '98; the 1990s; Q3 2024; the first half of this year; 15 a year.",
    "Some \u212aelvin: \u0661\u0662 days later; Roughly ſix months ago; ﬁve (ligature) days.",
    "(END) -- 3-4 weeks; the same week a year ago; later that day; the weekend before.",
]


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_gated_patterns_find_the_same_matches() -> None:
    with using(LexiconData()):
        found = patterns()
    gated = 0
    for _, pattern in found:
        faster = regex_gate.gated(pattern)
        gated += faster is not pattern
        for text in TEXTS:
            assert matches(faster, text) == matches(pattern, text), (pattern.pattern, text)
    assert gated == len(found)  # every built-in pattern can be gated


@pytest.mark.parametrize("source", [r"[^a]bc", r"x?", r".ab", r"(?i)abc", r"(?i:a)b"])
def test_patterns_that_cannot_be_gated_stay_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    assert regex_gate.gated(pattern) is pattern


def test_first_characters_cover_every_alternative() -> None:
    parsed = re_parser.parse(r"\b(?:about |the )?(?:\d+|a|one)[ -]days?", re.I)
    first = regex_gate.first_chars(parsed.data)
    assert first is not None
    assert first[0] == {"a", "t", r"\d", "o"}
    assert not first[1]
    gated = regex_gate.gated(re.compile(r"\b(?:about |the )?(?:\d+|a|one)[ -]days?", re.I))
    assert [m.group() for m in gated.finditer("About 3 days, ONE day, the 4-day")] == [
        "About 3 days", "ONE day", "the 4-day"]
