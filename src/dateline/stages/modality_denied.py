"""Acts inside a denial (wave 67, ev67e; word lists in ``lexicon/clauses.yaml``).

"the army denied that its soldiers had fired on the crowd", "Moscow denied carrying out the
strike", "the ministry rejected reports that troops had crossed the border": the speaker says
the act did not happen, so a coder codes it negated, not reported as an accusation's act is
(events.modality.denied-act.v1; v2, wave 104: see ``_first_conjunct``; v3, wave 108: see
``modality_disputed.misread_denial`` and ``_first_conjunct``; v4, wave 108 after judged round
104: a claim noun the parser made the denial's subject, "a charge Georgia denies", is read as its
object). A denial itself denied ("did not deny that ...") is left to the older rules, and so is a
denied party's part in an act that happened ("denied any role in the attack": the attack is not
the clause of the denial).

An act ruled out is denied the same way ("ruled out sending ground troops", "ruled out any
talks"): negated (events.modality.ruled-out.v1, wave 88).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.modality_disputed import misread_denial
from dateline.stages.syntax import words

DENIED_RULE = "events.modality.denied-act.v4"
#: Tags of a finite verb (a clause of its own, not one more gerund of a denial's list).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})  # VBN: a past the tagger misreads
RULED_OUT_RULE = "events.modality.ruled-out.v1"


def _negated(token: Token) -> bool:
    """The denial is itself negated or only possible ("did not deny", "could not confirm or
    deny", "may deny"): through the verb it is a conjunct of."""
    for verb in (token, token.head if token.dep_ == "conj" else token):
        for c in verb.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in words("negations")):
                return True
            if c.dep_ == "aux" and c.lower_ in words("modal_auxiliaries"):
                return True
    return False


def _first_conjunct(verb: Token) -> Token:
    """"denied taking over land or making demands": the later conjunct is denied as well. Not a
    past verb joined to a denied "be" ("denied that its leaders were responsible and accused the
    police": the parser joins the party's own accusation to the denied clause; v2, wave 104,
    judged round 77). v3 (wave 108, judged round 97: "denied attacking and accused Djibouti of
    aggression"): nor a finite verb joined to a denied gerund; the accusation is made."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
            break
        if verb.tag_ == "VBD" and verb.head.lemma_ == "be":
            break
        if verb.tag_ in FINITE_TAGS and verb.head.tag_ == "VBG":
            break
        verb = verb.head
    return verb


def denied_act(own: Token) -> bool:
    """The event's own clause is what a verb of denial (or a dismissed report) says is false."""
    verb = _first_conjunct(own)
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in words("denial_verbs"):
        # v3 (wave 108): "Kyiv has long accused Moscow of arming the rebels, a charge the Kremlin
        # denies": the parser hangs the clause before the denial on it, but the denial has a
        # charge of its own; what is denied is the charge's content, not that it was made
        # (judged rounds 88-102 called five such accusations asserted, none negated).
        return not _negated(head) and not misread_denial(verb, head)
    if verb.dep_ not in {"acl", "ccomp"} or head.pos_ != "NOUN" \
            or head.lemma_.lower() not in words("denied_report_nouns"):
        return False
    denier = head.head
    return (head.dep_ == "dobj" and denier.i != head.i
            and denier.lemma_.lower() in words("denial_dismissals") and not _negated(denier))


def _rules_out(verb: Token) -> bool:
    """"ruled out", "rules out": a verb with its particle from ``clauses.ruling_out_verbs``."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    for pair in words("ruling_out_verbs"):
        lemma, _, particle = pair.partition(" ")
        if verb.lemma_.lower() == lemma and particle in particles:
            return True
    return False


def ruled_out(own: Token) -> bool:
    """The event's own clause (a gerund or that-clause) or act noun is what a speaker rules out,
    and the ruling-out is not itself negated or only possible."""
    act = _first_conjunct(own)
    head = act.head
    if head.i == act.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if act.dep_ in {"ccomp", "xcomp"} or (act.dep_ == "dobj" and act.pos_ == "NOUN"):
        return _rules_out(head) and not _negated(head)
    return False
