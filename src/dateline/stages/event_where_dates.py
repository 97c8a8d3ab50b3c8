"""Acts told in a "where" clause on the place of a dated act (issue 11, wave 92, ev92b).

CONVENTIONS.md, "Date": an act takes the date the text gives it. "The revolt began on Wednesday
at a barracks near the capital, where soldiers attacked their officers", "the unrest followed a
clash on Saturday in the port, where police fired tear gas", "the plane landed on Sunday evening
at the airport, where police had detained dozens": the "where" clause tells what happened at the
place of an act the text dates, on that occasion, so its act takes that act's time, not the
document date nor another sentence's day (judged rounds 41-54: each such act given the document
date was called wrong).

- ``events.date.where-place-time.v1``: the trigger is the verb of a relative clause opened by
  "where" (or a verb joined to it by "and"), in the simple past or the pluperfect, with no time
  phrase of its own (a "for weeks" or "in 2014" of its own dates it otherwise). The clause hangs
  on a place noun in a preposition phrase of a verb (at most two phrases deep: "at a barracks
  near the capital"), and that verb has a past calendar time of its own. Not a clause in the
  present or present perfect ("a country where kidnappings have surged"), nor a clause the
  parser hung on the time phrase itself, nor a place the dated act leaves ("arrived on Thursday
  from Riyadh, where he held talks": judged round 52, the talks were the day before).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import _day_on, _pluperfect, _simple_past
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb

__all__ = ["WHERE_PLACE_TIME_RULE", "where_place_time"]

WHERE_PLACE_TIME_RULE = "events.date.where-place-time.v1"
#: How many preposition phrases may stand between the dated verb and the place noun.
MAX_PHRASES = 2
#: Prepositions of a place the dated act leaves ("arrived on Thursday from Riyadh, where he
#: held talks"): what happened there came before.
ORIGIN_PREPS = frozenset({"from"})


def where_place_time(token: Token) -> EventDate | None:
    """The dated verb's time for an act of a "where" clause on its place, or None."""
    if token.pos_ not in {"VERB", "AUX"} or governing_verb(token).i != token.i:
        return None
    if not (_simple_past(token) or _pluperfect(token)):
        return None
    clause = _where_clause(token)
    if clause is None or _has_own_time(token) or _has_own_time(clause):
        return None
    host = _dated_host(clause.head)
    if host is None:
        return None
    day = _day_on(host)
    if day is None:
        return None
    return EventDate(day[0], day[1], "explicit")


def _where_clause(verb: Token) -> Token | None:
    """The relative clause opened by "where" that holds the verb (itself, or the first of a
    row of verbs joined by "and")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    return clause


def _has_own_time(verb: Token) -> bool:
    """Any time phrase (a point or a length) of the verb's own clause."""
    return any(a.clause == verb.i for a in state_of(verb.doc).time_anchors)


def _dated_host(place: Token) -> Token | None:
    """The verb whose preposition phrase names the place ("began ... at a barracks near the
    capital"), climbing at most ``MAX_PHRASES`` phrases; None when the place is no object of a
    preposition, or is itself inside a time phrase."""
    doc = place.doc
    if any(a.start <= place.i < a.end for a in state_of(doc).time_anchors):
        return None
    noun = place
    for _ in range(MAX_PHRASES):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i \
                or prep.lower_ in ORIGIN_PREPS:
            return None
        holder = prep.head
        if holder.pos_ in {"VERB", "AUX"}:
            return holder
        noun = holder
    return None
