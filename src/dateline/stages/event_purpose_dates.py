"""The day of a past act told through its purpose ("Police fired tear gas to disperse students
in New Delhi on Tuesday"): the parser hangs the day on the purpose infinitive, but the act and
its purpose are one scene, so a past day of the purpose clause dates the act too
(events.date.purpose-day.v1, wave 46, read in disc stories: the act got the document date).

Only a simple past act with no time of its own, and only an adverbial purpose clause ("to" +
bare verb): a controlled infinitive ("agreed to sign on Friday", "asked them to leave by
Monday") tells a later act, and a day after the document date is a plan, not this scene.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import state_of

__all__ = ["PURPOSE_DAY_RULE", "purpose_day"]

PURPOSE_DAY_RULE = "events.date.purpose-day.v1"


def purpose_day(token: Token) -> tuple[str, str | None] | None:
    """The explicit past day of ``token``'s purpose clause: the value and the time id, or None."""
    if token.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return None  # a bare simple past: "had fired", "was fired" tell other times
    for clause in token.children:
        if clause.i > token.i and _purpose_clause(clause):
            day = _past_day_of(clause)
            if day is not None:
                return day
    return None


def _purpose_clause(clause: Token) -> bool:
    """An adverbial "to" + bare verb clause with no subject of its own ("to disperse them")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB":
        return False
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)


def _past_day_of(clause: Token) -> tuple[str, str | None] | None:
    """A calendar day of the clause's own, on or before the document date."""
    from dateline.stages.time_when import event_when  # time_when reads the event dates

    answer = event_when(clause.doc, clause.i)
    value = answer.value or ""
    if answer.basis != "explicit" or not value[:4].isdigit() or len(value) < len("YYYY-MM-DD"):
        return None
    document = state_of(clause.doc).document_date
    if document is not None and value[:10] > document.isoformat():
        return None
    return value, answer.time
