"""An act named as the reason for a penalty, a charge or a thanks is not dated by that
penalty's day (events.date.cause-phrase.v1, wave 64).

"Police arrested a student on Monday for protesting against the tax", "the woman was detained
Tuesday for an assault on a guard", "the court convicted him on Friday of murder", "accused the
army last week of abusing prisoners": the reason came before the arrest, the verdict or the
accusation, and the text gives it no time of its own. A coder leaves it undated (an act of a
phrase of cause is not dated by the main verb's day unless the text says so; CONVENTIONS, Date:
an undated act of unknown time with no date is right); the parse dates it by the main verb's
day.

Only a day read from a time in the act's own sentence is dropped (a narrative time carried
from an earlier sentence is another rule's matter): an act on the document date is often the
day's news the accusation tells ("with Azerbaijan accusing Armenia of bombing its positions"
amid the clashes), so it is left alone.

The act is the object of a preposition of ``times.cause_phrase_verbs`` (or a gerund there, or
the object or conjunct of that gerund) and the preposition hangs on one of the verbs or nouns
listed for it. An act whose own phrase holds its time keeps it; an act not done (future,
hypothetical) is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNDATED
from dateline.stages.state import state_of
from dateline.stages.syntax import sentence_of
from dateline.stages.timex_types import vocab

__all__ = ["CAUSE_PHRASE_RULE", "cause_phrase_date"]

CAUSE_PHRASE_RULE = "events.date.cause-phrase.v1"
#: Links by which an act reaches the gerund or noun the preposition governs (an object or
#: a clause only of a gerund: "for writing to the president, asking for his help").
CLIMB = frozenset({"conj", "dobj", "advcl"})
#: How many links the climb takes at most.
DEPTH = 3


def cause_phrase_date(token: Token, date: EventDate,
                      rule: str | None) -> tuple[EventDate, str | None]:
    """The event's date and rule: undated when ``token`` is the reason a cause phrase gives
    for another act and its date is not held in its own phrase; else unchanged."""
    if date.time is None or _cause_head(token) is None or not _other_day(token, date):
        return date, rule
    return UNDATED, CAUSE_PHRASE_RULE


def _cause_head(token: Token) -> Token | None:
    """The penalty (or charge, thanks) whose cause phrase holds ``token``, or None."""
    verbs: dict[str, list[str]] = vocab()["cause_phrase_verbs"]
    node = token
    for _ in range(DEPTH):
        if node.dep_ in {"pobj", "pcomp"}:
            break
        if node.dep_ not in CLIMB or node.head.i == node.i or _own_clause(node):
            return None
        if node.dep_ != "conj" and not (node.head.tag_ == "VBG" and node.head.dep_ == "pcomp"):
            return None
        node = node.head
    prep = node.head
    if node.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.lemma_.lower() in verbs.get(prep.lower_, ()):
        return head
    return None


def _own_clause(node: Token) -> bool:
    """A verb with a subject or an auxiliary of its own tells a clause of its own ("are
    suspected of having gone and are being investigated"), not the gerund's act."""
    return node.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)


def _other_day(token: Token, date: EventDate) -> bool:
    """The date's time expression sits in the act's sentence, outside the act's own phrase."""
    sentence = sentence_of(token)
    for anchor in state_of(token.doc).time_anchors:
        if anchor.time.id == date.time and sentence.start <= anchor.start < sentence.end:
            return not token.is_ancestor(token.doc[anchor.start])
    return False
