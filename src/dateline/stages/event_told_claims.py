"""The target of a reaction to a claim told in the same sentence is the claim's author (wave 80,
ev80c; issue 11).

Blind judges (rounds 44-48) found the target empty in "the KGB said the opposition was plotting
a coup, accusations the opposition ridiculed", "Sattar suggested that forces in New Delhi had
blocked a draft, an account Indian officials rejected" and "he said Israel had won recognition,
a description Beirut rejected": the coder's target is who made the claim, the speaker of the
clause before the comma.

``events.args.told-claim-author.v1``: a reaction (``clauses.reaction_types``, not protest) with
no target and no object of its own, whose subject follows at once a noun of a told claim
(``clauses.told_claim_nouns``: "accusations", "an account", "a description", with "that" or
"which" between them or not) set off from the clause before it by a comma, is aimed at the
subject of the last verb of saying (``clauses.told_claim_verbs``) before that comma (a
participle with no subject of its own, "blaming Iran", takes its head verb's subject; "Congress
said Aristide had told them ...": the claim is Aristide's). The
author is taken only when it is an actor that is not the reaction's own source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at, conjuncts
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["TOLD_CLAIM_RULE", "told_claim_author"]

TOLD_CLAIM_RULE = "events.args.told-claim-author.v1"
#: "accusations that Tehran rejected", "an account which officials dismissed".
_RELATIVE_WORDS = frozenset({"that", "which"})
#: The claim noun's own words ("an account", "these false accusations").
_NOUN_WORDS = frozenset({"det", "amod", "compound", "advmod", "predet"})
#: A verb of saying with no subject ("blaming Iran") takes its head verb's.
_SUBJECTLESS = frozenset({"advcl", "conj", "xcomp", "acl"})


def told_claim_author(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Fill an empty target of "X, an account Y rejected" with the speaker of X
    (events.args.told-claim-author.v1)."""
    if args.target or token.pos_ != "VERB" or entry_type.lower() not in _reactions():
        return
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
        return
    comma = _claim_comma(token)
    if comma is None:
        return
    speaker = _speaker(comma)
    if speaker is None:
        return
    actors = actors_named_at([speaker, *conjuncts(speaker)], state)
    actors = [a for a in actors if a not in args.source]
    if actors:
        args.target = actors
        args.rules.append(TOLD_CLAIM_RULE)


def _reactions() -> frozenset[str]:
    return frozenset(words("reaction_types")) - {"protest"}


def _claim_comma(token: Token) -> Token | None:
    """The comma before "an account" when the reaction's subject follows the claim noun."""
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if len(subjects) != 1:
        return None
    doc, sent = token.doc, token.sent
    i = subjects[0].left_edge.i - 1
    if i > sent.start and doc[i].lower_ in _RELATIVE_WORDS:
        i -= 1
    if i <= sent.start:
        return None
    noun = doc[i]
    # the parser tags "accusations" after a comma a verb at times: the lemma decides
    if noun.pos_ not in {"NOUN", "VERB"} or noun.lemma_.lower() not in words("told_claim_nouns"):
        return None
    i -= 1
    while i > sent.start and doc[i].dep_ in _NOUN_WORDS and doc[i].head.i > i \
            and doc[i].head.i <= noun.i:
        i -= 1
    return doc[i] if doc[i].text == "," else None


def _speaker(comma: Token) -> Token | None:
    """The subject of the last verb of saying before the comma (the one whose clause holds the
    claim: "Congress said Aristide had told them that ..., an accusation": Aristide's)."""
    sent = comma.sent
    for verb in reversed(comma.doc[sent.start:comma.i]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("told_claim_verbs"):
            continue
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
            if verb.dep_ not in _SUBJECTLESS or verb.head is verb:
                return None
            verb = verb.head
        return None
    return None
