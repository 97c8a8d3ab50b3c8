"""Wave 79 (ev79d): a day closing an infinitive or "-ing" complement dates the act it completes.

"Police fired tear gas to disperse protesters on Thursday", "The plane was forced to land in
Minsk on Sunday", "The embassy began evacuating its staff on Monday": the parser hangs the day
that closes the sentence on the complement (disperse, land, evacuating), so the act the
complement belongs to (fired, forced, began) had no time of its own and took the document date
(blind rounds 41-48: the date alone wrong in 172 judged events, the document date the most
frequent wrong basis; dev news). A simple past verb with no time of its own takes the past day
(no later than the document date) that closes a complement of its:

- an adverbial "to" + bare verb of purpose with no subject or conjunction of its own, or
- an infinitive or "-ing" complement (xcomp) of a verb of ``times.complement_day_heads`` (the
  phases of one act, "began", "resumed", and the acts one is made to do, "was forced to").

A verb joined to it by "and" that goes on with its actor and has no time of its own takes that
day too ("recalled its envoy and began evacuating the families on Thursday")
(``events.date.closing-complement-day.v1``). A day after "by", "until", "before" or "within"
(``times.complement_day_barred_preps``) is a deadline, not the act's day, and a controlled
infinitive of a plan ("agreed to meet on Monday") is no complement here.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.state import state_of
from dateline.stages.syntax import governing_verb, words

__all__ = ["COMPLEMENT_DAY_RULE", "complement_day_time"]

COMPLEMENT_DAY_RULE = "events.date.closing-complement-day.v1"
#: Children that give a complement a subject or a conjunction of its own.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "csubj", "expl"})


def _own_time(verb: Token) -> bool:
    doc = verb.doc
    return any(governing_verb(doc[a.start : a.end]).i == verb.i
               for a in state_of(doc).time_anchors)


def _complements(verb: Token) -> list[Token]:
    """The complements of ``verb`` after it whose closing day may date it (module docstring)."""
    heads = frozenset(words("complement_day_heads", "times"))
    found = []
    for child in verb.children:
        if child.i < verb.i or child.pos_ != "VERB" \
                or any(c.dep_ in OWN_CLAUSE_DEPS for c in child.children):
            continue
        infinitive = child.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                                for c in child.children)
        purpose = child.dep_ == "advcl" and infinitive
        phase = child.dep_ == "xcomp" and verb.lemma_.lower() in heads \
            and (infinitive or child.tag_ == "VBG")
        if purpose or phase:
            found.append(child)
    return found


def _closing_day(verb: Token) -> tuple[str, str | None] | None:
    """The past day hung on a complement of ``verb`` after it, or None."""
    from dateline.stages.event_dates import past_day

    doc = verb.doc
    state = state_of(doc)
    barred = frozenset(words("complement_day_barred_preps", "times"))
    for complement in _complements(verb):
        for anchor in state.time_anchors:
            span = doc[anchor.start : anchor.end]
            if anchor.start < complement.i or governing_verb(span).i != complement.i:
                continue
            prep = span.root.head if span.root.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in barred:
                continue
            value = anchor.time.value or ""
            if anchor.time.type in {"DATE", "TIME"} and value[:1].isdigit() \
                    and past_day(value[:10], state):
                return value, anchor.time.id
    return None


def complement_day_time(token: Token) -> tuple[str, str | None] | None:
    """The past day that closes a complement of the trigger's simple past verb, or of a verb
    joined to it by "and" that goes on with its actor (module docstring): the value and the
    time id, or None."""
    from dateline.stages.event_dates import _and_joined, _cue, _one_incident, _simple_past

    if token.pos_ != "VERB" or not _simple_past(token) or _own_time(token):
        return None
    found = _closing_day(token)
    if found is not None:
        return found
    for conjunct in token.children:
        if conjunct.dep_ == "conj" and conjunct.i > token.i and conjunct.pos_ == "VERB" \
                and _simple_past(conjunct) and _and_joined(token, conjunct) \
                and not _cue(conjunct) and _one_incident(token, conjunct) \
                and not _own_time(conjunct):
            found = _closing_day(conjunct)
            if found is not None:
                return found
    return None
