"""The patterns the times stage scans an article's text with: fixed regular expressions for
dates, clock times, lengths, seasons, sets and relative times (``PATTERN_SPECS``), and those built
from the active lexicon's vague times (``patterns``).

Separate from the stage so that the patterns can be read, tested and benchmarked on their own
(``tests/test_times_gate.py``, ``bench/pattern_identity.py``) without the stage or spaCy.
"""

from __future__ import annotations

import re

from dateline.dates import MONTH_RE
from dateline.lexicons import LexiconData, active

__all__ = ["FIXED_PATTERNS", "PATTERN_SPECS", "WEEKDAY_WORDS", "patterns"]

WEEKDAY_WORDS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
UNIT_WORDS = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
              r"quarters?|years?|decades?|centuries|century)")
NUMBER_WORDS = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|"
    r"several|a few|few|a couple of|some|many|dozens of|a dozen|(?:one|two) and a half)"
)
SPAN_START = r"(?:the (?:past|last|next|first|coming|previous|final) )"
UNIT_ADJECTIVE = r"(?:straight|consecutive|successive|trading|business|working|full|whole)"
QUANTITY_MOD = (r"(?:(?:about|around|nearly|almost|roughly|approximately|some|more than|"
                r"less than|at least|up to|well over|just over|over|under) )")
