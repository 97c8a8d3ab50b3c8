"""Modality of an event mention: asserted, negated, hypothetical, future or reported.

"did not reject" is negated; "would reject", "if asked", "hinted that they would reject" are
hypothetical; "will visit", "is expected to sign" are future; an event inside an accusation
("accused Kyiv of shelling the plant") is reported. Attribution alone ("..., the ministry said")
keeps an event asserted, with ``reported_by`` naming the speaker.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.event_gate import section_words, senses_section
from dateline.stages.modality_awaited import (
    OBLIGATION_AHEAD_RULE,
    PENDING_PASSIVE_RULE,
    obliged_ahead,
    pending_passive,
)
from dateline.stages.modality_denied import DENIED_RULE, RULED_OUT_RULE, denied_act, ruled_out
from dateline.stages.modality_disputed import (
    DISPUTED_CLAIM_RULE,
    disputed_claim,
    misread_denial,  # wave 108
)
from dateline.stages.modality_embedded import embedded_modality
from dateline.stages.modality_implied import implied_modality
from dateline.stages.modality_negative_pairs import (
    NEITHER_NOR_RULE,
    YET_TO_RULE,
    neither_nor,
    yet_to,
)
from dateline.stages.modality_pending import pending_relative
from dateline.stages.modality_plans import PLANNED_NOUN_RULE, planned_modality, planned_noun
from dateline.stages.modality_rumoured import REPORTS_CONTENT_RULE, reports_content
from dateline.stages.modality_sequel import AWAITED_SEQUEL_RULE, awaited_sequel
from dateline.stages.modality_unrealised import unrealised_modality
from dateline.stages.modality_views import HOPED_RULE, hoped_act
from dateline.stages.state import DocState
from dateline.stages.syntax import doc_text, hypothetical_auxiliaries, sentence_of, words
from dateline.stages.wished import wished, wished_object

#: Dependencies a clause is governed through; EMBEDDING only those that put it inside what
#: another verb says or hints ("hinted that they would reject"), not beside it ("and accused").
GOVERNING = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "acomp"})
EMBEDDING = frozenset({"ccomp", "xcomp", "pcomp", "pobj", "prep", "acomp"})


def future_frames() -> frozenset[str]:
    """Words governing an event that make it future ("expected to sign", "poised to")."""
    return words("future_frames") | words("future_frames_modality")


def modality_of(token: Token) -> Modality:
    chain = _clause_chain(token)
    own = chain[0]
    if own.dep_ == "advcl" and _own_condition(own):
        return "hypothetical"  # "would fold if it does not receive aid": no fact to negate
    if _negated(own) or (own.dep_ == "xcomp" and _negated(own.head)) or none_did(own):
        return "negated"
    if neither_nor(own) or yet_to(own):  # "neither accepts nor recognises", "has yet to give"
        return "negated"
    if (unrealised := unrealised_modality(token, own)) is not None:
        return unrealised[0]  # "held without being charged", "is prepared to send" (wave 56)
    if (implied := implied_modality(token, own, modality_of)) is not None:
        return implied[0]  # "failed to reach", "were able to", "will be allowed to" (wave 44)
    if (embedded := embedded_modality(token, own, modality_of)) is not None:
        return embedded[0]  # "was expected to receive", "failed to persuade X to" (wave 52)
    if _called_off(token) or _absent(token) or _near_miss(own):
        return "negated"
    if no_evidence(token):
        return "negated"
    if avoided(token, own) or prevented_purpose(token, own) or condition_content(own):
        return "hypothetical"
    if own.i == token.i and _asked_whether(own):  # not "whether the attacks were linked"
        return "hypothetical"
    if denied_act(own):  # "denied that its soldiers had fired" (wave 67)
        return "negated"
    if ruled_out(own):  # "ruled out sending ground troops" (wave 88)
        return "negated"
    if alleged(token) or _under_claim(own) or hearsay(token) or raised_hearsay(own):
        return "reported"
    if disputed_claim(token):  # "said ..., an accusation the government denied" (wave 83)
        return "reported"
    if reports_content(own) or reports_content(token):  # "reports of police firing" (wave 84)
        return "reported"
    framing = aspect_frame(own)
    if framing is not None and (inherited := modality_of(framing)) in FRAMED:
        return inherited
    if (shared := _shared_modality(own)) is not None:
        return shared
    purpose = purpose_head(own)
    if purpose is not None and (inherited := modality_of(purpose)) in UNREALISED:
        return inherited
    if (held := content_modality(own)) is not None:
        return held
    if _reported_would(own) and not _conditioned(own) and not _weighed(token) \
            and own.lemma_ not in words("hedges"):
        return "future"
    conditioned = [t for t in chain[:2] if not _offer_terms(t)]
    if any(_conditional(t) for t in conditioned) or _aux(own) & hypothetical_auxiliaries():
        return "hypothetical"
    if obliged(own):
        return "hypothetical"
    if obliged_ahead(own, _listed("obligation_verbs")):  # "will have to oppose" (wave 66)
        return "hypothetical"
    if _exchanged(token) or _aimed(own):
        return "hypothetical"
    if _under_adjective(own) or _weighed(token) or wished_object(token):
        return "hypothetical"
    if _feared(token):
        return "hypothetical"
    if (foreseen := forecast(token)) is not None:
        return foreseen
    if _vowed(own) or _intended(own):
        return "future"
    embedding = _clause_chain(token, EMBEDDING)
    if any(t.lemma_ in words("hedges") for t in embedding[1:3]):
        return "hypothetical"
    if pending_clause(own):  # "until the ministry negotiates": awaited, so before ``wished``
        return "future"
    if pending_passive(own) is not None:  # "until the regime is destroyed" (wave 66)
        return "future"
    if own.i == token.i and hoped_act(own):  # "hoped to sign": the lemma reads "hop"
        return "hypothetical"
    if own.i == token.i and wished(own):  # a verb's own act, not a noun under it ("urged
        return "hypothetical"             # the government to end its offensive")
    if _aux(own) & words("future_auxiliaries") or _future_frame(own) or _is_to(own):
        return "future"
    if _shares_future(own):
        return "future"
    if _scheduled_subject(token, own):
        return "future"
    if any(t.lemma_ in words("allegations") for t in embedding[1:3]) \
            and not misread_denial(own, own.head):  # wave 108: "X accused Y, a charge Z denies"
        return "reported"
    if (planned := planned_modality(own)) is not None:
        return planned[0]  # "were planning to launch an attack" (wave 58): last, so only
    if planned_noun(token):  # what would be asserted changes; "plans an offensive" (wave 62)
        return "future"
    if own.i == token.i and (pending := pending_relative(own)) is not None:
        return pending[0]  # "a curfew to be imposed" (wave 63)
    if (sequel := awaited_sequel(own, modality_of)) is not None:
        return sequel  # "will sign after the president visits" (wave 68)
    return "asserted"


#: Modalities a purpose clause takes from the clause it serves ("no officers will be sent to
#: assist": the assistance is as negated as the sending).
UNREALISED = frozenset({"negated", "future", "hypothetical"})


def threat_conditions() -> frozenset[str]:
    """Words that open the condition of a threat ("will impose sanctions unless ...")."""
    return _listed("threat_conditions")


@cache
def _listed(key: str) -> frozenset[str]:
    """A word list of the ``modality_words`` section of ``lexicon/events/senses.yaml``."""
    return section_words(senses_section("modality_words"), key)


def _reported_would(verb: Token) -> bool:
    """"They said they would be meeting with Chang": "would" in a clause under a verb of saying
    in the past is the future in the past (events.modality.reported-would.v1, round 12). v2
    (wave 103; rounds 41-74 judged 12 of 15 such clauses future, not hypothetical): also the
    later of coordinated reported clauses ("said Sudan reserved the right to respond and would
    ask the Council"), and a clause under "adding"/"saying" that a past verb of saying carries
    ("told reporters, adding that Moscow would seek explanations")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if first.dep_ != "ccomp" or head.i == first.i or head.lemma_ not in _listed("report_verbs"):
        return False
    if not _past_saying(head) or _aux(verb) & words("modal_auxiliaries"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _listed("hedge_adverbs") for c in verb.children):
        return False  # "would likely request": a guess
    return "would" in _aux(verb)


def _past_saying(head: Token) -> bool:
    """A verb of saying in the past, or its participle under one ("told ..., adding that")."""
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBG" and head.dep_ == "advcl" and head.head.tag_ == "VBD"


def _conditioned(verb: Token) -> bool:
    """A condition anywhere in the clause ("would ask the Council to meet if Caracas took any
    steps"): the would-clause stays hypothetical."""
    return any(t.dep_ == "mark" and t.lower_ in words("conditions") for t in verb.subtree)


def _exchanged(token: Token) -> bool:
    """"in return for Israel's withdrawal", "in exchange for": the act is a price asked
    (events.modality.exchange.v1, round 12)."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i != prep.i
            and prep.head.lemma_.lower() in _listed("exchange_nouns"))


def _aimed(verb: Token) -> bool:
    """"efforts to convince Pyongyang to give up": a to-infinitive under a noun of effort (or a
    control verb under one) is an act aimed at, not done (events.modality.effort.v1, round 12);
    not a fact the aimed-at act would establish ("efforts to determine if the attacks were")."""
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return (verb.dep_ == "acl" and verb.head.lemma_.lower() in _listed("effort_nouns")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _vowed(verb: Token) -> bool:
    """"vowed to continue protesting", "pledged to send troops": an act a to-infinitive under a
    verb of commitment names (through verbs of going on with it) lies ahead
    (events.modality.vowed-act.v1, round 15)."""
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        head = verb.head
        if head.lemma_ in _listed("commissive_verbs"):
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if head.lemma_ not in _listed("aspectual_verbs"):
            return False
        verb = head
    return False


def _intended(verb: Token) -> bool:
    """"announced their intention to lay down arms", "its readiness to release the hostages":
    a to-infinitive under a noun of intent or commitment is an act ahead, not one done
    (events.modality.intended-act.v1, round 16)."""
    head = verb.head
    return (verb.dep_ == "acl" and head.i != verb.i
            and head.lemma_.lower() in _listed("intent_nouns")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _feared(token: Token) -> bool:
    """"the threat of further attacks", "fears of a coup": an act a noun of danger names is not
    done (events.modality.feared-act.v1, round 15)."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.lower_ in _listed("danger_nouns"))


FORECAST_RULE = "events.modality.forecast-noun.v1"


def forecast(token: Token) -> Modality | None:
    """"a potential government crackdown": an act noun that a word in front of it marks as
    only possible is not reported done (events.modality.forecast-noun.v1, wave 37). Not
    "planned" or "scheduled": pairs37's judges both counted "the planned demonstrations on July
    24" and "a scheduled meeting in June 2013" as events, and a future nominal is dropped."""
    if token.pos_ != "NOUN":
        return None
    fronts = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i}
    return "hypothetical" if fronts & _listed("forecast_hypothetical") else None


