"""Acts whose frame tells whether they happened (wave 44, ev44b; word lists in
``lexicon/clauses.yaml``).

A verb of failing, an adjective of being able, a passive of giving leave or a noun of demand
decides whether the act under it is reported done: "failed to reach an agreement" (not done),
"were able to discuss" (done), "will be allowed to fly" (only allowed), "the demand for Britain's
withdrawal" (only asked for). The modality stage reads these before its general rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.syntax import words

FAILED_RULE = "events.modality.failed-act.v1"
ABLE_RULE = "events.modality.able-act.v1"
PERMITTED_RULE = "events.modality.permitted-act.v1"
REFUSED_LEAVE_RULE = "events.modality.refused-leave.v1"
DEMAND_NOUN_RULE = "events.modality.demand-noun.v1"

Reader = Callable[[Token], Modality]


def implied_modality(token: Token, verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """The modality its frame gives the act of ``token`` (whose clause verb is ``verb``), with
    the rule's name; None when no such frame governs it. ``read`` is the modality stage's
    reader, for the frame's own modality."""
    if (demanded := _demanded(token)) is not None:
        return demanded
    if (refused := _refused_leave(token, verb)) is not None:
        return refused
    if verb.i != token.i:
        return None  # a noun under the verb ("failed to prevent the attack"): the attack happened
    return _failed(verb, read) or _able(verb, read) or _permitted(verb)


def _to_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _failed(verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """"failed to reach an agreement": the act of a to-infinitive under a verb of failing did
    not happen when the failing did; under a failing only foreseen it is as unreal as that."""
    if not _to_infinitive(verb) or verb.head.lemma_.lower() not in words("failing_verbs"):
        return None
    framing = read(verb.head)
    if framing == "negated":
        return None  # "did not fail to": left to the general rules
    return ("negated" if framing == "asserted" else framing), FAILED_RULE


def _able(verb: Token, read: Reader) -> tuple[Modality, str] | None:
    """"were able to discuss" (done), "will be able to conclude" (ahead): the act of a
    to-infinitive under an adjective of ability is as real as the past or future copula that
    holds it. A present ability ("are able to") says nothing of the act: left to the general
    rules (hypothetical), as are "unable to" and "were not able to"."""
    adjective = verb.head
    if not _to_infinitive(verb) or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    if adjective.lemma_.lower() not in words("ability_adjectives"):
        return None
    copula = adjective.head
    framing = read(copula)
    if framing == "negated":
        return None  # "unable to", "won't be able to": left to the general rules (disc: acts
                     # of a lacked ability are mostly not events, which stay unreported)
    if framing == "future" or copula.tag_ == "VBD":
        return framing, ABLE_RULE
    return None


def _permitted(verb: Token) -> tuple[Modality, str] | None:
    """"will be allowed to fly", "are permitted to enter": an act that a passive of giving leave
    (not a past one, "were allowed to leave") grants is only allowed, not done."""
    head = verb.head
    if not _to_infinitive(verb) or head.lemma_.lower() not in words("permission_verbs"):
        return None
    auxiliaries = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if not any(c.dep_ == "auxpass" for c in head.children) \
            or auxiliaries & words("past_leave_auxiliaries"):
        return None  # "were allowed to leave": a leave already given, left to the general rules
    if any(c.dep_ == "neg" for c in head.children):
        return None  # "will not be allowed to": the general rules negate it
    return "hypothetical", PERMITTED_RULE


def _refused_leave(token: Token, verb: Token) -> tuple[Modality, str] | None:
    """"did not allow the observers to visit", "refused to let the inspectors enter", "is not
    allowing the force to be deployed", "won't allow the leader to make a visit": the act a
    party withholds leave for, in the active, did not happen (negated) when the leave was
    withheld, and is only possible (hypothetical) when it will be or would be, or is vowed
    (events.modality.refused-leave.v1, wave 54). The act is the leave verb's clause, or the
    object of a light verb in it ("make a visit", "hold a rally"). The to-infinitive of a negated
    leave ("would never permit troops to cross") is left to the older negation rule."""
    if verb.i != token.i and not (token.dep_ == "dobj" and token.head.i == verb.i
                                  and verb.lemma_.lower() in words("leave_light_verbs")):
        return None
    leave = verb.head
    if verb.dep_ in {"acl", "relcl"} and leave.dep_ == "dobj" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        leave = leave.head  # "not allowing [the force] to be deployed", parsed on the object
    elif verb.dep_ not in {"ccomp", "xcomp"}:
        return None
    if leave.i >= verb.i or leave.lemma_.lower() not in words("refused_leave_verbs"):
        return None  # the act's clause follows the leave ("work with X ... can't allow": a
                     # clause before it is no act it withholds)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in leave.children):
        return None  # "will not be allowed to": events.modality.permitted-act.v1 and the
                     # general rules
    if _denied(leave):
        if verb.dep_ == "xcomp" and verb.head.i == leave.i:
            return None  # the older rule: negated
        frame = leave
    elif leave.dep_ == "xcomp" and leave.head.i != leave.i \
            and leave.head.lemma_.lower() in words("leave_refusal_verbs") \
            and not _denied(leave.head):
        frame = leave.head  # "refused to let"
    else:
        return None
    auxiliaries = {c.lower_ for c in frame.children if c.dep_ == "aux"}
    ahead = auxiliaries & (words("future_auxiliaries") | words("conditional_auxiliaries")
                           | words("modal_auxiliaries"))
    if ahead or "to" in auxiliaries:  # "will not allow", "vowed not to let"
        return "hypothetical", REFUSED_LEAVE_RULE
    return "negated", REFUSED_LEAVE_RULE


def _denied(verb: Token) -> bool:
    """The verb is negated ("did not", "never")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in words("negations"))
               for c in verb.children)


def _demanded(token: Token) -> tuple[Modality, str] | None:
    """"the demand for Britain's withdrawal", "pleas for the release of the hostages": an act
    noun in the "for" phrase of a noun of asking is what is asked for, not done (the asking is
    its own event)."""
    prep = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "pobj" or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.i == prep.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("demand_nouns"):
        return None
    return "hypothetical", DEMAND_NOUN_RULE
