"""Wave 44 (ev44c): the subject of a verb that observes, tells of, names or meets a nominal
event did not do it (``events.args.observed-act.v1``).

A nominal trigger that is the object of a verb takes that verb's subject as its doer ("Syria
made concessions", "teachers began a strike"). Not when the verb is one of looking on or
telling ("journalists documented the protests", "the U.N. agency reported 300 attacks",
``clauses.observer_verbs``), of speaking to a protest ("he told the rally",
``clauses.addressing_verbs``; a speaker to a meeting takes part in it), of meeting or
undergoing it from the other side ("the march encountered blockades", "demonstrators resisted
arrest"), or of labelling it
("what they called a police crackdown", "called the arrests a tragedy":
``clauses.labelling_verbs`` with a label complement). The source then comes from the noun's
own phrase ("a police crackdown": the police) or none is named. A labelling verb without a
label ("the union called a strike") still names the doer.

v2 (wave 45): an act looked on as it happened ("reported", "documented", "witnessed"; not
"feared", "foiled", nor "described" or "called" afterwards), of a kind that stands without a
named doer (an arrest, attack, protest or sanction, as an agentless passive does), stands with
an empty source and keeps its target and date ("activists reported the arrest of X"); v1
dropped it for want of a source. Other kinds, and other verbs, are still dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

OBSERVED_ACT = "events.args.observed-act.v2"
#: The dependency of a label: "called the arrests [a tragedy]", "what they called [a crackdown]".
LABEL_DEPS = frozenset({"oprd"})


def observed_act(verb: Token, token: Token, event_type: str) -> bool:
    """Whether ``verb``, which has the nominal trigger ``token`` as its object, observes, tells
    of, meets or labels the event rather than doing it."""
    lemma = verb.lemma_.lower()
    if lemma in words("observer_verbs"):
        return True
    if lemma in words("addressing_verbs"):
        return event_type in words("addressed_act_types")
    labelled = token.dep_ in LABEL_DEPS or any(c.dep_ in LABEL_DEPS for c in verb.children)
    return labelled and lemma in words("labelling_verbs")



def observed_without_doer(token: Token, rules: list[str], event_type: str,
                          doerless_types: set[str]) -> bool:
    """Whether the observed act ``token`` stands with no source: its observer was set aside,
    the verb looks on as the act happens (``clauses.witnessed_act_verbs``), and its kind may
    leave the doer unnamed (``doerless_types``)."""
    if OBSERVED_ACT not in rules or event_type not in doerless_types:
        return False
    return token.head.lemma_.lower() in words("witnessed_act_verbs")
