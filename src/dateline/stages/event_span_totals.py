"""Counts summed over a span that runs up to now: no date (issue 11, wave 55, ev55e).

CONVENTIONS.md, "Date": a total or a span summed from an earlier time ("seven arrests in the
past two weeks", "abductions over the last 12 days") has no date. The since-rules and
``events.date.lasting-perfect.v2`` read "since ..." and a present perfect "for/over years";
this rule reads the spans they miss, in any tense.

``events.date.span-total.v2``: a time phrase of the act's own clause that runs up to the
telling (``clauses.span_now_words``: "the past month", "the last two weeks", "recent days";
"this year", ``clauses.span_now_periods``; v2 leaves "this month" a dated month) makes a count
of many done over it a total: no date, not the month the times stage read "the past month" as,
nor "this year", nor the document's day. The count is

- the party of an act done to people one by one (``clauses.tally_verbs``: "have killed at
  least 100 civilians this year", "some 300 protesters were killed in the past month", "had
  detained five men over the past two days"), or the party of such an act whose subject is the
  event's noun ("clashes have killed some 120 people in the past week");
- the event's own plural act noun, counted ("seven arrests in the past two weeks", "has seen
  several attacks this year").

A count of one ("killed one soldier this year"), an uncounted party ("has detained the mayor
this month"), "last month" or "this week" (a dated act of that time) and an act told as future
or hypothetical keep their date.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import NOT_DONE, REPORTED_NEWS_RULE, UNDATED, UNGIVEN
from dateline.stages.state import TimeAnchor, state_of
from dateline.stages.syntax import SUBJECTS, governing_verb, words

__all__ = ["SPAN_TOTAL_RULE", "span_total_date"]

SPAN_TOTAL_RULE = "events.date.span-total.v2"
#: Earlier date rules whose date this rule may take away: a reported act told as news of the
#: document date ("said the militants had killed five men over the past two days").
SPAN_TOTAL_OVERRIDES = frozenset({REPORTED_NEWS_RULE})
#: Dependencies of the party a total counts.
COUNTED_DEPS = frozenset({"nsubjpass", "dobj"})


def span_total_date(token: Token, date: EventDate, rule: str | None, modality: str
                    ) -> tuple[EventDate, str | None]:
    """The event's date after ``events.date.span-total.v2``, and the rule that set it (``rule``
    when unchanged)."""
    if modality in NOT_DONE or (rule is not None and rule not in SPAN_TOTAL_OVERRIDES):
        return date, rule
    clause = _counted_clause(token)
    if clause is None:
        return date, rule
    anchors = [a for a in state_of(token.doc).time_anchors
               if a.clause == clause.i and _reaches_now(token, a)]
    if date.basis == "explicit" and any(a.time.id == date.time for a in anchors):
        return UNDATED, SPAN_TOTAL_RULE
    if date.basis in UNGIVEN and anchors:
        return UNDATED, SPAN_TOTAL_RULE
    return date, rule


def _counted_clause(token: Token) -> Token | None:
    """The clause whose time phrase sums the event, when the event is a count of many: the
    act's own verb, the verb its noun is subject of, or the verb its counted noun hangs on."""
    tallies = words("tally_verbs")
    if token.pos_ == "VERB":
        if governing_verb(token).i != token.i or token.lemma_.lower() not in tallies:
            return None
        first = token
        while first.dep_ == "conj" and first.head.pos_ == "VERB" \
                and not any(c.dep_ in SUBJECTS for c in first.children):
            first = first.head  # "have killed 200 people this year and displaced thousands"
        parties = [c for v in (token, first) for c in v.children if c.dep_ in COUNTED_DEPS]
        return first if any(_many(p) for p in parties) else None
    if token.pos_ != "NOUN":
        return None
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in tallies \
            and any(_many(c) for c in verb.children if c.dep_ == "dobj"):
        return verb  # "clashes have killed some 120 people in the past week"
    if token.tag_ == "NNS" and _many(token):
        return governing_verb(token)  # "seven arrests in the past two weeks"
    return None


def _many(noun: Token) -> bool:
    """A party counted as more than one: "some 120 people", "300 protesters", "several
    attacks", "dozens of people", "thousands" (``clauses.span_count_words``)."""
    counts, single = words("span_count_words"), words("span_single_counts")
    if noun.lower_ in counts or noun.lemma_.lower() in counts:
        return True
    if noun.tag_ == "CD" or noun.like_num:
        return noun.lower_ not in single
    return any((c.dep_ == "nummod" and c.lower_ not in single)
               or (c.dep_ in {"amod", "det"} and c.lower_ in counts) for c in noun.children)


def _reaches_now(token: Token, anchor: TimeAnchor) -> bool:
    """A time phrase that runs up to the telling: "the past month", "the last two weeks",
    "recent days", "this year"; not "last month" (a month of its own) nor "this week"."""
    doc = token.doc
    phrase = [t.lower_ for t in doc[anchor.start : anchor.end]]
    before = doc[anchor.start - 1].lower_ if anchor.start > 0 else ""
    span_words = words("span_now_words")
    if anchor.time.type == "DURATION":  # "the past two days", "recent weeks"
        return any(word in span_words for word in phrase)
    if anchor.time.type != "DATE" or not anchor.time.value[:1].isdigit():
        return False  # "a recent round of talks": no span, a vague past
    for i, word in enumerate(phrase):
        if word in span_words and (phrase[i - 1] if i > 0 else before) == "the":
            return True  # "the past month"; "last month" is that month
    return len(phrase) == 2 and phrase[0] == "this" \
        and phrase[1] in words("span_now_periods")
