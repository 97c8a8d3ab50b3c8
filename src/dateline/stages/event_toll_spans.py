"""Tolls counted over a span have no day (issue 11, wave 70, ev70b).

CONVENTIONS.md, "Date": a total or a span summed from an earlier time has no date (round 20),
unless the text gives one day for the whole toll ("killed in Thursday's bombing"). Blind judges
(rounds 41-42) marked wrong five tolls given a day: "more than 300 people were killed during the
uprising", "at least six people have been killed since the leader was arrested on Tuesday", "232
people were killed in air strikes during the conflict". The toll rules before this one
(``events.date.toll-total.v1``, ``events.date.span-total.v2``, the since-rules) read a present
perfect or a span that runs up to now; this rule reads the spans they miss, in any tense.

``events.date.toll-span.v1``: an act of harm or arrest (``clauses.toll_span_verbs``) whose party
is counted as many (``clauses.span_count_words``: "at least 10 people", "dozens", "hundreds of
protesters"; not "one soldier") and whose clause spreads it over a span has no date. A span is

- a "since" phrase or clause ("since Wednesday", "since the unrest began"): the time in it is
  where the count starts, not its day, so an explicit date read from it goes too;
- "during/throughout/over" a noun of a run (``clauses.toll_span_nouns``: "the uprising", "the
  conflict", "the protests", "recent weeks"), or "in the" bare noun of a run of violence
  (``clauses.toll_span_in_nouns``: "in the unrest", "in the violence") over a document date
  only: "in heavy fighting at the prison" is one clash, and a day carried from the story may be
  the day of the violence it names;
- a phrase that says the count is a sum (``clauses.toll_sum_phrases``: "so far", "to date",
  "in total", "in all");
- (v2, session 109; judged rounds 43-92: 13 such tolls given a day were scored wrong, 3 left
  undated right) "in", "over" or "during" a counted run of days
  (``clauses.toll_counted_span_nouns``: "killed in five days of fighting", "arrested over the
  past three days"; not "in the first two days", ``clauses.toll_first_span_words``), the
  run-up to an event ("in the run-up to the vote", ``clauses.toll_run_up_nouns``) or the days
  before or around one ("in the days before the vote", ``clauses.toll_run_up_marks``), on the
  toll or on the phrase it was killed in ("killed in clashes in the days before polling");
- (v3, session 111) a length of time before the run's noun ("during the 11-day conflict") is
  the run's, not a day for the toll.

A "since" part whose time falls on the toll's own day keeps the date ("since 3am this morning,
police have arrested 40 protesters": a run of the last hours, test_wave45_ev45d). A toll whose
clause holds a time outside such a "since" part keeps its date ("killed during the
protests on Friday", "during the 2011 uprising"): the text gives the whole toll a time. So do a
date coarser than a day carried from the story (a year or month may hold the whole run), a single
protest ("during the protest"), and an act told as future or hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import COUNTED_DEPS, NOT_DONE, UNDATED
from dateline.stages.state import state_of
from dateline.stages.syntax import words

__all__ = ["TOLL_SPAN_RULE", "toll_span_date"]

TOLL_SPAN_RULE = "events.date.toll-span.v3"
#: Prepositions that spread an act over the run their object names.
RUN_PREPS = frozenset({"during", "throughout", "over"})
#: Kinds of span phrase (``_run_part``); a ``RUN_NOUN``'s words are those before its noun, whose
#: lengths of time ("the 11-day conflict") are the run's own, but not a year ("the 2014 uprising").
SUM, RUN, IN_RUN, RUN_NOUN = "sum", "run", "in-run", "run-noun"


def toll_span_date(token: Token, date: EventDate, rule: str | None, modality: str
                   ) -> tuple[EventDate, str | None]:
    """The event's date after ``events.date.toll-span.v1``, and the rule that set it (``rule``
    when unchanged)."""
    if modality in NOT_DONE or date.basis == "unknown" or not _counted_toll(token):
        return date, rule
    holders = _holders(token)
    since, (run, run_words) = _since_parts(holders), _run_part(holders)
    if not since and run is None:
        return date, rule
    if not since and run == IN_RUN and date.basis != "document_date":
        return date, rule  # "killed in the violence" after a story of that day's violence
    clause = range(min(h.left_edge.i for h in holders), max(h.right_edge.i for h in holders) + 1)
    anchors = [a for a in state_of(token.doc).time_anchors if a.start in clause]
    if any(a.start not in since and not (a.start in run_words and (
            run != RUN_NOUN or a.time.type == "DURATION")) for a in anchors):
        return date, rule  # "killed during the protests on Friday": a day for the whole toll
    today = state_of(token.doc).document_date
    if today is not None and any(
            a.start in since and _on_day(a.time.date_start, a.time.precision, today.isoformat())
            for a in anchors):
        return date, rule  # "since 3am this morning": a run of the last hours has its day
    if date.basis == "explicit":
        if not any(a.time.id == date.time for a in anchors):
            return date, rule
    elif date.basis == "narrative" and date.precision != "day":
        return date, rule  # a year or month carried from the story may hold the whole run
    elif date.basis not in {"narrative", "document_date"}:
        return date, rule
    return UNDATED, "+".join(filter(None, [rule, TOLL_SPAN_RULE]))


def _on_day(start: str | None, precision: str | None, day: str) -> bool:
    """A "since" time on the document's own day ("since 3am this morning", "since dawn
    today"): the run is of the last hours."""
    return precision in {"day", "hour", "minute", "time"} and (start or "")[:10] == day


