"""Tolls summed over a counted stretch of a run of violence, and tolls whose only time is a dated
part (wave 76, ev76b; judged rounds 41-45).

- events.date.toll-run-span.v1: "more than 80 people had been killed in five days of fighting",
  "at least 13 people were killed during two days of protests", "have been killed over the course
  of the conflict": a killing or wounding verb (``times.toll_verbs``) whose "in/during/over" phrase
  (``times.toll_span_preps``) is a stretch of time (``times.toll_span_nouns``, counted or "the
  course") of a run of violence (``times.toll_run_nouns`` or ``times.toll_span_run_nouns``) sums
  a toll over that stretch, in any tense: a total has no single date (docs/judged/CONVENTIONS.md).
  A clause that holds a time ("in a day of clashes on Monday") keeps it.
- events.date.toll-dated-part.v1: "about 300 people have been killed in the unrest, including
  nearly 100 on Sunday alone": the time of an "including" phrase dates that part of the toll, not
  the total; the total is read as by events.date.toll-total.v1 without it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import state_of
from dateline.stages.timex_types import vocab

TOLL_RUN_SPAN_RULE = "events.date.toll-run-span.v1"
TOLL_DATED_PART_RULE = "events.date.toll-dated-part.v1"
#: Prepositions that pick out the part of a toll ("including nearly 100 on Sunday").
PART_PREPS = frozenset({"including"})
#: Auxiliaries of an act not done: no toll.
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can"})


def toll_run_span(token: Token) -> bool:
    """events.date.toll-run-span.v1 (module docstring). The stretch itself ("five days") may be
    read as a time; any other time of the clause keeps the date."""
    times = vocab()
    if token.pos_ != "VERB" or token.lemma_.lower() not in times["toll_verbs"]:
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
        return False
    preps = frozenset(times["toll_span_preps"])
    stretches = frozenset(times["toll_span_nouns"])
    runs = frozenset(times["toll_run_nouns"]) | frozenset(times["toll_span_run_nouns"])
    for prep in _phrases(token):
        if prep.lower_ not in preps:
            continue
        for stretch in prep.children:
            if stretch.dep_ != "pobj" or stretch.lemma_.lower() not in stretches:
                continue
            if not (stretch.lemma_.lower() == "course"
                    or any(c.dep_ == "nummod" for c in stretch.children)):
                continue
            if any(of.dep_ == "prep" and of.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in runs for g in of.children)
                   for of in stretch.children) \
                    and not _holds_time(token, frozenset(t.i for t in prep.subtree)):
                return True
    return False


def dated_part_only(token: Token) -> set[int]:
    """The token indices of the "including" phrases of ``token``'s clause that hold a time, when
    every time of the clause sits in them (else empty): events.date.toll-dated-part.v1."""
    parts: set[int] = set()
    for child in token.subtree:
        if child.dep_ == "prep" and child.lower_ in PART_PREPS:
            parts.update(t.i for t in child.subtree)
    if not parts or not _holds_time(token, spared=frozenset()) \
            or _holds_time(token, spared=frozenset(parts)):
        return set()
    return parts


def _holds_time(verb: Token, spared: frozenset[int]) -> bool:
    """A time the times stage read sits in ``verb``'s clause, outside the ``spared`` tokens."""
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    return any(a.start in inside and a.start not in spared
               for a in state_of(verb.doc).time_anchors)


def _phrases(verb: Token) -> list[Token]:
    """The prepositions hanging on the verb, its conjuncts and its counted party ("killed 80
    people in five days of fighting")."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    holders = [verb, *conjuncts]
    holders += [c for h in (verb, *conjuncts) for c in h.children
                if c.dep_ in {"dobj", "nsubjpass"}]
    return [c for h in holders for c in h.children if c.dep_ == "prep"]
