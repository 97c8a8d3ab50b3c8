"""The times stage: find time expressions, normalise them to TIMEX3 anchored to the document
date (tense-aware, following the narrative), and answer "when" for any span of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.dates import MONTH_RE
from dateline.record import DateBasis, Time
from dateline.stages.state import DocState, state_of
from dateline.stages.timex import Context, Point, Tense, Timex, normalise, vocab

WEEKDAY_WORDS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
UNIT_WORDS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?)"
NUMBER_WORDS = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|several|a few|a couple of|some|many|dozens of|a dozen)"
)
MODIFIER = r"(?:(?:early|mid|late)[- ]|the (?:end|beginning|start|middle) of )"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("weekday", rf"\b(?:(?:last|next|this|on|coming) )?{WEEKDAY_WORDS}"
                    r"(?: (?:morning|afternoon|evening|night))?\b"),
        ("date", rf"\b{MODIFIER}?(?:\d{{1,2}} {MONTH_RE}(?: \d{{4}})?|{MONTH_RE} \d{{1,2}}"
                 rf"(?:st|nd|rd|th)?(?:,? \d{{4}})?|{MONTH_RE},? \d{{4}})\b"),
        ("month", rf"\b{MODIFIER}(?:{MONTH_RE}|\d{{4}}|(?:this|last|next) (?:year|month|week))\b"),
        ("month-in", r"\b(?:in|In|since|until|by|from|through|during|of) "
                     r"(?:January|February|March|April|June|July|August|September|October|"
                     r"November|December)\b"),
        ("year", r"\b(?:in|In|since|Since|until|by|from|through|during|of|before|after|"
                 r"and|to) (?:1[89]\d\d|20\d\d)\b(?!\s*(?:%|per))"),
        ("iso", r"\b\d{4}-\d\d-\d\d\b"),
        ("clock", r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?: (?:GMT|UTC|local time|"
                  r"[A-Z]{2,4}))?\b|\b(?:1[0-2]|[1-9]) ?[ap]\.m\.|\bnoon\b|\bmidnight\b"),
        ("relational", rf"\b{NUMBER_WORDS} {UNIT_WORDS} (?:later|earlier|ago|before|after)\b"
                       r"|\bthe (?:next|following|previous|same) (?:day|morning|week|month|year)"
                       r"\b|\b(?:later|earlier) (?:in|that) (?:the )?day\b"),
        ("duration", rf"\b(?:for|over|within) (?:the (?:past|last|next) )?(?:{NUMBER_WORDS} )?"
                     rf"{UNIT_WORDS}\b"),
        ("deictic", r"\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|"
                    r"last night)\b"),
        ("decade", r"\b(?:the )?(?:1[89]|20)\d0s\b"),
    )
)
LEADING = re.compile(r"^(?:on|in|at|during|from|for|of|by|since|until|this past)\s+", re.I)
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
FUTURE_FRAMES = {"expect", "due", "schedule", "set", "plan", "go", "intend", "prepare", "aim"}


@dataclass
class TimeAnchor:
    """Where a time expression sits in the parse, for answering "when" questions."""

    time: Time
    start: int  # token index
    end: int
    clause: int  # token index of the governing verb
    point: Point | None
    relational: bool


@Language.factory(
    "dateline_times",
    requires=["token.dep", "token.tag", "doc.ents"],
    assigns=["doc._.dateline"],
)
def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage()


class TimesStage:
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        anchors = list(self.find(doc, state))
        state.times = [a.time for a in anchors]
        state.time_anchors = anchors
        return doc

    def find(self, doc: Doc, state: DocState) -> Iterator[TimeAnchor]:
        narrative: Point | None = None
        for number, span in enumerate(candidate_spans(doc), start=1):
            tense = clause_tense(span)
            context = Context(state.document_date, tense, narrative)
            timex = normalise(span.text, context)
            if timex is None or not timex.value:
                continue
            if timex.point is not None and timex.type in {"DATE", "TIME"}:
                narrative = timex.point
            time = Time(
                id=f"t{number}", start=span.start_char, end=span.end_char, text=span.text,
                type=timex.type, value=timex.value, mod=timex.mod, rule=timex.rule,
            )
            yield TimeAnchor(time, span.start, span.end, governing_verb(span).i, timex.point,
                             timex.relational)


def candidate_spans(doc: Doc) -> list[Span]:
    """Time expression spans: the NER's DATE/TIME entities and our patterns, merged."""
    spans: list[Span] = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    for _, pattern in PATTERNS:
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    trimmed = [t for t in (_trim(s) for s in spans) if t is not None and _plausible(t)]
    return _longest_first(trimmed)