def none_did(verb: Token) -> bool:
    """A negative quantifier as the clause's subject or object negates it (events.modality.
    none-did.v2, judged round 7): "no shots were fired", "none of the soldiers was hurt",
    "the army fired no missiles"; v2 (judged round 74): "not a single shot has been fired", "not
    one bullet was fired". Not "no fewer than ten were killed" ("no" modifies "fewer")."""
    pronouns = words("negative_pronouns")
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        if child.lower_ in pronouns or any(d.dep_ == "det" and d.lower_ == "no"
                                            for d in child.children):
            return True
        if _not_one(child):
            return True
    return False


def _not_one(noun: Token) -> bool:
    """The noun phrase opens with "not a single", "not a" or "not one": no such thing."""
    front = [t.lower_ for t in noun.doc[noun.left_edge.i:noun.i]]
    return len(front) >= 2 and front[0] == "not" and front[1] in words("not_one_openers")


def purpose_head(verb: Token) -> Token | None:
    """The clause a "to" purpose clause serves ("will be sent to assist", "did not deploy
    troops to protect"): its modality is the purpose's, when that is not asserted
    (events.modality.purpose.v1). None when ``verb`` is no purpose clause."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return head
    return None


def pending_clause(verb: Token) -> bool:
    """"will strike until Ford negotiates a new contract", "before the talks resume": a present
    tense clause under "until", "before" or "once" tells what has not happened yet
    (events.modality.pending-clause.v1, judged round 7); not under a past clause ("fought
    until the army withdraws" is a historic present)."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBZ", "VBP", "VB"} or verb.head.i == verb.i:
        return False
    if _aux(verb):  # "until it has withdrawn", "until it can": not a plain present
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if not marks & words("pending_marks"):
        return False
    head = verb.head
    return not (head.tag_ == "VBD" or _aux(head) & {"had", "was", "were", "did"})


def _evidence_noun(token: Token) -> Token | None:
    """The noun of evidence or report whose clause or "of" phrase tells the act: "reports (that)
    the group had used weapons", "evidence the army shelled", "signs of clashes", or a clause
    the parser hangs on the verb of that noun ("there is no indication ... the army shelled")."""
    evidence = _listed("evidence_nouns")
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i:
        return prep.head if prep.head.lemma_.lower() in evidence else None
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return None  # "no indication the attack had inflicted damage": the attack took place
    own = _clause_chain(token)[0]
    head = own.head
    if head.i == own.i:
        return None
    if own.dep_ in {"acl", "relcl", "ccomp"} and head.pos_ == "NOUN":
        return head if head.lemma_.lower() in evidence else None
    if own.dep_ == "ccomp" and head.pos_ in {"VERB", "AUX"}:
        return next((c for c in head.children if c.dep_ in {"attr", "dobj", "nsubj"}
                     and c.i < own.i and c.lemma_.lower() in evidence), None)
    return None


def no_evidence(token: Token) -> bool:
    """"there were no reports the group had used weapons", "found no evidence that its soldiers
    ordered the attack", "did not see any sign of clashes": an act that a noun of evidence or
    report under "no" (or "any" of a negated verb) tells is negated, not asserted
    (events.modality.no-evidence.v1, round 23)."""
    noun = _evidence_noun(token)
    if noun is None:
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if dets & _listed("negative_quantifiers"):
        return True
    governor = noun.head
    return bool(dets & _listed("open_quantifiers")) and governor.i != noun.i \
        and noun.dep_ in {"dobj", "attr", "nsubj"} and _negated(governor)


def content_modality(verb: Token) -> Modality | None:
    """"the treaty would require a declaration that weapons have been used": a "that" clause
    that a noun of statement or finding holds is as real as that noun's own clause, when that is
    hypothetical or future (events.modality.content-clause.v1, round 23). None otherwise: an
    asserted statement's content keeps its own reading."""
    noun = verb.head
    if verb.dep_ not in {"acl", "relcl"} or noun.i == verb.i or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in _listed("content_nouns"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None  # a relative clause ("a statement that was read out") describes the noun
    held = modality_of(noun)
    return held if held in {"hypothetical", "future"} else None


def _weighed(token: Token) -> bool:
    """"is weighing mediating", "considered imposing": an act (a gerund, verb or noun) that a
    hedge verb takes as its object is weighed, not done (events.modality.weighed.v1)."""
    return token.dep_ == "dobj" and token.lower_.endswith("ing") and \
        token.head.lemma_ in words("hedges")


def _scheduled_subject(token: Token, verb: Token) -> bool:
    """"Peace talks are expected to begin on Monday": a nominal event subject of a future frame
    with a "to" clause is future (events.modality.scheduled-subject.v1)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubjpass"} and \
        token.head.i == verb.i and verb.lemma_ in future_frames() and \
        any(c.dep_ == "xcomp" for c in verb.children)


def _clause_chain(token: Token, through: frozenset[str] = GOVERNING) -> list[Token]:
    """The trigger's clause verb and the verbs that govern it, innermost first."""
    current = token
    if token.pos_ in {"NOUN", "PROPN"} and token.head.pos_ in {"VERB", "AUX"}:
        current = token.head  # "imposed sanctions": the light verb carries the modality
    if token.pos_ == "ADJ" and token.head.pos_ in {"AUX", "VERB"}:
        current = token.head  # "is ready to": the copula carries it
    chain = [current]
    while current.head.i != current.i and current.dep_ in through:
        current = current.head
        chain.append(current)
    return chain


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in words("negations"))
               for c in token.children)


