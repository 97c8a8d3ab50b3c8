"""A speaker's statement joined after a reported pluperfect is this news (wave 83, ev83i).

"The minister said the talks had failed and called for new elections": the parser often joins
the second verb to the pluperfect inside the report ("had failed ... and called") rather than
to "said", so the background rule for pluperfects (events.date.background.v2, or
events.date.background-narrative.v1 under a carried time) read "called" as an older act and
left it undated. Blind judges of rounds 41-51 scored that missing date wrong each time the
joined verb was the speaker's own call, appeal or demand ("his statement is reported as this
news, so the document date is right"). Such a verb is told in the simple past (one the parse
tags as a past participle may share the "had": it keeps no date), with no subject or
auxiliary of its own, after a pluperfect that is the direct complement of a report verb
(``times.news_report_verbs``) told first, in the simple past and as this news; the act is a
statement (accuse, support, request; not a standing charge, ``times.standing_charge_verbs``)
with no background adverb, no sequence adverb ("later"), not in the first person, in a sentence
that names no time of its own. It takes the report's day (events.date.said-conjunct.v1): the
document date; a carried day of the filing's news (at most ``NEWS_REACH`` days before the
document date) is kept, as for the report's own news (events.date.reported-news-narrative.v1);
a carried month or year is another act's, and the statement takes the document date, as
events.date.coarse-news-statement.v3 gives a statement of the news. An older carried day
leaves it undated.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_coarse_news_dates import (
    _continues_narrative,
    _plain_active_past,
    _told_in_first_person,
)
from dateline.stages.event_lead_story_dates import STATEMENT_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.event_reported_news_dates import NEWS_REACH
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["SAID_CONJUNCT_RULE", "SAID_CONJUNCT_STALE_RULE", "said_conjunct", "stale_said_conjunct"]

SAID_CONJUNCT_RULE = "events.date.said-conjunct.v1"
#: Wave 84 (ev84i): the same statement under a carried time that is not the filing's news.
SAID_CONJUNCT_STALE_RULE = "events.date.said-conjunct-stale.v1"
#: Dependencies that give a joined verb a clause of its own (another act, another time).
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def said_conjunct(token: Token, date: EventDate, coarse: bool) -> EventDate | None:
    """The date of ``token`` when it is a statement joined after a reported pluperfect (module
    docstring), else None. ``coarse``: its date is a month or a year carried from an earlier
    sentence."""
    from dateline.stages.event_dates import _document_date  # event_dates calls this module

    if not _joined_after_report(token) or not _statement_of_the_news(token):
        return None
    if date.basis == "document_date" or coarse:
        return _document_date(token)
    return date if _news_day(token, date) else None


def stale_said_conjunct(token: Token, date: EventDate) -> EventDate | None:
    """The document date for a statement joined after a reported pluperfect (module docstring)
    whose carried time is not the filing's news: a month (as for a coarse one: another act's),
    or a day older than ``NEWS_REACH`` days that an earlier sentence told only in a relative
    clause ("a rebel group that crossed the border on April 11"), the background of a party and
    not the story's narrative. Blind judges of rounds 41-51 scored the missing date wrong ("a
    news reaction with no other date takes the document date"). A day told by the main clause
    of its sentence ("Gunmen raided the port on March 3") may be the statement's own: undated,
    as before. None when ``said_conjunct`` already dates it or the shape does not hold."""
    from dateline.stages.event_dates import _document_date  # event_dates calls this module

    if date.basis != "narrative" or _news_day(token, date):
        return None
    if date.precision != "month" and not (date.precision == "day"
                                          and _told_in_relative_clause(token, date)):
        return None
    if not _joined_after_report(token) or not _statement_of_the_news(token):
        return None
    return _document_date(token)


#: Dependencies of a clause that describes a noun (a party's earlier deed), not the narrative.
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _told_in_relative_clause(token: Token, date: EventDate) -> bool:
    """The carried day is written in a relative or adnominal clause of an earlier sentence."""
    anchor = next((a for a in state_of(token.doc).time_anchors if a.time.id == date.time), None)
    if anchor is None or anchor.start >= token.sent.start:
        return False
    word = token.doc[anchor.start]
    while word.head.i != word.i and word.pos_ not in {"VERB", "AUX"}:
        word = word.head
    return word.dep_ in RELATIVE_CLAUSE_DEPS


def _joined_after_report(token: Token) -> bool:
    """"said the talks had failed and called": the trigger's verb, in the simple past with no
    subject or auxiliary of its own, joined after a pluperfect that is the complement of a
    report verb told before it in the simple past."""
    from dateline.stages.event_dates import _pluperfect  # event_dates calls this module

    verb = governing_verb(token)
    if verb.i != token.i or verb.dep_ != "conj" or verb.tag_ != "VBD" \
            or any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    reported = verb.head
    if reported.i > verb.i or not _pluperfect(reported) or reported.dep_ != "ccomp":
        return False
    cue = reported.head
    return cue.i < reported.i and cue.lemma_.lower() in words("news_report_verbs", "times") \
        and _plain_active_past(cue)


def _statement_of_the_news(token: Token) -> bool:
    """A statement (no standing charge) with no mark of another time on it or on the report."""
    from dateline.stages.event_dates import (  # event_dates calls this module
        _marked,
        _sentence_has_time,
        _subordinate_report,
    )

    entry = match(token)
    if entry is None or entry.type not in STATEMENT_TYPES \
            or token.lemma_.lower() in words("standing_charge_verbs", "times"):
        return False
    cue = token.head.head
    return not _marked(token) and not _marked(cue) and not _subordinate_report(cue) \
        and not _sentence_has_time(token) and not _continues_narrative(token) \
        and not _continues_narrative(cue) and not _told_in_first_person(token)


def _news_day(token: Token, date: EventDate) -> bool:
    """A carried day of the filing's news: at most ``NEWS_REACH`` days before the document date."""
    document = state_of(token.doc).document_date
    if date.basis != "narrative" or date.precision != "day" or not date.value or document is None:
        return False
    try:
        day = dt.date.fromisoformat(date.value[:10])
    except ValueError:
        return False
    return dt.timedelta(0) <= document - day <= dt.timedelta(days=NEWS_REACH)
