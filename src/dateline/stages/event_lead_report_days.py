"""The lead's report day is not the day of the lead's incident (wave 74, ev74c).

"CASABLANCA \u2014 Bombs tore through the city late on Friday, killing 40 people, officials
said on Saturday. The bombers struck a hotel and a club [...]": the first sentence of the next
paragraph takes the narrative time of the lead, its latest time, which here is the day of the
lead's report ("officials said on Saturday"), the document date. An act of that sentence of the
kind (PLOVER type) the lead's own verb dates to an earlier day goes on telling the lead's
incident, as ``events.date.lead-incident.v1`` reads it for an act dated only by the document
date; a narrative day taken from the lead's report verb, and equal to the document date, tells
no more than the document date does, so the same rule applies to it
(events.date.lead-incident-over-report-day.v1). A narrative day from an act of the lead (not a
report), or one other than the document date, is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.state import state_of
from dateline.stages.syntax import sentence_of, words

__all__ = ["LEAD_REPORT_DAY_RULE", "lead_report_day"]

LEAD_REPORT_DAY_RULE = "events.date.lead-incident-over-report-day.v1"


def lead_report_day(token: Token, date: EventDate) -> bool:
    """The act's narrative day (``date``) is the document date, carried from a time of the
    lead sentence that dates the lead's report verb
    (``times.news_report_verbs``: "officials said on Saturday"), and the act is told after the
    lead."""
    from dateline.stages.event_dates import _lead_sentence  # event_dates calls this module

    doc = token.doc
    state = state_of(doc)
    document = state.document_date
    time = date.time
    if date.basis != "narrative" or document is None or time is None \
            or (date.value or "")[:10] != document.isoformat():
        return False
    lead = _lead_sentence(doc)
    if lead is None or sentence_of(token).start <= lead.start:
        return False
    anchor = next((a for a in state.time_anchors if a.time.id == time), None)
    if anchor is None or not lead.start <= anchor.start < lead.end \
            or not 0 <= anchor.clause < len(doc):
        return False
    return doc[anchor.clause].lemma_.lower() in words("news_report_verbs", "times")

