"""Joint subjects of a one-way act (wave 70, ev70d; blind rounds 41-42: "Iraq and Oman hosted
talks between the rivals" coded CONSULT with the hosts as each other's target, "the presidents of
A and B welcomed the news" coded SUPPORT of each other).

``events.args.joint-one-way.v1``: conjoined subjects that host, welcome, praise, condemn, urge,
visit or blame (``clauses.joint_one_way_acts``) did it together toward something else, never to
each other: neither is the other's target, whatever word of the clause would otherwise make the
act mutual ("talks", "between", "agreement") and whatever phrase joins them ("the presidents of A
and B"). A reciprocal object ("praised each other") still makes it mutual
(events.args.reciprocal-object.v1). The act is read on the trigger, or on the verb whose object
the trigger is ("hosted a meeting").

``events.args.mediators.v1`` (wave 89, ev89t; rounds 41-54: 4 of 4 judged wrong): conjoined
subjects that mediate or broker (``clauses.mediating_acts``) do it between other parties, never
between themselves ("talks mediated by France and Russia", "a deal brokered by A and B"): the
joint one-way reading, so neither mediator is the other's target.

``events.args.allied-act.v1`` (wave 101, ev101n): conjoined subjects of a hostile act that the
trigger marks as done together (``clauses.allied_markers``: "fought together", "attacked jointly")
were on one side: neither is the other's target."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

JOINT_ONE_WAY = "events.args.joint-one-way.v1"
MEDIATORS = "events.args.mediators.v1"
ALLIED_ACT = "events.args.allied-act.v1"


def joint_one_way_act(token: Token) -> bool:
    """Whether ``token`` (or the verb whose direct object it is) is an act done together
    toward a third party, not between its conjoined subjects."""
    acts = words("joint_one_way_acts") | words("mediating_acts")
    if token.lemma_.lower() in acts:
        return True
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in acts


def joint_one_way_rules(token: Token) -> list[str]:
    """The rules naming why the conjoined subjects of ``token`` acted together, one way."""
    return [JOINT_ONE_WAY, *([MEDIATORS] if _lemma(token) in words("mediating_acts") else [])]


def _lemma(token: Token) -> str:
    """The act's verb: the trigger, or the verb whose direct object it is."""
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head.lemma_.lower()
    return token.lemma_.lower()


def allied_act(token: Token, event_type: str) -> bool:
    """"X and Y fought together": a hostile act (``clauses.allied_act_types``) whose trigger a
    word of ``clauses.allied_markers`` marks as done side by side."""
    return event_type.lower() in words("allied_act_types") and any(
        c.dep_ == "advmod" and c.lower_ in words("allied_markers") for c in token.children)
