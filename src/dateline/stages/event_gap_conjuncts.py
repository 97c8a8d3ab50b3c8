"""Acts coordinated with a counted "after" clause share its day (issue 11, wave 76, ev76c).

"The bloc agreed on Monday to close its airspace, a day after the authorities forced a jet to
land and arrested a journalist on board", "The protests began on Thursday, hours after police
raided the office and detained two aides": the gap ("a day", "hours") and "after" hang on the
first verb of the clause, so ``events.date.gap-after.v1``, ``events.date.gap-hours-same-day.v1``
and ``events.date.gap-after-lead-day.v1`` date that verb, while a second verb joined to it by
"and" kept the document date (blind rounds 41-45 and dev news: the arrest told a day before
the Monday given Monday's document date). A simple past verb coordinated with such a clause,
with no time of its own, takes the day the rules give the clause's first verb, at the same
basis (``events.date.gap-after-conjunct.v1``). When those rules find no day (a rough gap, a head
of no day the text gives) the conjunct is left as before.

"The invasion came three days after Putin recognised the regions", "The bombings came four days
after suicide attacks in Riyadh killed 30 people": a past "came" (``times.gap_came_verbs``) has
no day of its own, so ``events.date.gap-after.v1`` leaves the clause undated. But its subject,
a noun with "the" ("the invasion", "the vote"), names again an act the first paragraph told
(the same lemma: "launched a full-scale invasion ... on Thursday", "voted on Wednesday"); the
whole-day gap counts back from that act's day, a day the text gives or the document date the
lead's news is of (``events.date.gap-after-came.v1``). Not for a rough gap, a subject that names
no act of the lead, or a day after the document date.

Wave 84 (ev84f, ``events.date.gap-after-came-noun.v1``): the subject may name the lead's act by
a noun of its own ("The announcement came two days after he declared martial law" after
"announced on Thursday"; ``times.gap_came_act_nouns`` maps the noun to the verb): blind rounds
42 and 51 scored the missing date wrong where the text counts it back from the lead's day.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.state import state_of
from dateline.stages.syntax import doc_text, governing_verb, words
from dateline.stages.timex_types import vocab

__all__ = ["GAP_CAME_NOUN_RULE", "GAP_CAME_RULE", "GAP_CONJUNCT_RULE", "came_gap_date",
           "gap_conjunct_date"]

GAP_CONJUNCT_RULE = "events.date.gap-after-conjunct.v1"
GAP_CAME_RULE = "events.date.gap-after-came.v1"
GAP_CAME_NOUN_RULE = "events.date.gap-after-came-noun.v1"
#: The paragraphs where the act "The invasion came ..." names again is looked for: the first, the
#: day's news (a later mention, "In a ruling released Monday", is dated by its own sentence's
#: report and gave a wrong day on a val story).
ANTECEDENT_PARAGRAPHS = 1


def _first_conjunct(verb: Token) -> Token | None:
    """The first verb of the "and" chain ``verb`` closes, or None when ``verb`` is no conjunct."""
    if verb.dep_ != "conj":
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    return first if first.i != verb.i else None


def _own_time(verb: Token) -> bool:
    """A time phrase of the conjunct's own clause ("and arrested him on Friday")."""
    doc = verb.doc
    return any(governing_verb(doc[a.start : a.end]).i == verb.i
               for a in state_of(doc).time_anchors)


def gap_conjunct_date(token: Token) -> EventDate | None:
    """The day of the counted "after" clause a conjunct act is joined to (module docstring), or
    None when the rule does not apply or the clause's rules give no day."""
    from dateline.stages.event_dates import _simple_past, after_clause_gap, gap_after_date
    from dateline.stages.event_hour_gaps import hours_gap_date
    from dateline.stages.event_lead_day_phrases import gap_after_lead_day

    verb = governing_verb(token)
    first = _first_conjunct(verb)
    if first is None or first.dep_ != "advcl" or not _simple_past(verb) or _own_time(verb) \
            or after_clause_gap(first) is None:
        return None
    hours = hours_gap_date(first)
    if hours is not None:
        return hours[0]
    counted = gap_after_date(first)
    if counted is not None and counted.value is None:
        counted = gap_after_lead_day(first)
    return counted if counted is not None and counted.value is not None else None


def _lead_antecedent(noun: Token) -> Token | None:
    """The first word of the first paragraph, before the noun's sentence, with the noun's
    lemma ("invasion", "vote"), or a verb the noun names by its own word ("announcement" for
    "announced", ``times.gap_came_act_nouns``), or None."""
    doc = noun.doc
    text = doc_text(doc)
    start = noun.sent.start
    lemma = noun.lemma_.lower()
    verb = _act_verb(noun)
    for word in doc[:start]:
        if text.count("\n", 0, word.idx) >= ANTECEDENT_PARAGRAPHS:
            return None
        if word.lemma_.lower() == lemma and word.pos_ in {"NOUN", "VERB"}:
            return word
        if verb is not None and word.pos_ == "VERB" and word.lemma_.lower() == verb:
            return word
    return None


def _act_verb(noun: Token) -> str | None:
    """The verb lemma of an act noun ("announcement" -> "announce"), or None."""
    nouns = vocab().get("gap_came_act_nouns") or {}
    verb = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)
    return str(verb) if verb else None


def came_gap_date(token: Token) -> tuple[EventDate, str] | None:
    """The day of an act of an "after" clause hung on "The invasion came ...", counted back
    from the day of the lead act the subject names again (module docstring), and the rule: the
    noun's own lemma (gap-after-came.v1) or the act noun's verb (gap-after-came-noun.v1); or
    None."""
    from dateline.stages.event_dates import DAY_GAP, after_clause_gap
    from dateline.stages.time_when import event_when  # time_when reads event_dates

    clause = governing_verb(token)
    gap = after_clause_gap(clause)
    days = DAY_GAP.fullmatch(gap.time.value or "") if gap is not None else None
    head = clause.head
    if gap is None or days is None or gap.time.mod is not None or head.tag_ != "VBD" \
            or head.lemma_.lower() not in words("gap_came_verbs", "times"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    antecedent = _lead_antecedent(subject) if subject is not None else None
    if antecedent is None:
        return None
    answer = event_when(token.doc, antecedent.i)
    anchor = state_of(token.doc).document_date
    if answer.basis not in {"explicit", "document_date"} or answer.value is None \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", answer.value) \
            or (anchor is not None and answer.value > anchor.isoformat()):
        return None
    day = dt.date.fromisoformat(answer.value) - dt.timedelta(days=int(days.group(1)))
    assert subject is not None  # an antecedent was found for it
    rule = GAP_CAME_RULE if antecedent.lemma_.lower() == subject.lemma_.lower() \
        else GAP_CAME_NOUN_RULE
    return EventDate(day.isoformat(), None, "narrative"), rule
