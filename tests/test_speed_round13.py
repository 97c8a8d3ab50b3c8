"""Round 13 speed-only replacements, each pinned against what it replaces (no timing asserts).

``fast_patterns``: a case-insensitive pattern scanned as a lower-case, case-sensitive one over
the text with its ASCII capitals lowered finds the matches (offsets and groups) that the
gated pattern finds over the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from spacy.tokens import Token

from dateline.stages.event_lexicon import _temporal, particles
from dateline.stages.fast_patterns import (
    ASCII_LOWER,
    FOLDS_TO_ASCII,
    finditer,
    lower_text,
    lowered,
)
from dateline.stages.regex_gate import gated
from dateline.stages.time_patterns import FIXED_PATTERNS, patterns

TEXTS = [
    "Three Days Later the envoys met again; FOR TWO WEEKS nobody spoke.",
    "Last Summer the talks stalled, and Earlier This Year they resumed Every Monday.",
    "The ministry said on Tuesday that about 40 years ago the border was drawn.",
    "In The Second Quarter of 2024, Q3 2023 and the Final Half, sales fell Annually.",
    "He left Overnight, ended The Week in Paris and came back the day before.",
    "Une réunion à Genève — “Two Months Later”, the Café closed at 9 p.m. GMT.",
    "By That Time the 1990s were over; the same period a year earlier was calmer.",
    "For Several Consecutive Days the Army held the pass, a few weeks after the vote.",
    "",
]


def _found(matches: Iterator[re.Match[str]],
           pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], ...]]:
    """Each match's offsets and those of its groups ((-1, -1): the group did not match)."""
    return [(m.span(), *(m.span(i) for i in range(1, pattern.groups + 1))) for m in matches]


def test_folds_to_ascii_are_all_the_characters_ignorecase_matches_to_an_ascii_letter() -> None:
    others = "".join(chr(c) for c in range(128, 0x110000))
    folding = set(re.compile("[a-z]", re.IGNORECASE).findall(others))
    assert folding == set(FOLDS_TO_ASCII)


def test_ascii_lower_keeps_every_offset_and_lowers_only_ascii_capitals() -> None:
    text = "ÉLYSÉE Palace, KIEV and İstanbul"
    assert text.translate(ASCII_LOWER) == "ÉlysÉe palace, kiev and İstanbul"
    assert lower_text(text) is None  # the dotted capital I matches "i" under IGNORECASE
    assert lower_text("ÉLYSÉE Palace") == "ÉlysÉe palace"


@pytest.mark.parametrize("name", [name for name, _ in patterns()])
def test_each_time_pattern_finds_the_same_matches_over_the_lowered_text(name: str) -> None:
    pattern = dict(patterns())[name]
    for text in TEXTS:
        expected = _found(gated(pattern).finditer(text), pattern)
        assert _found(finditer(pattern, text, lower_text(text)), pattern) == expected, text


def test_the_long_case_insensitive_time_patterns_are_read_in_lower_case() -> None:
    fixed = dict(FIXED_PATTERNS)
    for name in ("relational", "duration", "season", "set", "the-unit", "anaphoric"):
        plain = lowered(fixed[name])
        assert plain is not None, name
        assert not plain.flags & re.IGNORECASE
        assert dict(plain.groupindex) == dict(fixed[name].groupindex)


@pytest.mark.parametrize("source", [
    r"\bthree\B",           # \B would become \b
    r"\x41 days",           # \x41 is "A", not "a"
    r"[0-Z]+ days",         # would become [0-z], which takes in "[\]^_`"
    r"(a)\1 days",          # a back reference
    r"(?-i:May) days",      # an inline flag
])
def test_a_pattern_lower_casing_would_change_is_scanned_as_it_is(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert lowered(pattern) is None
    text = "AA days, May days, THREE DAYS, [^ days"
    assert _found(finditer(pattern, text, lower_text(text)), pattern) == _found(
        gated(pattern).finditer(text), pattern)


def test_a_case_sensitive_pattern_is_scanned_as_it_is() -> None:
    pattern = re.compile(r"\bMay \d+")
    assert lowered(pattern) is None
    text = "On May 4 and may 5"
    assert _found(finditer(pattern, text, lower_text(text)), pattern) == [((3, 8),)]


def test_a_text_with_a_character_that_folds_to_ascii_is_not_lowered() -> None:
    # the long s matches "s" under IGNORECASE: the lowered scan would miss "ſeven days ago"
    pattern = dict(FIXED_PATTERNS)["relational"]
    text = "It began ſeven days ago."
    assert gated(pattern).search(text) is not None
    assert lower_text(text) is None
    assert _found(finditer(pattern, text, lower_text(text)), pattern) == _found(
        gated(pattern).finditer(text), pattern)
    assert lower_text("Kelvin \u212a") is None
    assert lower_text("ÉTÉ 2024") == "ÉtÉ 2024"


# --- event_lexicon.particles: remembered per token of the doc being processed ------------------

def _fresh_particles(token: Token) -> dict[str, Token]:
    """What ``particles`` computed on every call before round 13."""
    return {c.lower_: c for c in token.children if c.dep_ in {"prt", "prep", "advmod", "agent"}
            and not _temporal(c)}


def test_particles_are_those_computed_afresh_and_do_not_leak_between_docs(nlp: Any) -> None:
    first = "The rebels called on the envoy on Tuesday and walked out of the talks."
    second = "The ministry backed down from the plan in March."
    for text in (first, second, first):
        for token in nlp(text):
            assert particles(token) == _fresh_particles(token)
            assert particles(token) is particles(token)  # remembered, not rebuilt
    called = nlp("The rebels called on the envoy on Tuesday.")
    assert set(particles(called[2])) == {"on"}
