"""Dates of acts still going on when the story is told, or summed up to it.

"Police are already investigating the case" and "Peru has previously committed to X and is
also working with the EU" tell an act still going on when the story is told; CONVENTIONS
(Date) gives such an act the document date. A background adverb ("already", "previously") on
the clause, or on the clause it is joined to, says the act began earlier, not that it is over,
so the background rules must not empty the date (events.date.ongoing-progressive.v1, wave 45:
four of twelve background dates of disc with a present auxiliary were such acts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, words

ONGOING_PROGRESSIVE_RULE = "events.date.ongoing-progressive.v1"

#: Penn tags of a present-tense auxiliary ("is", "are", "am"); "was"/"were" are VBD.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def ongoing_progressive(token: Token) -> bool:
    """The trigger's own clause is a present progressive ("is already working") or a present
    perfect progressive ("has already been offering"): a gerund verb whose first auxiliary is
    present ("is", "are", "has", "have"). "was", "had been" and "will be" are not present."""
    verb = governing_verb(token)
    if verb.tag_ != "VBG":
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxes or any(a.lemma_ not in {"be", "have"} for a in auxes):
        return False
    return auxes[0].tag_ in PRESENT_TAGS and auxes[-1].lemma_ == "be"


LONG_RUNNING_NOW_RULE = "events.date.long-running-now.v1"
#: Prepositions of a phrase that measures or starts the run ("for years", "since 2019"): the
#: lasting and since rules read those.
RUN_MEASURE_PREPOSITIONS = frozenset({"for", "since"})


def long_running_now(token: Token, perfect_of_now: Callable[[Token], bool]) -> bool:
    """"Rights groups have long accused the army of abuses", "they have long been targeted by
    gangs": a bare "long" (``times.lasting_adverbs``) on the trigger's own clause in the present
    perfect (``perfect_of_now``) tells an act still going on when the story is told, which
    CONVENTIONS (Date) gives the document date; events.date.long-running.v1 left it undated
    (rounds 41-51: four such acts judged wrong for it). Not "had long", a participle ("two
    conditions long demanded by Madrid"), a clause only joined to one that has "long" ("have
    long complained and opposed its 2019 switch"), nor a run measured or started by a phrase
    of its own ("for years", "since 2019")."""
    verb = governing_verb(token)
    lasting = words("lasting_adverbs", "times")
    if not any(c.dep_ == "advmod" and c.lower_ in lasting and not any(True for _ in c.children)
               for c in verb.children):
        return False
    if not perfect_of_now(verb):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in RUN_MEASURE_PREPOSITIONS
                   for c in verb.children)


SINCE_YEAR_RULE = "events.date.since-year-start.v1"
#: Grains of a time too long to be "the last days" even when it is this one ("this year").
LONG_GRAINS = frozenset({"quarter", "half", "season", "year", "decade", "century"})
#: Days before the document date a run may start and still be news of these days (as
#: ``event_dates.RECENT_SINCE_DAYS``).
RECENT_DAYS = 7


def since_year_total(token: Token, phrase: Callable[[Token], Token | None],
                     perfect: Callable[[Token], bool]) -> bool:
    """"Since the beginning of the current year, 15 civilians have been shot dead": a simple
    present perfect (``perfect``) run from a time of a year or longer (``phrase`` finds the
    "since" phrase) sums acts from its start to now and has no date (CONVENTIONS, Date: a span
    summed from an earlier time). The lasting-perfect rule reads such a time by its end, which
    for the current year lies ahead, and took the run for news of these days
    (events.date.since-year-start.v1, wave 45)."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"} \
        else token  # "the crackdown has killed 12,000 since ...", as lasting-perfect reads it
    if governing_verb(verb).i != verb.i or verb.pos_ != "VERB" or not perfect(verb):
        return False
    since = phrase(verb)
    return since is not None and _long_run_start(since)


def _long_run_start(since: Token) -> bool:
    """The "since" phrase holds a time of a long grain that began more than a few days before
    the document date ("the current year", "this year", "2022")."""
    state = state_of(since.doc)
    if state.document_date is None:
        return False
    earliest = (state.document_date - dt.timedelta(days=RECENT_DAYS)).isoformat()
    inside = range(since.left_edge.i, since.right_edge.i + 1)
    return any(a.start in inside and a.time.precision in LONG_GRAINS
               and (a.time.date_start or "9999") < earliest for a in state.time_anchors)
