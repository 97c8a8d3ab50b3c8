"""The tense of the clause a time expression is in: past, present or future, which decides the
side of the document date a year-less date or a bare weekday falls on ("met on Friday" is the
Friday before, "meets Friday" the one after).

Separate from the stage because the stage and the "when" answers (``time_when``) both read it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.stages.state import state_of
from dateline.stages.syntax import future_auxiliaries, governing_verb, words
from dateline.stages.time_called_ahead import CALLED_AHEAD_RULE, called_ahead_day
from dateline.stages.time_happenings import (
    FOLLOWS_RULE,
    POSSESSED_RULE,
    TIME_RULES,
    followed_happening_day,
    past_happening_day,
    possessed_happening_day,
)
from dateline.stages.time_plans import past_told_frame
from dateline.stages.timex import Tense, vocab

__all__ = ["clause_tense", "planned_day", "reached_day_rule", "verb_tense"]

#: A weekday alone ("Tuesday", "Tuesday night"): after "later" or "earlier" it is the story's day
#: (times.later-weekday.v1, judged round 9: "would invite him later Tuesday").
WEEKDAY_ONLY = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?$")


def clause_tense(span: Span) -> Tense:
    lowered = span.text.lower()
    if re.search(r"\b(?:next|coming|tomorrow)\b", lowered):
        return "future"
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    as_of = span.start > 1 and doc[span.start - 2].lower_ == "as" and before == "of"
    if before == "since" or as_of or re.search(r"\b(?:last|ago|yesterday|previous|past)\b",
                                                lowered):
        return "past"
    if before in vocab()["same_day_words"] and WEEKDAY_ONLY.match(lowered):
        return "past"  # "later Tuesday": the day of the story, on or before its date
    if WEEKDAY_ONLY.match(lowered) and called_ahead_day(span):  # wave 72 (ev72d)
        reached = state_of(span.doc).derived.setdefault("times.reached", {})
        reached[span.start] = CALLED_AHEAD_RULE  # "called a strike for Friday": the coming one
        return "future"
    verb = _reporting_verb(span, governing_verb(span))
    tense = verb_tense(verb)
    if tense == "past" and past_told_frame(verb):  # wave 59: "had planned to meet on April 10"
        state_of(span.doc).derived.setdefault("times.planned", set()).add(span.start)
    if tense == "present" and WEEKDAY_ONLY.match(lowered) and _done_by_now(verb):
        return "past"  # "have begun strikes Friday": a done act, on the Friday before
    if tense != "past" and WEEKDAY_ONLY.match(lowered) and past_happening_day(span, verb):
        return "past"  # "condemns the attack on Friday": a told happening (happening-weekday.v1)
    if tense != "past" and WEEKDAY_ONLY.match(lowered) and followed_happening_day(span, verb):
        reached = state_of(span.doc).derived.setdefault("times.reached", {})
        reached[span.start] = FOLLOWS_RULE  # wave 55: "follows the resignation on Monday night"
        return "past"
    if tense != "past" and WEEKDAY_ONLY.match(lowered) and possessed_happening_day(span, verb):
        reached = state_of(span.doc).derived.setdefault("times.reached", {})
        reached[span.start] = POSSESSED_RULE  # wave 79 (lead): "Wednesday's clashes"
        return "past"
    if before in {"until", "till"} and tense == "past" and verb.tag_ != "VBD":
        return "present"  # "markets closed until Friday": an end still to come
    return tense


def reached_day_rule(span: Span) -> str | None:
    """The time rule of the wave-55 rule (``FOLLOWS_RULE``) by which ``clause_tense`` read the
    weekday ``span`` as the one before the document date (``time_happenings.TIME_RULES``), while
    the times stage runs: the stage names it on the time, the event dated by it the event rule."""
    reached: dict[int, str] = state_of(span.doc).derived.get("times.reached", {})
    rule = reached.get(span.start)
    return TIME_RULES[rule] if rule is not None else None


def planned_day(span: Span) -> bool:
    """Whether ``clause_tense`` read ``span`` as past because its clause is a plan told in the
    past (``time_plans``, PAST_PLAN_RULE), while the times stage runs; the stage names the
    rule on the time where this moved its date."""
    return span.start in state_of(span.doc).derived.get("times.planned", set())


def _done_by_now(verb: Token) -> bool:
    """A clause told as done by the document date: a present perfect (``_present_perfect``);
    a participle with no auxiliary hung on one ("have stepped up attacks, killing a dozen on
    Friday night": the killing is the perfect's act); a perfect infinitive ("were reported to
    have taken to the streets on Friday"); or the infinitive of an attempt told in the past
    ("tried to force their way in on Saturday", ``times.attempt_verbs``). Its bare weekday is
    the one before the document date, not the next (times.perfect-weekday.v2, wave 36, read in
    disc stories: v1 read the clause's own verb only, and these went to the week after)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    head = verb.head
    if _present_perfect(verb):
        return True
    if verb.tag_ == "VBN" and {"to", "have"} <= auxiliaries:
        return True
    if verb.tag_ == "VBG" and not auxiliaries and head.i != verb.i \
            and verb.dep_ in {"advcl", "prep", "acl"}:
        return _present_perfect(head)
    return verb.dep_ == "xcomp" and "to" in auxiliaries and head.tag_ == "VBD" \
        and head.lemma_.lower() in vocab()["attempt_verbs"]


def _present_perfect(verb: Token) -> bool:
    """"teachers have begun strikes Friday", "the envoys have been summoned on Saturday": a
    present perfect tells an act done by the document date, so a bare weekday of its own clause
    is the one before it, not the next (times.perfect-weekday.v1, round 20, read in dev
    stories; "present" alone let the nearest reading win, the day after the document)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and bool(auxiliaries & {"has", "have", "'ve"}) \
        and not auxiliaries & (words("modal_auxiliaries") | {"to"})


def _reporting_verb(span: Span, verb: Token) -> Token:
    """"Abe said Sunday Japan will provide aid": a time the parser hung on a reported clause,
    right after the reporting verb and before that clause's subject (so no "that"), is the
    reporting verb's, and takes its tense (times.reporter-time.v1, round 20, read in dev
    stories; the event dates read it so already, ``time_when.reporter_time_clause``)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not head.i < span.start:
        return verb
    between = [t.lower_ for t in span.doc[head.i + 1 : span.start]]
    if between not in ([], ["on"]):
        return verb  # right after the reporting verb: "said Sunday", "said on Sunday"
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return head if subjects and span.end <= min(subjects) else verb


def verb_tense(verb: Token) -> Tense:
    """The tense of a verb's clause, remembered per doc while a stage runs: a verb that governs
    thousands of tokens (a list of dates with no full stop) would otherwise have its children
    read again for every time expression it governs (issue 19)."""
    known: dict[int, Tense] = state_of(verb.doc).derived.setdefault("times.tense", {})
    if verb.i not in known:
        known[verb.i] = _verb_tense(verb)
    return known[verb.i]


def _verb_tense(verb: Token) -> Tense:
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & future_auxiliaries():
        return "future"
    if past_told_frame(verb):  # PAST_PLAN_RULE (wave 59): "had planned to hold", before the
        return "past"          # frame below made it future
    if verb.lemma_ in words("future_frames") and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_ in words("future_frames")
                                 or head.lower_ in {"due", "set"}):
        return "future"
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and head.i != verb.i:
        inherited = verb_tense(head) if verb.tag_ in {"VB", "VBG"} else None
        if inherited == "future":
            return "future"
    if _ordinal_infinitive(verb, auxiliaries):
        return verb_tense(governing_verb(verb.head))
    if verb.tag_ == "VBG" and not auxiliaries and verb.head.i != verb.i:
        return verb_tense(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else "past"
    return _simple_tense(verb, auxiliaries)


def _ordinal_infinitive(verb: Token, auxiliaries: set[str]) -> bool:
    """"became the third European to visit France over the weekend": an infinitive that
    describes a noun ranked by an ordinal (``times.realised_ordinals``) tells an act in the tense
    of the clause the noun is in, not an intention (times.ordinal-infinitive.v1, judged round
    10)."""
    if "to" not in auxiliaries or verb.head.i == verb.i:
        return False
    if verb.dep_ in {"acl", "relcl"}:
        nouns = [verb.head]
    elif verb.dep_ == "advcl":  # the parser's "became [the third European] [to visit]"
        nouns = [c for c in verb.head.children if c.dep_ in {"attr", "dobj"} and c.i < verb.i]
    else:
        return False
    ordinals = vocab()["realised_ordinals"]
    return any(noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "nummod"} and c.lower_ in ordinals for c in noun.children)
        for noun in nouns)


def _simple_tense(verb: Token, auxiliaries: set[str]) -> Tense:
    """Modal, infinitive, present perfect and progressive clauses do not say which side of the
    document date they are on ("present": the nearest reading wins)."""
    modal = auxiliaries & words("modal_auxiliaries")
    if modal or ("to" in auxiliaries and not auxiliaries & {"was", "were"}):
        return "present"
    if auxiliaries & {"has", "have"} and not auxiliaries & {"had", "was", "were", "did"}:
        return "present"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"had", "was", "were", "did"}:
        return "past"
    if verb.tag_ == "VBG":
        return "present"
    if verb.tag_ in {"VBZ", "VBP"}:
        return "future" if _is_schedule(verb) else "present"
    return "past"


def _is_schedule(verb: Token) -> bool:
    """Simple present of an action verb reads as scheduled in news ("The council meets Tuesday")."""
    return verb.lemma_ not in {"be", "have", "say", "tell", "show", "remain", "seem", "know"}
