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
