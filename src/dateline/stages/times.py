"""The times stage: find time expressions, normalise them to TIMEX3 anchored to the document
date (tense-aware, following the narrative), and answer "when" for any span of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.dates import MONTH_RE
from dateline.lexicons import LexiconData, active
from dateline.record import DateBasis, Time
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.event_dates import quoted_conjunct_head
from dateline.stages.state import DocState, TimeAnchor, state_of
from dateline.stages.syntax import (
    doc_text,
    future_auxiliaries,
    governing_verb,
    sentence_of,
    words,
)
from dateline.stages.timex import Context, Point, Tense, Timex, normalise, vocab

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


def _gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a lookahead for the characters its matches can start with (worked out
    from the parsed pattern), so that the scan rejects most positions at once: the same
    matches, found faster (the alternations tried at every word boundary were most of the
    stage's time). A pattern whose first characters cannot be listed is returned as it is."""
    gated = _GATED.get(pattern)
    if gated is None:
        gated = _with_gate(pattern)
        if len(_GATED) >= GATED_MAX:
            _GATED.clear()  # users' lexicons make new vague patterns: bounded
        _GATED[pattern] = gated
    return gated


def _with_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    first = _first_chars(re_parser.parse(pattern.pattern, pattern.flags).data)
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


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
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
        return None if av[1] or av[2] else _first_chars(av[3].data)  # (?i:...) changes flags
    if op is re_constants.BRANCH:
        alternatives = [_first_chars(branch.data) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        return (set().union(*(a[0] for a in alternatives if a)),
                any(a[1] for a in alternatives if a))
    if op in {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT}:
        inner = _first_chars(av[2].data)
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


LEADING = re.compile(r"^(?:on|in|at|during|from|for|of|by|since|until|this past)\s+", re.I)
RANGE_WORDS = {",", "to", "and", "-", "–", "through", "until", "or", "between", "from", "till"}


@Language.factory(
    "dateline_times",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.tag", "doc.ents"],
    assigns=["doc.spans", "doc.user_data"],
)
def make_times_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                     on_error: str) -> TimesStage:
    return TimesStage(name, user_lexicons, on_error)


class TimesStage(Stage):
    sections = ("times", "clauses")
    table = "times"

    def process(self, doc: Doc, state: DocState) -> None:
        anchors = list(self.find(doc, state))
        state.times = [a.time for a in anchors]
        state.time_anchors = anchors

    def find(self, doc: Doc, state: DocState) -> Iterator[TimeAnchor]:
        narrative: Point | None = None
        last_day: Point | None = None
        for number, span in enumerate(candidate_spans(doc, state.document_date), start=1):
            anchor = None if _counts_from_clause(span) else narrative
            context = Context(state.document_date, clause_tense(span), anchor, last_day)
            timex = normalise(reading(span), context)
            if timex is None or not timex.value:
                continue
            if timex.point is not None and timex.type in {"DATE", "TIME"} and _moves(span):
                narrative = timex.point
                last_day = narrative if narrative.grain == "day" else last_day
            span = _extent(span, timex)
            time = Time(
                id=f"t{number}", start=span.start_char, end=span.end_char, text=span.text,
                type=timex.type, value=timex.value, mod=timex.mod, rule=timex.rule,
            )
            yield TimeAnchor(time, span.start, span.end, governing_verb(span).i, timex.point,
                             timex.relational)


def candidate_spans(doc: Doc, document_date: dt.date | None = None) -> list[Span]:
    """Time expression spans: the NER's DATE/TIME entities, their parts and our patterns, keeping
    the longest that reads as a time."""
    entities = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    spans = entities + [part for e in entities for part in _range_parts(e)]
    text = doc_text(doc)
    for _, pattern in patterns():
        for match in _gated(pattern).finditer(text):
            group = next((g for g in ("t", "t2") if g in pattern.groupindex and match.group(g)),
                         None)
            start, end = match.span(group) if group else match.span()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    narrative = Point(document_date, "day") if document_date else None
    neutral = Context(document_date, "past", narrative)
    trimmed = [t for t in _distinct(_trim(s) for s in spans) if _plausible(t)]
    return _longest_first([t for t in trimmed if normalise(reading(t), neutral) is not None])


