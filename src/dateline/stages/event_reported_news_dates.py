"""The news day for a reported pluperfect in a story's body (wave 71, ev71c).

"Russian forces invaded Ukraine on Thursday. [...] Ukrainian officials said Russian troops had
taken control of the Chernobyl plant.": a pluperfect that is the direct complement of a news
report ("said", "told", ``times.news_report_verbs``) is the report's news in backshifted tense.
On the document date it keeps that date (events.date.reported-news.v1, round 20); over a day
that the story carries from its lead or an earlier sentence, the background rule for
pluperfects (events.date.background-narrative.v1) left it undated, and blind judges scored the
missing date wrong for acts of the news the lead tells ("officials said 40 people had been
arrested"). It keeps the carried day (events.date.reported-news-narrative.v1) when that day is
the news of the filing (a day at most ``NEWS_REACH`` days before the document date), the act
is a verb of no statement type (an accusation, support, a call: "police said he had called for
..." quotes an older statement) whose own clause is the pluperfect or a conjunct sharing its
subject, with no since-phrase, and the checks of ``reported_news`` hold: the report is no
background itself, nor hung on another act, the act carries no background adverb, series
word, since-clause or lasting phrase, and its sentence names no time of its own.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_lead_story_dates import STATEMENT_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb

__all__ = ["NEWS_REACH", "REPORTED_NEWS_NARRATIVE_RULE", "reported_news_narrative"]

REPORTED_NEWS_NARRATIVE_RULE = "events.date.reported-news-narrative.v1"
#: Prepositions that hang a report on another happening ("said before the vote").
RELATING_WORDS = frozenset({"before", "after", "following", "since", "until"})
#: How many days before the document date a carried day may be and still be the news.
NEWS_REACH = 7


def reported_news_narrative(token: Token, date: EventDate) -> bool:
    """True when ``token``'s carried (narrative) day is kept for a reported pluperfect: the
    module docstring."""
    from dateline.stages.event_dates import reported_news  # event_dates calls this module

    if date.basis != "narrative" or date.precision != "day" or not date.value \
            or token.pos_ != "VERB":
        return False  # a noun ("present during the negotiations") may name an older act
    entry = match(token)
    if entry is None or entry.type in STATEMENT_TYPES:
        return False  # "had publicly called for ...": a statement quoted as background
    document = state_of(token.doc).document_date
    if document is None:
        return False
    try:
        day = dt.date.fromisoformat(date.value[:10])
    except ValueError:
        return False
    if not dt.timedelta(0) <= document - day <= dt.timedelta(days=NEWS_REACH):
        return False
    return _own_pluperfect(token) and _report_first(token) and reported_news(token)


def _report_first(token: Token) -> bool:
    """The report comes before the act ("police said 40 people had been arrested"), the
    backshift of a report; and is not hung on another happening ("said before the vote that
    they had voted against ..."). A trailing attribution ("the unions had offered a contract,
    the website said") leaves the pluperfect the story's own background."""
    clause = governing_verb(token)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return False
    cue = clause.head
    return not any(c.dep_ == "prep" and c.lower_ in RELATING_WORDS for c in cue.children)


def _own_pluperfect(token: Token) -> bool:
    """The act's own clause is the pluperfect ("had taken"), or a conjunct with no subject of
    its own sharing one ("had struck them and then crossed the border"); not a clause with its
    own subject joined to it ("had struck them, and he rejected ...": another act, told by
    the story at another time). Not when the clause has a since-phrase or -clause."""
    from dateline.stages.event_dates import _pluperfect  # event_dates calls this module

    clause = governing_verb(token)
    if any(c.lower_ == "since" or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
           for c in clause.children):
        return False  # "had been arrested since the unrest began": a total over a span
    if _pluperfect(clause):
        return True
    return clause.dep_ == "conj" and clause.head.i != clause.i and _pluperfect(clause.head) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