MODIFIER = r"(?:(?:early|mid|late)[- ]|the (?:end|beginning|start|middle|close|rest) of )"
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
PATTERN_SPECS: tuple[tuple[str, str, int], ...] = (
    ("weekday", rf"\b(?:(?:last|next|this|on|coming|every|each) )?{WEEKDAY_WORDS}"
                r"(?: (?:morning|afternoon|evening|night))?\b", 0),
    ("date", rf"\b{MODIFIER}?(?:\d{{1,2}} {MONTH_RE}(?: \d{{4}})?|{MONTH_RE} \d{{1,2}}"
             rf"(?:st|nd|rd|th)?(?:,? \d{{4}})?|{MONTH_RE},? \d{{4}})\b", 0),
    ("month", rf"\b{MODIFIER}(?:{MONTH_RE}|\d{{4}}|(?:this|last|next) "
              r"(?:year|month|week)|the (?:day|week|month|year))\b", 0),
    ("month-in", r"\b(?:in|In|since|Since|until|by|from|through|during|of|between|and|or|to|"
                 rf"last|next|this|Last|Next|This) {MONTH_NAMES}"
                 r"(?: (?:of )?(?:this|next|last) year)?\b", 0),
    ("year", r"\b(?:in|In|since|Since|until|by|from|through|during|of|before|after|between|"
             r"and|to|or) (?:1[89]\d\d|20\d\d|'\d\d)\b(?!\s*(?:%|per))", 0),
    ("iso", r"\b\d{4}-\d\d-\d\d\b", 0),
    ("numeric", r"\b\d{1,2}([./])\d{1,2}\1(?:1[89]|20)\d\d\b", 0),
    ("clock", r"(?:\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\b(?:1[0-2]|[1-9]) ?"
              r"[ap]\.m\.|\b(?:[01]\d|2[0-3])[0-5]\d(?= (?:GMT|UTC|hrs))|\bnoon\b|\bmidnight\b)"
              r"(?: (?:GMT|UTC|local time|[A-Z]{2,4}))?"
              rf"(?: (?:on )?(?:today|yesterday|tomorrow|{WEEKDAY_WORDS}|{MONTH_RE} "
              r"\d{1,2}(?:st|nd|rd|th)?|\d{1,2} "
              rf"{MONTH_RE}))?\b", 0),
    ("relational", rf"\b{QUANTITY_MOD}?{SPAN_START}?{NUMBER_WORDS} (?:{UNIT_ADJECTIVE} )?"
                   rf"{UNIT_WORDS} (?:later|earlier|ago|before|after)\b"
                   # wave 73 (ev73c): "Hours later, ..." opening a paragraph, which the NER
                   # may miss; a count of hours or minutes keeps the day it counts from
                   r"|\b(?:hours|minutes) (?:later|earlier)\b"
                   r"|\bthe (?:next|following|previous|same) (?:day|morning|week|month|year)"
                   r"\b|\b(?:later|earlier) (?:in|that) (?:the )?(?:day|week|month|year)\b"
                   r"|\bthe same (?:day|week|month|quarter|period|time|season) (?:of )?"
                   r"(?:a year (?:ago|earlier|before)|last year|the (?:previous|prior|"
                   r"preceding) year|the year before)\b", re.I),
    ("duration", rf"\b{QUANTITY_MOD}?{SPAN_START}?{NUMBER_WORDS}[ -](?:{UNIT_ADJECTIVE} )?"
                 rf"{UNIT_WORDS}\b"
                 rf"|\b(?:for|over|within|in) (?:just |only |the )?{UNIT_WORDS}\b", re.I),
    ("deictic", r"\b(?:(?:yesterday|tomorrow|today) (?:morning|afternoon|evening|night)|"
                r"(?:earlier|later) today|today|yesterday|tomorrow|tonight|"
                r"this (?:morning|afternoon|evening)|last night|overnight)\b", re.I),
    ("decade", r"\b(?:the )?(?:1[89]|20)\d0s(?:-era)?\b|(?<![\w'])(?:the )?'?[2-9]0s\b", 0),
    ("relative-unit", r"\b(?:(?:earlier|later) )?(?:this|last|next|that|the past|the coming)"
                      r" (?:week|weekend|month|year|quarter|decade)\b", re.I),
    ("the-unit", r"\b(?:end(?:ed|ing|s)?|finish(?:ed|es|ing)?|for|during|late in|early in|"
                 r"later in|earlier in) (?P<t>the (?:day|week|month|year))\b"
                 r"|\b(?P<t2>the (?:entire|whole) (?:day|week|month|year))\b", re.I),
    ("part", r"\b(?:the )?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[ -]"
             r"(?:quarter|half)(?: (?:of )?(?:\d{4}|(?:this|last|next|the) year))?\b"
             r"|\bQ[1-4](?: \d{4})?\b", re.I),
    ("season", r"\b(?:(?:this|last|next|in|early|late|by|until|since|during) )?(?:the )?"
               r"(?:spring|summer|autumn|winter)(?: (?:of )?\d{4})?\b"
               r"|\b(?:this|last|next|in|by|until|since|during) fall\b", re.I),
    ("set", r"\b(?:every|each) (?:(?:other|\w+) )?(?:day|night|week|month|year|morning|"
            r"evening|weekend|days|weeks|months|years)\b|\b(?:twice|once) a "
            r"(?:day|week|month|year)\b|\b(?:daily|weekly|monthly|annually|yearly|quarterly|"
            r"hourly|nightly|annual|biannual|fortnightly)\b", re.I),
    ("rate", r"(?<=\d )(?P<t>(?:a|per) (?:year|month|week|day|hour))\b", 0),
    ("run", r"\b(?:a |the )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"\d+(?:st|nd|rd|th))(?: (?:straight|consecutive|successive))? (?:day|week|month|"
            r"year|quarter|session)(?: in a row)?\b", re.I),
    ("the-year", r"\bthe (?P<t>(?:19|20)\d\d)(?= [a-z])", 0),
    ("anaphoric", r"\b(?:by|at|since|until) (?P<t>that (?:time|point))\b"
                  r"|\bthe (?:day|week|month|year) (?:(?:before|after)(?=\s*[,.;]|$)|previous|"
                  r"earlier|later|prior)\b|\bthe weekend\b", re.I),
)


def _vague_patterns(data: LexiconData) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Vague times and adjectives, from the vocabulary."""
    v = data.section("times")
    phrases = sorted(v["vague_candidates"], key=len, reverse=True)
    blocked = "|".join(re.escape(w) for w in v["not_after_vague_adjective"])
    adjectives = "|".join(v["vague_adjectives"])
    return (
        ("vague", re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b(?!-)", re.I)),
        ("vague-adjective", re.compile(rf"\b(?:{adjectives})\b(?!\s*(?:{blocked})\b)", re.I)),
    )


FIXED_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, flags)) for name, pattern, flags in PATTERN_SPECS)


def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The fixed patterns and those built from the active lexicon's vocabulary."""
    return active().derived("times.patterns", lambda data: (*FIXED_PATTERNS,
                                                             *_vague_patterns(data)))