def _own_condition(token: Token) -> bool:
    """The clause is itself a condition ("if it does not receive", "unless Washington agrees"):
    hypothetical before any negation (events.modality.condition-first.v1)."""
    return any(c.dep_ == "mark" and c.lower_ in words("conditions") for c in token.children)


def _conditional(token: Token) -> bool:
    own_mark = _own_condition(token)
    if own_mark and token.dep_ == "advcl":
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("conditions")
                                         for m in c.children) for c in token.children)


def _offer_terms(token: Token) -> bool:
    """"offered a truce if they accept his proposal": the condition is the offer's terms, and the
    offer itself was made, so it stays asserted (events.modality.offer-terms.v1, wave 76). Only a
    finite verb of offering with no auxiliary of its own; "would offer" is hypothetical."""
    return (token.lemma_ in words("term_setting_acts") and token.tag_ in {"VBD", "VBZ", "VBP"}
            and not any(c.dep_ == "aux" for c in token.children))


def _is_to(token: Token) -> bool:
    """"the prime minister is to step down": a scheduled act (issue 11, pattern 5)."""
    head = token.head
    return (token.dep_ == "xcomp" and head.lemma_ == "be" and head.i != token.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _under_adjective(token: Token) -> bool:
    """"it was not feasible to withdraw", "it is possible to negotiate": an act an adjective
    weighs is not asserted (adjective triggers such as "ready to" are events of their own); an
    adjective of schedule ("is due to travel") frames a future instead (round 11)."""
    head = token.head
    return token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.i != token.i and \
        head.lemma_ not in words("adjective_frames") and head.lemma_ not in words("future_frames")


def _future_frame(token: Token) -> bool:
    head = token.head
    frames = future_frames()
    if token.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_ in frames and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "its plan to deploy forces"
    if token.dep_ == "xcomp" and (head.lemma_ in frames or head.lower_ in frames):
        return not _aux(head) & {"had", "was", "were"} or head.lower_ in frames \
            or head.lower_ in _listed("future_in_past")
    return False


def _shares_future(verb: Token) -> bool:
    """"will lay down their arms and disarm their units": a verb joined to a future one, with
    no subject or auxiliary of its own, shares its future (events.modality.shared-future.v1,
    round 14)."""
    for _ in range(4):  # "will suspend operations, impose sanctions and freeze assets"
        head = verb.head
        if verb.dep_ != "conj" or head.i == verb.i or _aux(verb):
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        if _aux(head) & words("future_auxiliaries") or _future_frame(head) or _is_to(head):
            return True
        verb = head
    return False


def _called_off(token: Token) -> bool:
    """"the trip was cancelled", "called off the talks": an event noun that is what a verb of
    calling off takes did not happen (events.modality.called-off.v1, round 14)."""
    head = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or head.i == token.i:
        return False
    if token.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in _listed("calling_off")


def _near_miss(verb: Token) -> bool:
    """"the truck almost hit two women", "nearly struck the convoy": an act that came close did
    not happen (events.modality.near-miss.v1, round 14)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in _listed("near_miss")
                                       for c in verb.children)


def _absent(token: Token) -> bool:
    """"the absence of dialogue between Kiev and Moscow": an event noun that is lacking did not
    happen (events.modality.absent.v1, round 14)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in _listed("absence_nouns")


def _asked_whether(verb: Token) -> bool:
    """"unable to confirm if anyone has been arrested", "asked whether troops had withdrawn":
    a clause put as a question is not told as a fact (events.modality.embedded-question.v1,
    round 14)."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children)


ALLEGED_RULE = "events.modality.alleged.v1"
HEARSAY_RULE = "events.modality.hearsay-adverb.v1"
RAISED_HEARSAY_RULE = "events.modality.raised-hearsay.v1"
OBLIGATION_RULE = "events.modality.obligation.v1"
AVOIDED_RULE = "events.modality.avoided.v1"
ASPECT_FRAME_RULE = "events.modality.aspect-frame.v1"
SHARED_MODAL_RULE = "events.modality.shared-modal.v2"
NO_EVIDENCE_RULE = "events.modality.no-evidence.v1"
CONTENT_CLAUSE_RULE = "events.modality.content-clause.v1"
#: Modalities a framed act takes from the verb that frames it.
FRAMED = frozenset({"negated", "future", "hypothetical", "reported"})


def hearsay(token: Token) -> bool:
    """"police allegedly fired", "have allegedly been killed", "the clashes were allegedly
    between": an adverb of hearsay on the act's clause, or on a verb it is the to-infinitive or
    the subjectless conjunct of ("purportedly began to shell"), passes it on as reported
    (events.modality.hearsay-adverb.v1, round 18)."""
    verb = _clause_chain(token)[0]
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in _listed("hearsay_adverbs")
               for c in _with_predicate(verb)):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i or _has_subject(verb):
            return False
        verb = verb.head
    return False


def _to_infinitive_of(verb: Token, lemmas: frozenset[str]) -> Token | None:
    """The verb of one of ``lemmas`` that ``verb`` is the to-infinitive of, if any."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in lemmas:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return head


def raised_hearsay(verb: Token) -> bool:
    """"are also reported to have attacked", "is believed to have been abducted", "are said to
    be holding the town": a to-infinitive under a passive verb of saying or believing is an act
    passed on as a claim, not told as a fact (events.modality.raised-hearsay.v1, round 20).
    The passive is what makes it a claim: "they said to have attacked" is no such frame."""
    head = _to_infinitive_of(verb, _listed("raising_hearsay_verbs"))
    return head is not None and any(c.dep_ == "auxpass" for c in head.children)


def avoided(token: Token, verb: Token) -> bool:
    """"changed its name to avoid being banned", "escaped capture", "foiled an attack": an act
    (a verb or a noun) that a verb of getting out of it takes did not happen, and is
    hypothetical (events.modality.avoided.v1, round 20: the round-16 judges code "an avoided
    ban" so)."""
    avoiding = _listed("avoiding_verbs")
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in avoiding:
        return True
    return token.dep_ == "dobj" and token.pos_ in {"NOUN", "PROPN"} \
        and token.head.lemma_.lower() in avoiding


PREVENTED_RULE = "events.modality.prevented-purpose.v1"


def prevented_purpose(token: Token, verb: Token) -> bool:
    """"Police deployed to prevent further clashes": the clashes are what the deployment is
    for, not an act the sentence reports (round 21, judged no event); like an avoided act
    they are hypothetical (events.modality.prevented-purpose.v1)."""
    return token.dep_ == "dobj" and token.pos_ in {"NOUN", "PROPN"} \
        and token.head.i == verb.i and verb.lemma_.lower() in _listed("preventing_verbs") \
        and purpose_head(verb) is not None


CONDITION_NOUN_RULE = "events.modality.condition-noun.v1"


def condition_content(verb: Token) -> bool:
    """"accepted the offer on the condition that the Authority also stop its attacks": the
    clause of "condition" states what is asked for, so its acts are hypothetical (round 21:
    the attacks are not reported) (events.modality.condition-noun.v1)."""
    head = verb.head
    return verb.dep_ in {"acl", "ccomp"} and head.i != verb.i \
        and head.lemma_.lower() in _listed("condition_nouns") \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def obliged(verb: Token) -> bool:
    """"the international community has to help", "would have to accept", "needs to provide":
    an act one is obliged to do is not done (events.modality.obligation.v1, round 20). Only a
    present or modal obligation: "the troops had to withdraw" tells that they withdrew."""
    head = _to_infinitive_of(verb, _listed("obligation_verbs"))
    if head is None:
        return False
    return head.tag_ in {"VBZ", "VBP"} or bool(_aux(head) & hypothetical_auxiliaries())


def aspect_frame(verb: Token) -> Token | None:
    """"will continue to cooperate", "would try to impose", "did not try to stop": a
    to-infinitive under a verb of going on or of trying is as real as that verb; the frame
    verb, for modality_of to read (events.modality.aspect-frame.v1, round 18)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.lemma_ not in _listed("aspectual_verbs") | _listed("attempt_verbs"):
        return None
    return head


def shared_modal_head(verb: Token) -> Token | None:
    """"should pardon her and grant her clemency", "would respond ... and conduct other
    operations": a bare verb joined to another, with no subject or auxiliary of its own, shares
    that verb's modal (events.modality.shared-modal.v1, round 18); a past form ("would suspend
    visits and recalled its ambassador") is a clause of its own. A passive participle joined to
    a passive with a modal shares it too ("must be upheld by a court and then approved by
    parliament": v2, wave 104, judged round 77)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ not in {"VB", "VBN"}:
        return None
    if _aux(verb) or _has_subject(verb):
        return None
    if verb.tag_ == "VBN" and not _modal_passive(verb.head):
        return None
    return verb.head


def _modal_passive(verb: Token) -> bool:
    """"must be upheld": a passive participle under a modal auxiliary."""
    children = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)


def modality_rules(token: Token, modality: Modality) -> list[str]:
    """The names of the round-18 modality rules that gave the event its modality."""
    own = _clause_chain(token)[0]
    unrealised = unrealised_modality(token, own)
    if unrealised is not None and unrealised[0] == modality:
        return [unrealised[1]]
    implied = implied_modality(token, own, modality_of)
    if implied is not None and implied[0] == modality:
        return [implied[1]]
    embedded = embedded_modality(token, own, modality_of)
    if implied is None and embedded is not None and embedded[0] == modality:
        return [embedded[1]]
    if modality == "asserted":
        return []
    if modality == "negated" and not _negated(own) and not none_did(own):
        if neither_nor(own):
            return [NEITHER_NOR_RULE]
        if yet_to(own):
            return [YET_TO_RULE]
    if modality == "reported" and hearsay(token) and not alleged(token):
        return [HEARSAY_RULE]
    if modality == "reported" and raised_hearsay(own) and not alleged(token) \
            and not _under_claim(own):
        return [RAISED_HEARSAY_RULE]
    if modality == "reported" and disputed_claim(token) and not alleged(token) \
            and not _under_claim(own) and not hearsay(token) and not raised_hearsay(own):
        return [DISPUTED_CLAIM_RULE]
    if modality == "reported" and (reports_content(own) or reports_content(token)) \
            and not alleged(token) and not _under_claim(own) and not hearsay(token) \
            and not raised_hearsay(own) and not disputed_claim(token):
        return [REPORTS_CONTENT_RULE]
    if modality == "hypothetical" and avoided(token, own):
        return [AVOIDED_RULE]
    if modality == "hypothetical" and own.i == token.i and hoped_act(own) \
            and modality_of(own.head) == "asserted":
        return [HOPED_RULE]
    if modality == "hypothetical" and prevented_purpose(token, own):
        return [PREVENTED_RULE]
    if modality == "hypothetical" and condition_content(own):
        return [CONDITION_NOUN_RULE]
    if modality == "negated" and no_evidence(token) and not _negated(own) \
            and not none_did(own):
        return [NO_EVIDENCE_RULE]
    if modality == "negated" and denied_act(own) and not _negated(own) and not none_did(own):
        return [DENIED_RULE]
    if modality == "negated" and ruled_out(own) and not _negated(own) and not none_did(own):
        return [RULED_OUT_RULE]
    if content_modality(own) == modality and purpose_head(own) is None:
        return [CONTENT_CLAUSE_RULE]
    if modality == "hypothetical" and obliged(own) and not _aux(own) & hypothetical_auxiliaries() \
            and not any(_conditional(t) for t in _clause_chain(token)[:2]):
        return [OBLIGATION_RULE]
    if aspect_frame(own) is not None and modality_of(own.head) == modality \
            and not (modality == "negated" and _negated(own.head)):  # the older rule's
        return [ASPECT_FRAME_RULE]
    if _shared_modality(own) == modality:
        return [SHARED_MODAL_RULE]
    if forecast(token) == modality:
        return [FORECAST_RULE]
    if modality == "future" and pending_passive(own) is not None:
        return [PENDING_PASSIVE_RULE]
    if modality == "hypothetical" and obliged_ahead(own, _listed("obligation_verbs")):
        return [OBLIGATION_AHEAD_RULE]
    if modality in {"future", "hypothetical"} and not pending_clause(own) \
            and awaited_sequel(own, modality_of) == modality:
        return [AWAITED_SEQUEL_RULE]
    if modality == "future" and not _future_told_otherwise(token, own):
        return _plan_rules(token, own)
    return []


def _future_told_otherwise(token: Token, own: Token) -> bool:
    """A future the clause tells by itself (an auxiliary, a frame, "to", a shared or scheduled
    future): the plan rules do not claim it."""
    return bool(_aux(own) & words("future_auxiliaries") or _future_frame(own) or _is_to(own)
                or _shares_future(own) or _scheduled_subject(token, own))


def _plan_rules(token: Token, own: Token) -> list[str]:
    """The rule that made an act future by a plan: a plan verb's clause ("were planning to
    launch"), a plan verb's act-noun object ("plans an offensive"), a pending relative ("a
    curfew to be imposed")."""
    if (planned := planned_modality(own)) is not None:
        return [planned[1]]
    if planned_noun(token):
        return [PLANNED_NOUN_RULE]
    if own.i == token.i and (pending := pending_relative(own)) is not None:
        return [pending[1]]
    return []


def _with_predicate(verb: Token) -> list[Token]:
    """The verb's dependents, and those of its predicate if it is a copula ("were allegedly
    heavy")."""
    children = list(verb.children)
    if verb.lemma_ == "be":
        children += [g for c in children if c.dep_ in {"acomp", "attr"} for g in c.children]
    return children


def _shared_modality(verb: Token) -> Modality | None:
    """The modality a bare conjunct takes from the verb it is joined to: its future, hypothesis
    or report, and its modal without its negation ("must not prevent the media from working and
    provide them with funds": the providing is hypothetical, not negated)."""
    head = shared_modal_head(verb)
    if head is None:
        return None
    shared = modality_of(head)
    if shared == "negated":
        return "hypothetical" if _aux(head) & hypothetical_auxiliaries() else None
    return shared if shared in FRAMED else None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def alleged(token: Token) -> bool:
    """"an alleged hate crime", "the suspected attack", "committed an alleged crime": the act is
    a claim (events.modality.alleged.v1, round 14)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        nouns = [token]
    elif token.lemma_.lower() in _listed("committing_verbs"):
        nouns = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        return False
    return any(c.dep_ == "amod" and c.lower_ in _listed("claim_adjectives")
               for n in nouns for c in n.children)


def _under_claim(verb: Token) -> bool:
    """"rebel claims that some of its soldiers had been massacred": a clause a noun of claim
    holds is reported (events.modality.claim-noun.v1, round 14)."""
    head = verb.head
    return verb.dep_ in {"acl", "ccomp"} and head.i != verb.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in _listed("claim_nouns")


def generic(token: Token) -> bool:
    """Habitual, generic or interrogative mentions are not events."""
    clause = _clause_chain(token)[0]
    if any(c.dep_ == "advmod" and c.lower_ in words("habitual") for c in clause.children):
        return True
    if _recurring_present(clause):
        return True
    sentence = sentence_of(token)  # its text as a slice of the doc's: no join of its tokens
    return doc_text(token.doc)[sentence.start_char:sentence.end_char].rstrip().endswith("?")


def _recurring_present(clause: Token) -> bool:
    """"About a million Germans visit the country each year": a present simple verb with a time
    that recurs ("each year", "every summer") tells what is usual, no act of the news (wave 104,
    judged round 77: tourism coded CONSULT)."""
    if clause.tag_ not in {"VBP", "VBZ"} or any(c.dep_ == "aux" for c in clause.children):
        return False
    return any(c.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in words(
        "recurring_determiners") for d in c.children) for c in clause.children)


def reporter(state: DocState, token: Token) -> str | None:
    """The speaker whose quote holds the event, if any."""
    for quote in state.quotes:
        inside = quote.content.start <= token.idx < quote.content.end
        if inside and quote.speaker is not None:
            return quote.speaker.actor
    return None
