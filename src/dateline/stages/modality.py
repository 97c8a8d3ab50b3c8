"""Modality of an event mention: asserted, negated, hypothetical, future or reported.

"did not reject" is negated; "would reject", "if asked", "hinted that they would reject" are
hypothetical; "will visit", "is expected to sign" are future; an event inside an accusation
("accused Kyiv of shelling the plant") is reported. Attribution alone ("..., the ministry said")
keeps an event asserted, with ``reported_by`` naming the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.state import DocState
from dateline.stages.syntax import doc_text, hypothetical_auxiliaries, sentence_of, words
from dateline.stages.wished import wished

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
    if _negated(own) or (own.dep_ == "xcomp" and _negated(own.head)):
        return "negated"
    if any(_conditional(t) for t in chain[:2]) or _aux(own) & hypothetical_auxiliaries():
        return "hypothetical"
    if _under_adjective(own):
        return "hypothetical"
    embedding = _clause_chain(token, EMBEDDING)
    if any(t.lemma_ in words("hedges") for t in embedding[1:3]):
        return "hypothetical"
    if own.i == token.i and wished(own):  # a verb's own act, not a noun under it ("urged
        return "hypothetical"             # the government to end its offensive")
    if _aux(own) & words("future_auxiliaries") or _future_frame(own) or _is_to(own):
        return "future"
    if any(t.lemma_ in words("allegations") for t in embedding[1:3]):
        return "reported"
    return "asserted"


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


def _conditional(token: Token) -> bool:
    own_mark = any(c.dep_ == "mark" and c.lower_ in words("conditions") for c in token.children)
    if own_mark and token.dep_ == "advcl":
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("conditions")
                                         for m in c.children) for c in token.children)


def _is_to(token: Token) -> bool:
    """"the prime minister is to step down": a scheduled act (issue 11, pattern 5)."""
    head = token.head
    return (token.dep_ == "xcomp" and head.lemma_ == "be" and head.i != token.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _under_adjective(token: Token) -> bool:
    """"it was not feasible to withdraw", "it is possible to negotiate": an act an adjective
    weighs is not asserted (adjective triggers such as "ready to" are events of their own)."""
    head = token.head
    return token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.i != token.i and \
        head.lemma_ not in words("adjective_frames")


def _future_frame(token: Token) -> bool:
    head = token.head
    frames = future_frames()
    if token.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_ in frames and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "its plan to deploy forces"
    if token.dep_ == "xcomp" and (head.lemma_ in frames or head.lower_ in frames):
        return not _aux(head) & {"had", "was", "were"} or head.lower_ in frames
    return False


def generic(token: Token) -> bool:
    """Habitual, generic or interrogative mentions are not events."""
    clause = _clause_chain(token)[0]
    if any(c.dep_ == "advmod" and c.lower_ in words("habitual") for c in clause.children):
        return True
    sentence = sentence_of(token)  # its text as a slice of the doc's: no join of its tokens
    return doc_text(token.doc)[sentence.start_char:sentence.end_char].rstrip().endswith("?")


def reporter(state: DocState, token: Token) -> str | None:
    """The speaker whose quote holds the event, if any."""
    for quote in state.quotes:
        inside = quote.content.start <= token.idx < quote.content.end
        if inside and quote.speaker is not None:
            return quote.speaker.actor
    return None
