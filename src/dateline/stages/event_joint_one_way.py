"""Joint subjects of a one-way act (wave 70, ev70d; blind rounds 41-42: "Iraq and Oman hosted
talks between the rivals" coded CONSULT with the hosts as each other's target, "the presidents of
A and B welcomed the news" coded SUPPORT of each other).

``events.args.joint-one-way.v1``: conjoined subjects that host, welcome, praise, condemn, urge,
visit or blame (``clauses.joint_one_way_acts``) did it together toward something else, never to
each other: neither is the other's target, whatever word of the clause would otherwise make the
act mutual ("talks", "between", "agreement") and whatever phrase joins them ("the presidents of A
and B"). A reciprocal object ("praised each other") still makes it mutual
(events.args.reciprocal-object.v1). The act is read on the trigger, or on the verb whose object
the trigger is ("hosted a meeting")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

JOINT_ONE_WAY = "events.args.joint-one-way.v1"


def joint_one_way_act(token: Token) -> bool:
    """Whether ``token`` (or the verb whose direct object it is) is an act done together
    toward a third party, not between its conjoined subjects."""
    acts = words("joint_one_way_acts")
    if token.lemma_.lower() in acts:
        return True
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in acts
