"""Attribution beyond speech verbs (issue 13): cue classes, cue and source extents, and contents
that are objects or infinitives rather than clauses.

Conventions (PARC 3.0 / PolNeAR as adapted in issue 13): the source is the whole noun phrase of the
attributed entity, with its title, apposition and relative clause; the cue is the verb with its
auxiliaries and particle ("has also said", "called on"); the content is the whole attributed clause
or noun phrase, an infinitival content keeping its "to" and its addressee ("all parties to act").
"""

from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Span, Token

from dateline.lexicons import load_data
from dateline.record import CueClass
from dateline.stages.state import DocState

CLASS_RULE = "quotes.cue-class.v1"
AUXILIARIES = {"aux", "auxpass"}
#: Children of a source's head that are not part of the source ("Lavrov, speaking in Geneva,").
NOT_SOURCE = {"advcl", "punct", "cc", "mark", "advmod"}


def _classes() -> dict[str, Any]:
    data: dict[str, Any] = load_data("cue_classes")
    return data


def cue_key(cue: Token) -> str:
    """The lexicon key of a cue: its lemma, with a following particle when the pair is listed."""
    particle = _particle(cue)
    return f"{cue.lemma_} {particle.lower_}" if particle is not None else cue.lemma_


def _particle(cue: Token) -> Token | None:
    from dateline.stages.quotes import cues

    doc = cue.doc
    if cue.i + 1 >= len(doc):
        return None
    after = doc[cue.i + 1]
    if after.head == cue and after.dep_ in {"prt", "prep"} and (
            f"{cue.lemma_} {after.lower_}" in cues()):
        return after
    return None


def cue_extent(cue: Token) -> tuple[int, int]:
    """The cue verb with its auxiliaries (and what stands between them) and its particle:
    "has said", "had also reported", "is seeking", "called on", "quoted as saying"."""
    doc = cue.doc
    first = cue.i
    for child in cue.lefts:
        if child.dep_ in AUXILIARIES and child.i >= cue.i - 4 and child.lower_ != "to":
            first = min(first, child.i)
    if first < cue.i and any(t.is_punct for t in doc[first : cue.i]):
        first = cue.i
    if cue.i >= 2 and doc[cue.i - 1].lower_ == "as" and doc[cue.i - 2].lower_ == "quoted":
        quoted = doc[cue.i - 2]
        first = min([quoted.i] + [c.i for c in quoted.lefts if c.dep_ in AUXILIARIES])
    particle = _particle(cue) or next(
        (c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), None)
    last = doc[particle.i] if particle is not None else cue
    return doc[first].idx, last.idx + len(last.text)


def source_phrase(head: Token) -> Span:
    """The whole noun phrase of a source: the head's subtree without clausal asides at its edges
    ("Eriki Oerino, president of the firm, which is chartered by the government")."""
    doc = head.doc
    kept = [t for t in head.subtree
            if not any(a.dep_ in NOT_SOURCE and a.head == head for a in _path(t, head))]
    start, end = min(t.i for t in kept), max(t.i for t in kept) + 1
    span = doc[start:end]
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"
                             or span[-1].dep_ == "cc"):
        span = doc[span.start : span.end - 1]
    while len(span) > 1 and (span[0].is_punct or span[0].tag_ == "POS"):
        span = doc[span.start + 1 : span.end]
    return span


def _path(token: Token, head: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``head``."""
    path = []
    while token != head and token.head != token:
        path.append(token)
        token = token.head
    return path


def cue_class(cue_word: str | None, source: Span | None, state: DocState) -> CueClass:
    """``document`` for a document or publication source, else the cue's class, else speech."""
    data = _classes()
    if source is not None and _is_document(source, state, data):
        return "document"
    if cue_word is not None and cue_word in data["classes"]:
        return cast(CueClass, data["classes"][cue_word])
    return "speech"


def _is_document(source: Span, state: DocState, data: dict[str, Any]) -> bool:
    head = source.root
    if head.lower_ in data["document_heads"] or head.lemma_ in data["document_heads"]:
        return True
    mention = state.mention_at(head.i)
    actor = state.actor(mention.actor_id) if mention is not None else None
    return (actor is not None and actor.kind == "organization"
            and actor.sector in data["document_sectors"])


def takes_object_content(cue: Token) -> bool:
    return cue_key(cue) in _classes()["object_content"] or cue.lemma_ in _classes()[
        "object_content"]


def takes_infinitive_content(cue: Token) -> bool:
    return cue_key(cue) in _classes()["infinitive_content"] or cue.lemma_ in _classes()[
        "infinitive_content"]
