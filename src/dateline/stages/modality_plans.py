"""Acts a past plan names (wave 58, ev58a; word list ``plan_frames`` in ``lexicon/clauses.yaml``).

"rebels were planning to launch an attack", "had planned to hold a meeting", "were preparing to
block a highway": the act of a to-infinitive under a verb of planning is only planned, so a past
form of the plan is the future in the past, not a report that the act was done
(events.modality.past-plan.v1). The plain and present plans ("plans to deploy", "planned to
send") were future already through ``future_frames``; the past progressive and past perfect
were left asserted, as "was set to", "had been expected to" still are (their auxiliaries tell a
frame that may have been met). The plan denied ("did not intend to reopen") is negated before
this rule is asked. An act joined to the plan ("planned and carried out an attack") is not
under it and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import bare_conjunct_head, words

PAST_PLAN_RULE = "events.modality.past-plan.v1"
PLANNED_NOUN_RULE = "events.modality.planned-noun.v1"

#: Tags of a plan verb that tell the plan as still held ("plans", "plan", "is/was planning"); a
#: plain past or a participle ("planned the attack", "had planned a march") is left alone: in news
#: it mostly tells who organised an act that took place.
_HELD_PLAN_TAGS = frozenset({"VBZ", "VBP", "VBG"})


def planned_modality(verb: Token) -> tuple[Modality, str] | None:
    """"future" with the rule's name when ``verb`` (the clause verb of an event) is the
    to-infinitive of a past-tense plan ("were planning to launch"), or a bare verb joined to
    one ("was planning to take over the territory and invade"); None otherwise."""
    verb = bare_conjunct_head(verb)
    plan = verb.head
    if verb.dep_ != "xcomp" or plan.i == verb.i or plan.pos_ != "VERB":
        return None
    if plan.lemma_.lower() not in words("plan_frames"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words("past_frame_auxiliaries", "times")
               for c in plan.children):
        return None
    return "future", PAST_PLAN_RULE


def planned_noun(token: Token) -> bool:
    """"Kyrgyzstan plans an offensive", "protesters are planning a march for Friday", "the army
    is preparing an offensive": an act noun that a verb of planning (``plan_frames``) in the
    present or the progressive takes as its object is an act ahead, not one done
    (events.modality.planned-noun.v1, wave 62). The event stands, future, with the planner as
    its source, as "plans to launch an offensive" does. A plan told in the plain past ("Hamas
    planned the attack") or perfect, a plan denied (negated before this is asked) and a noun in
    another role ("the attack was planned") are left alone."""
    plan = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "dobj" or plan.i == token.i:
        return False
    if plan.pos_ != "VERB" or plan.lemma_.lower() not in words("plan_frames"):
        return False
    return plan.tag_ in _HELD_PLAN_TAGS