def _counted_toll(token: Token) -> bool:
    """A verb of harm or arrest whose party (its own or its first conjunct's: "100 people have
    been killed and 4,000 wounded") is counted as many."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("toll_span_verbs"):
        return False
    verbs = [token]
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        verbs.append(token.head)
    deps = COUNTED_DEPS | {"nsubj"} if token.lemma_.lower() == "die" or token.dep_ == "conj" \
        else COUNTED_DEPS
    return any(_many(c) for v in verbs for c in v.children if c.dep_ in deps)


def _holders(token: Token) -> list[Token]:
    """The tokens a span phrase of the toll hangs on: the verb, the verb it is a conjunct of, its
    conjuncts, and their counted parties ("killed 2,000 people in the conflict")."""
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        verbs.append(token.head)
    parties = [c for v in verbs for c in v.children if c.dep_ in COUNTED_DEPS]
    return [*verbs, *parties]


def _since_parts(holders: list[Token]) -> set[int]:
    """Token indexes of the "since" phrases and clauses on the holders."""
    parts: set[int] = set()
    for holder in holders:
        for child in holder.children:
            if (child.dep_ == "prep" and child.lower_ == "since") or (
                    child.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children)):
                parts.update(t.i for t in child.subtree)
    return parts


def _run_part(holders: list[Token]) -> tuple[str | None, set[int]]:
    """The kind of phrase on the holders that spreads the toll over a run or says it is a sum:
    ``SUM`` ("so far", "in total"), ``RUN_NOUN`` ("during the uprising"), ``IN_RUN`` ("in the
    unrest": a bare noun with "the", not "in heavy fighting at the prison", one clash) or
    ``RUN`` (a counted run: "in five days of fighting"), else None; and the words whose times
    are the run's own: all of a counted run's ("the days before the vote"), the words before a
    run noun ("the 11-day conflict")."""
    runs, in_runs = words("toll_span_nouns"), words("toll_span_in_nouns")
    sums = words("toll_sum_phrases")
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ == "far" and any(
                    c.lower_ == "so" for c in child.children):
                return (SUM if "so far" in sums else None), set()
            if child.dep_ != "prep":
                continue
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                noun = obj.lower_
                if f"{child.lower_} {noun}" in sums and not list(obj.children):
                    return SUM, set()  # "in total", "to date", "in all"
                if child.lower_ in RUN_PREPS and noun in runs:  # "the 11-day conflict"
                    return RUN_NOUN, {t.i for left in obj.lefts for t in left.subtree}
                if child.lower_ == "in" and noun in in_runs and _bare_definite(obj):
                    return IN_RUN, set()
                if child.lower_ in RUN_PREPS | {"in"} and _counted_run(obj):
                    return RUN, {t.i for t in child.subtree}
    return None, set()


def _counted_run(noun: Token) -> bool:
    """"five days of fighting", "the past three days", "the run-up to the vote", "the days
    before the vote", also as the phrase of a noun the toll happened in ("clashes in the days
    before polling")."""
    nouns = [noun, *(p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for p in prep.children if p.dep_ == "pobj")]
    return any(_run_of_days(n) or _run_up(n) for n in nouns)


def _run_of_days(noun: Token) -> bool:
    if noun.lower_ not in words("toll_counted_span_nouns"):
        return False
    if any(c.lower_ in words("toll_first_span_words") for c in noun.children):
        return False
    single = words("span_single_counts")
    counted = any(c.dep_ == "nummod" and c.lower_ not in single for c in noun.children)
    marked = any(c.lower_ in words("toll_run_up_marks") for c in noun.children)
    return counted or marked


def _run_up(noun: Token) -> bool:
    """"the run-up to the vote", "the lead-up to": the parse hangs the noun on its last part."""
    return noun.lower_ in words("toll_run_up_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in noun.children) and any(
        c.dep_ == "det" for c in noun.children)


def _bare_definite(noun: Token) -> bool:
    """"the unrest", "the protests": a noun with "the" and no word that makes it one clash
    ("heavy fighting", "the prison fighting")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in {"amod", "compound", "nummod"} for c in noun.children)


def _many(noun: Token) -> bool:
    """A party counted as more than one: "some 120 people", "300 protesters", "dozens of
    people", "hundreds" (``clauses.span_count_words``)."""
    counts, single = words("span_count_words"), words("span_single_counts")
    if noun.lower_ in counts:
        return True
    if noun.tag_ == "CD" or noun.like_num:
        return noun.lower_ not in single
    return any((c.dep_ == "nummod" and c.lower_ not in single)
               or (c.dep_ in {"amod", "det"} and c.lower_ in counts) for c in noun.children)
