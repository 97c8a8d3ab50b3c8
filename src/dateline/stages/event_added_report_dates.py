"""The day of an act told in an added report ("Myint Swe said Saturday, adding that several
people have also been detained"): the added clause hangs on a participle ("adding", "saying")
of a reporting verb whose statement is dated, so it was said that day, and an act it tells with
no time of its own takes that day as a reported act does (events.date.report-time.v1), not the
document date (events.date.added-report-day.v1, wave 46, read in disc stories).

Decided on the quotes stage: the participle is the cue of an undated quote, and the verb it
hangs on is the cue of a dated one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Quote
from dateline.stages.state import state_of

__all__ = ["ADDED_REPORT_RULE", "added_report_day"]

ADDED_REPORT_RULE = "events.date.added-report-day.v1"


def added_report_day(token: Token) -> tuple[str, str | None] | None:
    """The day of the statement ``token``'s added report hangs on: the value and time id, or
    None."""
    state = state_of(token.doc)
    quote = next((q for q in state.quotes if q.time is None and q.cue is not None
                  and q.content.start <= token.idx < q.content.end), None)
    cue = _cue_token(token, quote)
    if cue is None or cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i == cue.i:
        return None
    dated = next((q for q in state.quotes if q.time is not None and q.cue is not None
                  and q.cue.start == cue.head.idx), None)
    if dated is None:
        return None
    value = next((a.time.value for a in state.time_anchors if a.time.id == dated.time), "")
    document = state.document_date
    if not value[:4].isdigit() or (document is not None and value[:10] > document.isoformat()):
        return None  # a statement is never after the story
    return value, dated.time


def _cue_token(token: Token, quote: Quote | None) -> Token | None:
    if quote is None or quote.cue is None:
        return None
    span = token.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None else None
