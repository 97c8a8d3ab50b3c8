"""Wave 84 (ev84b): which rejection answers the latest request the article told.

A rejection with no party of its own used to take the source of the latest REQUEST anywhere
before it, whatever it rejected: "Uganda has also rejected the report" took the Security Council
that had demanded something paragraphs earlier, "dismissed the suspension" a party of another
sentence (rounds 43-51). ``events.args.answered-request.v1``: the rejection answers a request
only when it is a refusal to act ("refused to hand over the suspects", as before), when its
object is a request noun (``clauses.answered_request_nouns``: "rejected the call", "dismissed
the proposal") that is not another occasion's ("a separate request",
``clauses.new_occasion_modifiers``), or when it is a relative clause in the request's own
sentence ("The rebels demanded ..., which the president refused") or a passive or subjectless
verb joined to the request ("asked to see his lawyer but was denied access"); a rejection of
something else in that sentence ("Kuwait requested a session, and the US blocked a statement")
does not. Otherwise its target stays empty, as a coder leaves a party the sentence neither names
nor refers to.

Session 110 (v2): a refusal to act answers only a request told in its own sentence or the one
before. Rounds 52-101 judged 8 of 10 refusals that took a requester from further back wrong
("Hamas refused to renew it" answering the White House, "China refused to apologise" answering
its own spokesman's demand); and a "suggestion" is no request (both judged such targets wrong).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.syntax import words

ANSWERED_REQUEST = "events.args.answered-request.v2"


def answers_request(token: Token, in_request_sentence: bool, near_request: bool) -> bool:
    """Whether the rejection ``token`` rejects a request: by its object ("rejected the call"), as
    a refusal to act ("refused to step down") told in the request's sentence or the next one
    (``near_request``), or as a relative clause in the request's own sentence ("asked Mexico to
    ..., a request the Mexican government refused")."""
    if in_request_sentence and token.dep_ == "relcl":
        return True
    if in_request_sentence and _joined_refusal(token):
        return True
    if near_request and any(c.dep_ == "xcomp" for c in token.children):
        return True  # "refused to hand them over": the act refused is the one asked for
    nouns = words("answered_request_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns and not _another_occasion(c)
               and not _own_author(c) for c in token.children)


def _joined_refusal(token: Token) -> bool:
    """"asked to see his lawyer but was denied access": a rejection joined to the request with no
    active subject of its own tells the asker's refusal; "requested a session, and the US
    blocked a statement" names another actor and rejects something else."""
    return token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children)


def _own_author(noun: Token) -> bool:
    """"rejected Uganda's proposal", "the proposal from Uganda": a request whose author the
    phrase names is that author's, whoever asked last."""
    preps = words("answered_request_author_preps")
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in preps)
               for c in noun.children)


def _another_occasion(noun: Token) -> bool:
    """"rejected a separate request": a request not told before."""
    marks = words("new_occasion_modifiers")
    return any(c.dep_ == "amod" and c.lower_ in marks for c in noun.children)
