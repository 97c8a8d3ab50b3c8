"""An act told with a part of the day of its own is no background (wave 86, ev86c; judged rounds
41-51: "By dawn, troops had surrendered", "police had detained several people overnight", "In
the afternoon, riot police fired tear gas": six acts left undated by a background rule, all
judged wrong).

CONVENTIONS.md, "Date": an act takes the date the text gives it, and an act reported as this
news takes the document date. A pluperfect, a carried month or a flashback reads as an older
act of unknown time, but a part of the day hung on the act's own verb ("overnight", "by dawn",
"in the afternoon", "during the night") places it within a day of the story, never years back:
the act keeps the story's day, the narrative's day when the sentence carries one, else the
document date (``events.date.own-day-part.v1``). Only for an act told done (not future or
hypothetical), and only against the rules that undate a background
(``times.own_day_part_*``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import (
    BACKGROUND_RULE,
    COARSE_NARRATIVE_RULE,
    FLASHBACK_RULE,
    NARRATIVE_BACKGROUND_RULE,
    NOT_DONE,
    ONCE_RULE,
)
from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["OWN_DAY_PART_RULE", "own_day_part_date"]

OWN_DAY_PART_RULE = "events.date.own-day-part.v1"
#: The rules that undate an act as background of an older time, which a part of the day the
#: act's own verb carries contradicts.
BACKGROUND_UNDATERS = frozenset({BACKGROUND_RULE, NARRATIVE_BACKGROUND_RULE, COARSE_NARRATIVE_RULE,
                                 FLASHBACK_RULE, ONCE_RULE})


def own_day_part_date(token: Token, said_date: EventDate, date: EventDate, rule: str | None,
                      modality: str) -> tuple[EventDate, str | None]:
    """The story's day for ``token``'s act left undated by a background rule although its verb
    carries a part of the day; else ``date`` and ``rule`` unchanged."""
    if rule not in BACKGROUND_UNDATERS or date.basis != "unknown" or modality in NOT_DONE:
        return date, rule
    if token.pos_ not in {"VERB", "AUX"} or not _has_day_part(token):
        return date, rule
    if said_date.basis in {"narrative", "explicit"} and said_date.precision == "day":
        return said_date, OWN_DAY_PART_RULE
    document = state_of(token.doc).document_date
    if document is None:
        return date, rule
    return EventDate(document.isoformat(), None, "document_date"), OWN_DAY_PART_RULE


def _has_day_part(token: Token) -> bool:
    """The verb (or the first verb of its "and" series, which shares its adverbials) has a
    part-of-day adverb ("overnight") or phrase ("by dawn", "in the afternoon")."""
    verbs = [token]
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        verbs.append(token.head)
    return any(_day_part_child(child) for verb in verbs for child in verb.children)


def _day_part_child(child: Token) -> bool:
    if _day_part_adverb(child):
        return True
    if child.dep_ == "prep" and any(  # "detained people for questioning overnight": the
            g.dep_ == "pcomp" and any(_day_part_adverb(a) for a in g.children)  # parse
            for g in child.children):  # hangs the adverb on the gerund at the clause's end
        return True
    if child.dep_ != "prep" or child.lower_ not in words("own_day_part_preps", "times"):
        return False
    return any(obj.dep_ == "pobj" and obj.lemma_.lower() in words("own_day_part_nouns", "times")
               and _bare_day_part(obj) for obj in child.children)


def _day_part_adverb(token: Token) -> bool:
    return token.dep_ in {"advmod", "npadvmod"} \
        and token.lower_ in words("own_day_part_adverbs", "times")


def _bare_day_part(noun: Token) -> bool:
    """"the afternoon", "dawn": a part of the story's day, not of another named one ("the
    morning of June 5", "the night of the election", "that evening" of an older story)."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
