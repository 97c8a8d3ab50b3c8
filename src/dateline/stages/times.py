"""The times stage: find time expressions, normalise them to TIMEX3 anchored to the document
date (tense-aware, following the narrative), and answer "when" for any span of the article.

The stage's parts are modules of their own: the patterns it scans with (``time_patterns``, sped
up by ``regex_gate``), the candidate spans and their readings (``time_candidates``), the clause's
tense (``time_tense``), the TIMEX3 rules (``timex``) and the "when" answers read from its anchors
(``time_when``, re-exported here). This module runs them in order and follows the narrative.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.record import Time
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.state import DocState, TimeAnchor
from dateline.stages.syntax import governing_verb
from dateline.stages.time_candidates import candidate_spans, reading
from dateline.stages.time_names import (
    DATELINE_RULE,
    counted_from,
    dateline_day,
    dateline_year,
    range_years,
    ranged,
)
from dateline.stages.time_patterns import patterns
from dateline.stages.time_plans import PAST_PLAN_TIME_RULE
from dateline.stages.time_tense import clause_tense, planned_day, reached_day_rule, verb_tense
from dateline.stages.time_when import (
    WhenAnswer,
    absolute_participle,
    event_when,
    moves,
    reporter_time_clause,
    when,
)
from dateline.stages.timex import Context, Point, Timex, normalise, vocab

LEADING = re.compile(r"^(?:on|in|at|during|from|for|of|by|since|until|this past)\s+", re.I)


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
        found = statement_days(list(self.find(doc, state)), doc, state.document_date)
        anchors = clocks_on_clause_day(found, doc)
        state.times = [a.time for a in anchors]
        state.time_anchors = anchors

    def find(self, doc: Doc, state: DocState) -> Iterator[TimeAnchor]:
        narrative: Point | None = None
        last_day: Point | None = None
        today = state.document_date
        spans = candidate_spans(doc, state.document_date)
        closing = range_years(spans)
        for number, span in enumerate(spans, start=1):
            anchor = None if _counts_from_clause(span) else narrative
            inner = counted_from(span, spans[number] if number < len(spans) else None)
            if inner is not None:  # "36 minutes after the shooting on Monday"
                found = normalise(reading(inner), Context(today, clause_tense(inner), narrative,
                                                          last_day))
                anchor = found.point if found is not None and found.point else anchor
            context = Context(today, clause_tense(span), anchor, last_day)
            timex = ranged(span, closing.get(number - 1), context) \
                or normalise(reading(span), context)
            if timex is None or not timex.value:
                continue
            if (reached := reached_day_rule(span)) is not None:  # wave 55 (ev55c)
                timex = replace(timex, rule=reached)
            if planned_day(span):  # wave 59 (ev59b): named where the frame's future moved it
                ahead = replace(context, tense="future")
                moved = ranged(span, closing.get(number - 1), ahead) \
                    or normalise(reading(span), ahead)
                if moved is not None and moved.value != timex.value:
                    timex = replace(timex, rule=f"{timex.rule}+{PAST_PLAN_TIME_RULE}")
            if dateline_day(span, state.dateline_end) and timex.point is not None \
                    and timex.point.grain == "day":
                timex = dateline_year(span, timex, state.document_date)
                today = timex.point.date if timex.point else today  # the article's day
                yield _dateline_anchor(number, span, timex)
                continue
            if timex.point is not None and timex.type in {"DATE", "TIME"} and moves(span):
                narrative = timex.point
                last_day = narrative if narrative.grain == "day" else last_day
            span = _extent(span, timex)
            time = Time(
                id=f"t{number}", start=span.start_char, end=span.end_char, text=span.text,
                type=timex.type, value=timex.value, mod=timex.mod, rule=timex.rule,
            )
            yield TimeAnchor(time, span.start, span.end, governing_verb(span).i, timex.point,
                             timex.relational)


STATEMENT_DAY_RULE = "times.statement-day.v1"
#: The rule of "today", "tomorrow", "yesterday" counted from the document date.
DEICTIC_RULE = "times.deictic-day.v2"
#: How many clauses up from a deictic day its statement's verb is looked for.
STATEMENT_DEPTH = 3


def statement_days(anchors: list[TimeAnchor], doc: Doc,
                   document: dt.date | None) -> list[TimeAnchor]:
    """"The presidential office said early on Thursday that the curfew would start tomorrow":
    "today", "tomorrow" or "yesterday" inside a statement whose verb's own clause names an earlier
    day counts from that day, not from the document date (times.statement-day.v1, judged rounds
    21-22: the curfew started on Friday). Only a day the text names ("on Thursday", "on June 3"),
    not another deictic one, and only for a day said inside the statement, not the statement's
    own ("said today")."""
    if document is None:
        return anchors
    mended = list(anchors)
    for number, anchor in enumerate(anchors):
        if anchor.time.rule != DEICTIC_RULE or anchor.relational or anchor.point is None:
            continue
        said = _statement_day(anchor, anchors, doc, document)
        if said is None:
            continue
        day = said + (anchor.point.date - document)
        value = day.isoformat() + anchor.time.value[len("YYYY-MM-DD"):]
        time = replace(anchor.time, value=value, rule=STATEMENT_DAY_RULE)
        mended[number] = replace(anchor, time=time, point=Point(day, "day"))
    return mended


def _statement_day(anchor: TimeAnchor, anchors: list[TimeAnchor], doc: Doc,
                   document: dt.date) -> dt.date | None:
    """The named past day of the statement a deictic day is said in, or None."""
    clause = doc[reporter_time_clause(doc, anchor)]
    for _ in range(STATEMENT_DEPTH):
        if clause.dep_ not in {"ccomp", "xcomp", "conj"} or clause.head.i == clause.i:
            return None
        clause = governing_verb(clause.head)
        if clause.lemma_.lower() in vocab()["news_report_verbs"]:
            break
    else:
        return None
    for other in anchors:
        point = other.point
        if other.time.rule not in {DEICTIC_RULE, STATEMENT_DAY_RULE} and point is not None \
                and point.grain == "day" and point.date < document \
                and reporter_time_clause(doc, other) == clause.i:
            return point.date
    return None


CLAUSE_DAY_RULE = "times.clock-clause-day.v1"
CLOCK_ONLY = re.compile(r"^(?:T\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d)Z?$")


def clocks_on_clause_day(anchors: list[TimeAnchor], doc: Doc) -> list[TimeAnchor]:
    """A clock time the text gives no day of takes the day that a later time of its own clause
    names: in "the 5 p.m. curfew would start tomorrow" the curfew starts at 5 p.m. tomorrow, not
    at 5 p.m. of the day the narrative was at (judged round 22: "tomorrow" from Thursday's
    statement is Friday). The clock is read before the day, so it is mended here."""
    mended = list(anchors)
    for number, clock in enumerate(anchors):
        day = _clause_day_after(clock, anchors[number + 1:], doc) if _bare_clock(clock, doc) \
            else None
        if day is None or day.point is None:
            continue
        hour = clock.time.value[clock.time.value.index("T"):]
        time = replace(clock.time, value=f"{day.point.date.isoformat()}{hour}",
                       rule=CLAUSE_DAY_RULE)
        mended[number] = replace(clock, time=time, point=day.point)
    return mended


def _bare_clock(anchor: TimeAnchor, doc: Doc) -> bool:
    """A clock time with no day written in its own words ("5 p.m.", not "5 p.m. on Monday")."""
    if anchor.time.rule != "times.clock.v3" or not CLOCK_ONLY.match(anchor.time.value):
        return False
    return not any(t.ent_type_ == "DATE" or t.lower_ in {"today", "tomorrow", "yesterday"}
                   for t in doc[anchor.start:anchor.end])


def _clause_day_after(clock: TimeAnchor, later: list[TimeAnchor], doc: Doc) -> TimeAnchor | None:
    """The first later time of the clock's sentence and clause that names one day."""
    sentence = doc[clock.start].sent
    for anchor in later:
        if anchor.start >= sentence.end:
            return None
        if anchor.clause == clock.clause and anchor.time.type == "DATE" \
                and anchor.point is not None and anchor.point.grain == "day":
            return anchor
    return None


def _dateline_anchor(number: int, span: Span, timex: Timex) -> TimeAnchor:
    """The dateline's day: a time of the article, not of its first clause (it is anchored on the
    dateline's own token, which governs no event)."""
    time = Time(id=f"t{number}", start=span.start_char, end=span.end_char, text=span.text,
                type=timex.type, value=timex.value, mod=timex.mod, rule=DATELINE_RULE)
    return TimeAnchor(time, span.start, span.end, span.root.i, timex.point, timex.relational)


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


__all__ = [
    "TimeAnchor",
    "TimesStage",
    "Timex",
    "WhenAnswer",
    "absolute_participle",
    "candidate_spans",
    "clause_tense",
    "event_when",
    "normalise",
    "patterns",
    "reading",
    "reporter_time_clause",
    "verb_tense",
    "when",
]