def _distinct(spans: Iterable[Span | None]) -> list[Span]:
    """The spans, each token range once (the entities and several patterns find the same
    expression; trimmed spans carry no label, so the copies are alike), in first-found order."""
    seen: set[tuple[int, int]] = set()
    found = []
    for span in spans:
        if span is not None and (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            found.append(span)
    return found


def _range_parts(span: Span) -> list[Span]:
    """ "2009 to 2011", "between April and June": the ends of a range, each a time of its own."""
    parts: list[Span] = []
    start = span.start
    for token in span:
        if token.lower_ in RANGE_WORDS:
            if token.i > start:
                parts.append(span.doc[start:token.i])
            start = token.i + 1
    if parts and start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


DAY_AFTER_CLOCK = re.compile(rf", (?:{WEEKDAY_WORDS}|{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?|"
                             rf"\d{{1,2}} {MONTH_RE})\b")


def reading(span: Span) -> str:
    """The text to normalise: a rate ("15 a year") reads as "per year"; a clock time followed by
    its day ("16:15 UTC, June 1st") reads with that day."""
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.like_num and re.match(r"(?i)an? \w+$", span.text):
        return "per " + span.text.split(" ", 1)[1]
    day = DAY_AFTER_CLOCK.match(doc_text(span.doc), span.end_char)
    if day and re.search(r"\d[:.]\d\d|[ap]\.?m\.?$", span.text):
        return f"{span.text} on {day.group()[2:]}"
    return span.text


def _moves(span: Span) -> bool:
    """A bound ("the highest since 1983") does not move the narrative to its time."""
    return not span.start or span.doc[span.start - 1].lower_ not in {"since"}


def _counts_from_clause(span: Span) -> bool:
    """ "two days before the phone launches": counted from an event told by a clause, whose date
    is not known (unlike "a week after the vote", which takes the narrative's date)."""
    last = span[-1]
    if last.lower_ not in {"before", "after"}:
        return False
    if last.dep_ == "mark" or any(c.dep_ == "pcomp" for c in last.children):
        return True
    objects = [c for c in last.children if c.dep_ == "pobj"]
    return any(g.pos_ == "VERB" and g.tag_ in {"VBD", "VBZ", "VBP"}
               for o in objects for g in o.children)


def _extent(span: Span, timex: Timex) -> Span:
    """A duration counted before or after an event ends before "before"/"after"."""
    if timex.type == "DURATION" and len(span) > 1 and span[-1].lower_ in {"before", "after"}:
        return span.doc[span.start:span.end - 1]
    return span


def _trim(span: Span) -> Span | None:
    """Drop leading prepositions and trailing punctuation or possessives (TimeML extents)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"on", "in", "at", "during", "from", "for", "by",
                                                 "since", "until", "of", "between", "and", "or",
                                                 "to", "through", "over", "within"}
                           or (doc[start].is_punct and not _apostrophe_year(doc, start))):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None


def _apostrophe_year(doc: Doc, i: int) -> bool:
    return doc[i].text == "'" and i + 1 < len(doc) and bool(re.fullmatch(r"\d\d", doc[i + 1].text))


def _plausible(span: Span) -> bool:
    text = span.text
    if re.fullmatch(r"(?i)(?:may|march)", text) and span[0].pos_ in {"VERB", "AUX"}:
        return False
    if not (_bare_month_ok(span) and _not_fraction(span) and _vague_adjective_ok(span)
            and _not_ordinal(span) and _article_unit_ok(span)):
        return False
    if re.fullmatch(r"\d{4}", text):
        before = span.doc[span.start - 1].lower_ if span.start else ""
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        v = vocab()
        if before in v["not_before_number"] or after in v["not_after_number"]:
            return False
        if _inside_number(span):
            return False
    return not re.fullmatch(r"[\d\s.,%-]+", text) or bool(
        re.fullmatch(r"\d{4}(-\d\d){0,2}|\d{1,2}\.\d{1,2}\.\d{4}", text))


def _inside_number(span: Span) -> bool:
    """"555-1990", "1990/91 kg": digits glued to the year make it part of another number."""
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - 5) : span.start_char]
    after = text[span.end_char : span.end_char + 5]
    if re.search(r"(?:19|20)\d\d[-–]$", before) or re.match(r"^[-–](?:19|20)\d\d\b", after):
        return False  # a range of years, "2009-2011"
    return bool(re.search(r"\d[-/.]?$", before) or re.match(r"^[-/.]?\d", after))


def _bare_month_ok(span: Span) -> bool:
    """ "May" alone is a month only after a word such as "in" ("in May", not "Theresa May")."""
    if span.text.lower() not in vocab()["ambiguous_months"]:
        return True
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return before in vocab()["bare_month_after"]


def _not_fraction(span: Span) -> bool:
    """ "about a quarter of its dealers" is a fraction, not three months."""
    if not re.fullmatch(r"(?i)(?:\w+ )*(?:a|one|three) quarters?", span.text):
        return True
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    first = next((t for t in span if t.lower_ in {"a", "one", "three"}), span[0])
    before = doc[first.i - 1].lower_ if first.i else ""
    return after != "of" and before not in vocab()["fraction_cues_before"]


def _article_unit_ok(span: Span) -> bool:
    """ "a day" is a length after "for", "in", "than" ... or in a rate, not as a plain noun
    ("not a day anybody can be prepared for")."""
    if not re.fullmatch(r"(?i)an? (?:day|night|week|month|year)", span.text):
        return True
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and (before.like_num or before.lower_ in vocab()["length_cues"])


def _not_ordinal(span: Span) -> bool:
    """ "a second five-year term": "second" is an ordinal there, not a unit of time."""
    if not re.fullmatch(r"(?i)(?:an?|one) second", span.text):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.is_punct or after.lower_ in {"later", "earlier", "ago",
                                                               "before", "after", "or", "and"}


def _vague_adjective_ok(span: Span) -> bool:
    """ "current" and "recent" are times only as adjectives ("the current crisis")."""
    if span.text.lower() not in vocab()["vague_adjectives"]:
        return True
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return span[0].pos_ == "ADJ" and before != "most"  # "the most recent model" is the latest


def _longest_first(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end_char - s.start_char), s.start)):
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            continue
        chosen.append(span)
        taken |= tokens
    return sorted(chosen, key=lambda s: s.start)


def clause_tense(span: Span) -> Tense:
    lowered = span.text.lower()
    if re.search(r"\b(?:next|coming|tomorrow)\b", lowered):
        return "future"
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    as_of = span.start > 1 and doc[span.start - 2].lower_ == "as" and before == "of"
    if before == "since" or as_of or re.search(r"\b(?:last|ago|yesterday|previous|past)\b",
                                                lowered):
        return "past"
    verb = governing_verb(span)
    tense = verb_tense(verb)
    if before in {"until", "till"} and tense == "past" and verb.tag_ != "VBD":
        return "present"  # "markets closed until Friday": an end still to come
    return tense


def verb_tense(verb: Token) -> Tense:
    """The tense of a verb's clause, remembered per doc while a stage runs: a verb that governs
    thousands of tokens (a list of dates with no full stop) would otherwise have its children
    read again for every time expression it governs (issue 19)."""
    known: dict[int, Tense] = state_of(verb.doc).derived.setdefault("times.tense", {})
    if verb.i not in known:
        known[verb.i] = _verb_tense(verb)
    return known[verb.i]


def _verb_tense(verb: Token) -> Tense:
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & future_auxiliaries():
        return "future"
    if verb.lemma_ in words("future_frames") and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_ in words("future_frames")
                                 or head.lower_ in {"due", "set"}):
        return "future"
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and head.i != verb.i:
        inherited = verb_tense(head) if verb.tag_ in {"VB", "VBG"} else None
        if inherited == "future":
            return "future"
    if verb.tag_ == "VBG" and not auxiliaries and verb.head.i != verb.i:
        return verb_tense(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else "past"
    return _simple_tense(verb, auxiliaries)


def _simple_tense(verb: Token, auxiliaries: set[str]) -> Tense:
    """Modal, infinitive, present perfect and progressive clauses do not say which side of the
    document date they are on ("present": the nearest reading wins)."""
    modal = auxiliaries & words("modal_auxiliaries")
    if modal or ("to" in auxiliaries and not auxiliaries & {"was", "were"}):
        return "present"
    if auxiliaries & {"has", "have"} and not auxiliaries & {"had", "was", "were", "did"}:
        return "present"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "was", "were", "did"}:
        return "past"
    if verb.tag_ == "VBG":
        return "present"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "future" if _is_schedule(verb) else "present"
    return "past"


def _is_schedule(verb: Token) -> bool:
    """Simple present of an action verb reads as scheduled in news ("The council meets Tuesday")."""
    return verb.lemma_ not in {"be", "have", "say", "tell", "show", "remain", "seem", "know"}


# --- answering "when" ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WhenAnswer:
    value: str | None
    time: str | None
    basis: DateBasis


def when(doc: Doc, token_index: int) -> WhenAnswer:
    """The best date for the clause of a token: an explicit time in its clause, else the time the
    narrative carries from earlier, else the document date."""
    state = state_of(doc)
    index = _when_index(doc, state)
    clause = governing_verb(doc[token_index])
    explicit = index.by_clause.get(clause.i)
    if explicit is not None:
        return WhenAnswer(explicit.time.value, explicit.time.id, "explicit")
    sentence_start = sentence_of(doc[token_index]).start
    position = bisect_right(index.narrative_ends, sentence_start)
    if position:
        latest = index.narrative[position - 1]
        return WhenAnswer(latest.point.value() if latest.point else None, latest.time.id,
                          "narrative")
    if state.document_date:
        return WhenAnswer(state.document_date.isoformat(), None, "document_date")
    return WhenAnswer(None, None, "unknown")


#: Clauses that share the time of the clause they hang on: "on Friday vowed ..., but urged",
#: "agreed on Monday to meet", "struck a note Wednesday when he called for".
SHARING_CLAUSES = frozenset({"conj", "xcomp"})
SHARING_MARKS = frozenset({"when", "as", "while"})
#: How many clauses an event's date is looked for through.
SHARING_DEPTH = 3


def event_when(doc: Doc, token_index: int, *, document: bool = False) -> WhenAnswer:
    """The date of an event (issue 11, round 3): a time attached to its own clause, or to the
    clause it is coordinated with or controlled by; else the narrative time of its paragraph when
    its sentence continues the story told there ("Then ...", "Later ..."); else the document
    date. Never a time of another clause of the sentence (what was said on Tuesday is not
    dated Tuesday), nor of another sentence the event's does not continue. ``document``: the
    event is the content of a document the article told of, dated as the document."""
    state = state_of(doc)
    index = _when_index(doc, state)
    own = _clause_time(doc, index, governing_verb(doc[token_index]))
    if own is not None:
        return WhenAnswer(own.time.value, own.time.id, "explicit")
    latest = _narrative_for(doc, index, doc[token_index], document)
    if latest is not None:
        return WhenAnswer(latest.point.value() if latest.point else None, latest.time.id,
                          "narrative")
    if state.document_date:
        return WhenAnswer(state.document_date.isoformat(), None, "document_date")
    return WhenAnswer(None, None, "unknown")


def _clause_time(doc: Doc, index: _WhenIndex, clause: Token) -> TimeAnchor | None:
    for _ in range(SHARING_DEPTH):
        found = index.by_event_clause.get(clause.i)
        if found is not None:
            return found
        if clause.dep_ == "relcl" and clause.head.i in index.by_token:
            return index.by_token[clause.head.i]  # "Wednesday, when he called for ..."
        if (sayer := quoted_conjunct_head(clause)) is not None:
            clause = governing_verb(sayer)  # "saying the "Fed was asleep" and called for"
            continue
        if clause.head.i == clause.i or not _shares_time(clause):
            return None
        clause = governing_verb(clause.head)
    return None


def _shares_time(clause: Token) -> bool:
    if clause.dep_ in SHARING_CLAUSES or _participle(clause) or absolute_participle(clause):
        return True
    return clause.dep_ == "advcl" and any((c.dep_ == "advmod" and c.lower_ in SHARING_MARKS)
                                          or (c.dep_ == "mark" and c.lower_ in SHARING_MARKS)
                                          for c in clause.children)


def _participle(clause: Token) -> bool:
    """A present participle with no conjunction of its own happens at the time of the clause it
    hangs on (events.date.participle.v1): "demanded a halt on Wednesday, warning that ...",
    "on Saturday used tear gas to disperse students protesting ..."."""
    return (clause.tag_ == "VBG" and clause.dep_ in {"advcl", "acl"}
            and not any(c.dep_ in {"mark", "aux", "nsubj"} for c in clause.children))


#: Prepositions of an absolute participle clause ("with authorities dismissing the violence").
ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})


def absolute_participle(clause: Token) -> bool:
    """"Iranians on Monday erupted in protests, with authorities dismissing the violence": a
    present participle under "with" hung on a verb happens at that verb's time
    (events.date.absolute-participle.v1, judged round 7)."""
    prep = clause.head
    return (clause.tag_ == "VBG" and clause.dep_ == "pcomp" and prep.i != clause.i
            and prep.lower_ in ABSOLUTE_PREPOSITIONS and prep.head.i != prep.i
            and prep.head.pos_ in {"VERB", "AUX"})


def _narrative_for(doc: Doc, index: _WhenIndex, token: Token,
                   document: bool) -> TimeAnchor | None:
    """The narrative time an undated event takes. A present or present-perfect clause ("is
    probing", "has requested") is told as of the document date, unless its subject is a document
    ("the draft treaties call for ..."), whose content is as of its issue. Otherwise the latest
    time of the paragraph or of the sentence just before, or of any earlier sentence when the
    event's continues the story ("Then ...")."""
    sentence = sentence_of(token)
    position = bisect_right(index.narrative_ends, sentence.start)
    if not position:
        return None
    latest = index.narrative[position - 1]
    clause = governing_verb(token)
    if document or _document_subject(clause):
        return latest
    if verb_tense(clause) != "past":
        return None
    if _continues(sentence) or _near(doc, latest, sentence):
        return latest
    return None


def _document_subject(clause: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in words("document_nouns")
               for c in clause.children)


def _near(doc: Doc, anchor: TimeAnchor, sentence: Span) -> bool:
    """The anchor is in the event's paragraph, or in the sentence just before it."""
    between = doc_text(doc)[doc[anchor.end - 1].idx : sentence.start_char]
    if "\n" not in between:
        return True
    return sentence.start > 0 and sentence_of(doc[sentence.start - 1]).start <= anchor.start


def _continues(sentence: Span) -> bool:
    """A sentence that goes on with the story told before it: it opens with a word of
    sequence ("Then", "Later", "Afterwards", "There") or a time counted from the narrative
    ("Two hours later", "The next day")."""
    first = next((t for t in sentence if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in vocab()["continuation_openers"]


#: Prepositions that relate a clause to another happening ("freed them after a crisis on
#: April 23"): a time inside their object dates that happening, not the clause.
RELATING_PREPOSITIONS = frozenset({"after", "before", "since", "following", "ahead", "until",
                                   "despite"})
#: "during" and "amid" put the clause inside the happening they name: "promised during a meeting
#: on Saturday" was promised on Saturday (events.date.during.v1).


def _noun_bound(doc: Doc, anchor: TimeAnchor) -> bool:
    """A time that dates a noun inside the clause, not the clause: "last week's scandal", "after
    a hostage crisis on April 23" (on the way up to the verb, a possessive, or the object of a
    preposition that relates the clause to another happening)."""
    token = doc[anchor.start : anchor.end].root
    if token.dep_ == "poss" or _bound(token):
        return True
    for _ in range(SHARING_DEPTH + 3):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return False
        token = token.head
        if anchor.start <= token.i < anchor.end or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if token.dep_ == "poss" or (token.dep_ == "pobj"
                                    and token.head.lower_ in RELATING_PREPOSITIONS):
            return True
    return False


#: Prepositions whose time bounds a span and does not date the clause (events.date.bound.v1):
#: "barred him from working until April 2009"; "since" only on a noun ("resumed relations, the
#: first such exchange since 1973"): on a verb it dates the start ("detained since Monday").
BOUND_PREPOSITIONS = frozenset({"until", "till"})


def _bound(token: Token) -> bool:
    prep = token.head
    if token.dep_ != "pobj" or prep.head.i == prep.i:
        return False
    return prep.lower_ in BOUND_PREPOSITIONS or (
        prep.lower_ == "since" and prep.head.pos_ in {"NOUN", "PROPN"})


def reporter_time_clause(doc: Doc, anchor: TimeAnchor) -> int:
    """The clause a time belongs to for an event's date. A time the parser hung on a reported
    clause, between the reporting verb and that clause's subject ("said on Tuesday he had
    urged ..."), is the reporting verb's."""
    clause = doc[anchor.clause]
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return anchor.clause
    subjects = [c.left_edge.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    marks = [c.i for c in clause.children if c.dep_ == "mark" and c.i < anchor.start]
    if marks:  # "said that on Saturday he had promised": after "that", the inner clause's
        return anchor.clause
    if subjects and clause.head.i < anchor.start and anchor.end <= min(subjects):
        return clause.head.i
    return anchor.clause


@dataclass
class _WhenIndex:
    """The dated anchors of a doc, indexed once per stage call: ``when`` is asked for every
    event and quote, and scanning every anchor each time was quadratic in a chronology."""

    by_clause: dict[int, TimeAnchor]
    by_event_clause: dict[int, TimeAnchor]
    by_token: dict[int, TimeAnchor]
    narrative: list[TimeAnchor]
    narrative_ends: list[int]


def _when_index(doc: Doc, state: DocState) -> _WhenIndex:
    found = state.derived.get("times.when")
    if isinstance(found, _WhenIndex):
        return found
    dated = [a for a in state.time_anchors
             if (a.point is not None or a.time.type in {"DATE", "TIME"})
             and not _counts_something(doc, a)]
    by_clause: dict[int, TimeAnchor] = {}
    by_event_clause: dict[int, TimeAnchor] = {}
    by_token: dict[int, TimeAnchor] = {}
    for anchor in dated:
        if _is_calendar(anchor):
            by_clause.setdefault(anchor.clause, anchor)
            for i in range(anchor.start, anchor.end):
                by_token.setdefault(i, anchor)
            if not _noun_bound(doc, anchor):
                _keep_finest(by_event_clause, reporter_time_clause(doc, anchor), anchor)
    narrative = sorted((a for a in dated if _carries_narrative(a)
                        and not _describes_thing(doc, a)), key=lambda a: a.end)
    index = _WhenIndex(by_clause, by_event_clause, by_token, narrative,
                       [a.end for a in narrative])
    state.derived["times.when"] = index
    return index


GRAIN_ORDER = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")


def _keep_finest(by_clause: dict[int, TimeAnchor], clause: int, anchor: TimeAnchor) -> None:
    """A clause with two times ("Two weeks ago -- on June 14 -- the government declared") is
    dated by the finer one (events.date.finest.v1); of equal grains, the first."""
    known = by_clause.get(clause)
    if known is None or _grain_rank(anchor) > _grain_rank(known):
        by_clause[clause] = anchor


def _grain_rank(anchor: TimeAnchor) -> int:
    grain = anchor.point.grain if anchor.point is not None else None
    if grain is None or anchor.time.mod not in {None, "START", "MID", "END"}:
        return -1  # approximate ("two weeks ago"): any exact date is finer
    return GRAIN_ORDER.index(grain) if grain in GRAIN_ORDER else len(GRAIN_ORDER)


def _describes_thing(doc: Doc, anchor: TimeAnchor) -> bool:
    """A time that dates a thing, not the story ("a treaty signed in 2008", "last week's
    vote"), or bounds a comparison ("lows not seen since October 1982"): it does not set the
    narrative time later sentences take (events.date.narrative.v2)."""
    span = doc[anchor.start : anchor.end]
    return doc[anchor.clause].dep_ == "acl" or _noun_bound(doc, anchor) or not _moves(span)


def _counts_something(doc: Doc, anchor: TimeAnchor) -> bool:
    """"killed 2030 people", "aged 18 to 2030": a number that counts or measures is never a
    year (issue 11)."""
    root = doc[anchor.start : anchor.end].root
    return root.tag_ == "CD" and root.dep_ in {"nummod", "quantmod", "npadvmod"}


def _carries_narrative(anchor: TimeAnchor) -> bool:
    """Only a definite point of at most a year's width sets the time a story is at: not "the
    1990s", not "more than a century ago"."""
    point = anchor.point
    if point is None or point.grain in {"decade", "century"}:
        return False
    return anchor.time.mod in {None, "START", "MID", "END", "APPROX"}


def _is_calendar(anchor: TimeAnchor) -> bool:
    value = anchor.time.value
    return bool(re.match(r"^\d", value))


__all__ = ["TimeAnchor", "TimesStage", "Timex", "WhenAnswer", "event_when", "normalise", "when"]
