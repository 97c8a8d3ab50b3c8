"""Act nouns dated by their own relative clause (issue 11, wave 57, ev57b).

CONVENTIONS.md, "Date": an act takes the date the text gives it, and a background act of an
earlier time is wrong with the document date. "the protests that erupted in 2011", "the
massacre, which took place in July 1995", "the raids that were carried out on Friday", "the
attack the rebels staged in 2014": the relative clause on the act noun says when the act
happened, so the noun takes that time instead of the document date or a narrative day carried
from another sentence.

- ``events.date.relative-clause-time.v1``: the trigger is a noun with a relative clause
  (``relcl``) whose verb tells the act itself: the noun is the clause's subject (the relative
  pronoun, or no subject of its own; "that were banned" tells an act done to it, so a passive
  subject only with a verb of staging), or its object with a verb of staging
  (``clauses.act_staging_verbs``: stage, launch, carry out, hold ...). The clause's own time
  phrase (bare, or in a preposition of ``clauses.act_time_preps``: in, on, at, during) is a
  past calendar point. Not when the verb is one of a phase of a lasting act
  (``clauses.act_phase_verbs``: "the attacks that began in 2009" tells a span, not a day), nor
  a future or conditional clause. Only for acts the text gives no time of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import EventDate
from dateline.stages.event_dates import UNGIVEN, _past_point
from dateline.stages.state import TimeAnchor, state_of
from dateline.stages.syntax import words

__all__ = ["RELATIVE_CLAUSE_TIME_RULE", "relative_clause_date"]

RELATIVE_CLAUSE_TIME_RULE = "events.date.relative-clause-time.v1"
#: Relative pronouns that stand for the act noun in its clause.
RELATIVE_PRONOUNS = frozenset({"that", "which"})
#: Dependencies of a subject in the relative clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: The lexicon's auxiliaries of a clause that tells no past act ("which will be held next
#: year", "that would be held", "that must be stopped").
UNREAL_AUXILIARY_LISTS = ("future_auxiliaries", "conditional_auxiliaries", "modal_auxiliaries")
#: Dependencies of the time phrase on the clause's verb (bare: "conducted Friday").
BARE_TIME_DEPS = frozenset({"npadvmod", "tmod"})


def relative_clause_date(token: Token, date: EventDate, rule: str | None = None
                         ) -> tuple[EventDate, str | None]:
    """The event's date after the rule, and the rule that set it (``rule`` when unchanged)."""
    if date.basis not in UNGIVEN or token.pos_ not in {"NOUN", "PROPN"}:
        return date, rule
    state = state_of(token.doc)
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if not _tells_act(token, clause):
            continue
        anchor = _own_time(clause)
        if anchor is not None and _past_point(anchor, state):
            return EventDate(anchor.time.value, anchor.time.id, "explicit"), \
                RELATIVE_CLAUSE_TIME_RULE
    return date, rule


def _tells_act(noun: Token, verb: Token) -> bool:
    """The relative clause's verb tells the noun's act happening: the noun is its subject, or
    its object with a verb of staging; not a phase of a lasting act, nor a clause of a future
    or conditional."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in words("act_phase_verbs"):
        return False
    unreal = frozenset().union(*(words(name) for name in UNREAL_AUXILIARY_LISTS))
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in unreal for c in verb.children):
        return False
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    staged = verb.lemma_.lower() in words("act_staging_verbs")
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(s.dep_ == "nsubjpass" for s in subjects):  # "that were carried out", not "banned"
        return staged and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects)
    if not subjects or all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return staged and all(o.lower_ in RELATIVE_PRONOUNS for o in objects)


def _own_time(verb: Token) -> TimeAnchor | None:
    """A time phrase of the clause itself: its root hangs on the verb bare ("Friday") or in a
    preposition of ``clauses.act_time_preps`` ("in 2011"), not "since 2011" nor a time of a
    noun inside the clause ("after the 1991 vote")."""
    preps = words("act_time_preps")
    doc = verb.doc
    for anchor in state_of(doc).time_anchors:
        if anchor.clause != verb.i:
            continue
        root = doc[anchor.start : anchor.end].root
        if root.head.i == verb.i and root.dep_ in BARE_TIME_DEPS:
            return anchor
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in preps and prep.head.i == verb.i:
            return anchor
    return None