def _trim(span: Span) -> Span | None:
    """Drop leading prepositions and trailing punctuation or possessives (TimeML extents)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"on", "in", "at", "during", "from", "for", "by",
                                                 "since", "until", "of", "this past"}
                           or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None


def _plausible(span: Span) -> bool:
    text = span.text
    if re.fullmatch(r"(?i)(?:may|march)", text) and span[0].pos_ in {"VERB", "AUX"}:
        return False
    if re.fullmatch(r"\d{4}", text):
        before = span.doc[span.start - 1].lower_ if span.start else ""
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        v = vocab()
        if before in v["not_before_number"] or after in v["not_after_number"]:
            return False
    return not re.fullmatch(r"[\d\s.,%-]+", text) or bool(re.fullmatch(r"\d{4}(-\d\d){0,2}", text))


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


def governing_verb(span: Span) -> Token:
    """The verb whose clause the span belongs to (the span's root, climbed to a verb)."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def clause_tense(span: Span) -> Tense:
    lowered = span.text.lower()
    if re.search(r"\b(?:next|coming|tomorrow)\b", lowered):
        return "future"
    if re.search(r"\b(?:last|ago|yesterday|previous|past)\b", lowered):
        return "past"
    return verb_tense(governing_verb(span))


def verb_tense(verb: Token) -> Tense:
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & FUTURE_AUX:
        return "future"
    if verb.lemma_ in FUTURE_FRAMES and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_ in FUTURE_FRAMES or head.lower_ in {"due", "set"}):
        return "future"
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and head.i != verb.i:
        inherited = verb_tense(head) if verb.tag_ in {"VB", "VBG"} else None
        if inherited == "future":
            return "future"
    if verb.tag_ == "VBG" and not auxiliaries and verb.head.i != verb.i:
        return verb_tense(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else "past"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP", "VBG"} and not (auxiliaries & {"has", "have"}):
        return "future" if verb.tag_ == "VBG" or _is_schedule(verb) else "present"
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
    anchors = state.time_anchors
    clause = _clause_of(doc[token_index])
    dated = [a for a in anchors if a.point is not None or a.time.type in {"DATE", "TIME"}]
    for anchor in dated:
        if anchor.clause == clause.i and _is_calendar(anchor):
            return WhenAnswer(anchor.time.value, anchor.time.id, "explicit")
    sentence_start = doc[token_index].sent.start
    earlier = [a for a in dated if a.end <= sentence_start and a.point is not None]
    if earlier:
        latest = earlier[-1]
        return WhenAnswer(latest.point.value() if latest.point else None, latest.time.id,
                          "narrative")
    if state.document_date:
        return WhenAnswer(state.document_date.isoformat(), None, "document_date")
    return WhenAnswer(None, None, "unknown")


def _clause_of(token: Token) -> Token:
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _is_calendar(anchor: TimeAnchor) -> bool:
    value = anchor.time.value
    return bool(re.match(r"^\d", value))


def document_anchor(state: DocState) -> dt.date | None:
    return state.document_date


__all__ = ["TimeAnchor", "TimesStage", "Timex", "WhenAnswer", "normalise", "when"]
