"""Acts of a purpose told for an earlier dated act (wave 62, ev62e): "the two states signed a pact
in February to deepen their ties", "in 2008 the United States signed an agreement with Mexico to
provide it with intelligence", "sent advisers to the region in July to coordinate operations".
The infinitive of purpose tells what the earlier act was done for, an outcome of unknown time
(it may come later, or never); the text gives no date of its own and the act is no news of the
document date, which the clause took for want of a time (read in disc stories: such acts were
dated at the document date). It has no date (events.date.past-purpose.v1).

Only an adverbial "to" + bare verb with no subject of its own (or a conjunct of one, "to support
... and to assist ...") hanging on a past act whose own explicit time ends before the document
date. Purposes done on the scene itself keep the rules that date them (``times.scene_purposes``,
``times.realised_purpose_verbs``, ``times.journey_purposes``: "met in March to discuss").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import state_of
from dateline.stages.timex import vocab

__all__ = ["PAST_PURPOSE_RULE", "past_purpose"]

PAST_PURPOSE_RULE = "events.date.past-purpose.v1"
#: Tags of a past act a purpose hangs on ("signed", "was sent").
PAST_TAGS = frozenset({"VBD", "VBN"})


def past_purpose(token: Token) -> bool:
    """``token`` is the verb of a purpose clause of an earlier act dated before the document."""
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.tag_ == "VB":
        clause = clause.head  # "to support ... and (to) assist ..."
    if not _purpose_clause(clause) or token.tag_ != "VB":
        return False
    lemmas = {token.lemma_.lower(), clause.lemma_.lower()}
    kept = {*vocab()["scene_purposes"], *vocab()["realised_purpose_verbs"],
            *vocab()["journey_purposes"]}
    if lemmas & kept:
        return False
    head = clause.head
    if head.tag_ not in PAST_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD"
                                         for c in head.children):
        return False
    return _earlier_time(head)


def _purpose_clause(clause: Token) -> bool:
    """An adverbial "to" + bare verb clause with no subject nor conjunction of its own."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.head.i == clause.i:
        return False
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children)


def _earlier_time(head: Token) -> bool:
    """The act ``head`` has an explicit time of its own that ends before the document date."""
    from dateline.stages.time_when import event_when  # time_when reads the event dates

    answer = event_when(head.doc, head.i)
    document = state_of(head.doc).document_date
    value = answer.value or ""
    if answer.basis != "explicit" or document is None or not value[:4].isdigit():
        return False
    day = document.isoformat()
    return value < day[: len(value)]
