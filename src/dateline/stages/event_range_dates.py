"""Acts told over a span of time: no date (issue 11, wave 51, ev51b).

CONVENTIONS.md, "Date": a span or a total summed over a time has no single date, so the event
takes none (``basis`` unknown) unless the sentence gives the act a point of its own.

``events.date.span.v1``: two times the times stage read, joined by a span word
(``clauses.time_span_joiners``: "from 2003 to 2008", "the 1991-1994 conflict", "from May
through July") or by "and" after an opener (``clauses.time_span_pair_openers``: "between
January and March"), make one span. The act loses its date when

- its date is one end of the span (the when-search read only one end: "fought the army from
  2003 to 2008" was dated 2003), or
- its date is not given by the text (document or narrative date) and the span hangs on the
  act's clause or on a clause it hangs on by a control, participle or conjunct link ("From
  April to March, the department took steps to encourage ...").

Not a list of days ("on Friday and Saturday": no opener), not a lone bound ("since 2011",
"from May": other rules), not an act with a point of its own inside a framing span ("in the
2010-2011 season, on 4 March, ..." keeps 4 March), and not numbers that are no times ("aged
20-25", "won 3-1": the times stage reads no time there).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNDATED, UNGIVEN
from dateline.stages.state import TimeAnchor, state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["RANGE_SPAN_RULE", "range_date"]

RANGE_SPAN_RULE = "events.date.span.v1"
#: Links by which a clause shares the span of the clause it hangs on ("took steps to
#: encourage", "fought ..., killing", "seized ... and burned").
COVERED_LINKS = frozenset({"xcomp", "advcl", "conj"})
#: How many links up a span is looked for.
DEPTH = 3
#: Where the document's spans are kept while the event stage runs.
SPANS_KEY = "events.date.span.pairs"


def range_date(token: Token, date: EventDate,
               rule: str | None) -> tuple[EventDate, str | None]:
    """The event's date and date rule after ``events.date.span.v1`` (unchanged when it does
    not apply)."""
    spans = time_spans(token.doc)
    if not spans:
        return date, rule
    ends = {a.time.id for pair in spans for a in pair}
    if date.basis == "explicit" and date.time in ends:
        return UNDATED, RANGE_SPAN_RULE
    if date.basis in UNGIVEN and _covered(token, spans):
        return UNDATED, RANGE_SPAN_RULE
    return date, rule


def time_spans(doc: Doc) -> list[tuple[TimeAnchor, TimeAnchor]]:
    """Pairs of calendar dates in one sentence joined as a span's two ends, found once per
    document (every event asks). Clock times are not among them: "a curfew from midnight to
    6 a.m." is a daily schedule, not a span the act is summed over."""
    state = state_of(doc)
    spans: list[tuple[TimeAnchor, TimeAnchor]] | None = state.derived.get(SPANS_KEY)
    if spans is None:
        spans = state.derived[SPANS_KEY] = _find_spans(doc)
    return spans


def _find_spans(doc: Doc) -> list[tuple[TimeAnchor, TimeAnchor]]:
    anchors = sorted((a for a in state_of(doc).time_anchors
                      if a.time.type == "DATE" and a.time.value[:1].isdigit()),
                     key=lambda a: a.start)
    return [(first, second) for first, second in pairwise(anchors)
            if _joined(doc, first, second)]


def _joined(doc: Doc, first: TimeAnchor, second: TimeAnchor) -> bool:
    """Only a span word (and commas: "from Feb. 9, 2014, through Sept. 22") stands between
    the two times, within one sentence."""
    between = [t for t in doc[first.end : second.start] if t.text != ","]
    if len(between) != 1 or doc[first.start].sent.start != doc[second.start].sent.start:
        return False
    word = between[0].lower_
    if word in words("time_span_joiners"):
        return True
    opener = doc[first.start - 1] if first.start > 0 else None
    return word in words("time_span_pair_joiners") and opener is not None \
        and opener.lower_ in words("time_span_pair_openers")


def _clause(doc: Doc, anchor: TimeAnchor) -> int | None:
    """The verb the span hangs on itself ("fought from 2003 to 2008", "From May to July, the
    army took"), through its preposition if any; None when it modifies a noun ("the
    principles set out by the group between 2009 and 2010"): it dates that noun, not a
    clause."""
    head = doc[anchor.start : anchor.end].root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.i if head.pos_ in {"VERB", "AUX"} else None


def _covered(token: Token, spans: list[tuple[TimeAnchor, TimeAnchor]]) -> bool:
    """The span hangs on the act's clause, or on one its clause hangs on without a
    subordinator of its own ("after he seized power" is a clause of its own time)."""
    clauses = {_clause(token.doc, first) for first, _ in spans}
    verb = governing_verb(token)
    for _ in range(DEPTH + 1):
        if verb.i in clauses:
            return True
        if verb.dep_ not in COVERED_LINKS or verb.head.i == verb.i \
                or any(c.dep_ == "mark" for c in verb.children):
            return False
        verb = governing_verb(verb.head)
    return False
