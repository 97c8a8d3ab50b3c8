"""The source a speech cue names: the subject of the cue verb, or of the verb it hangs on
(a participle, a coordinated cue: ``quotes.speaker.v1``), the agent of a passive cue, an
inverted subject after a quote ("," said the minister"), as a whole noun phrase.

Separate from the finders: both the direct and the reported quote finders ask it; which actor
the source is belongs to ``quote_speakers``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.stages.attribution import (
    cue_class,
    cue_key,
    source_phrase,
    speaker_outside_clause,
    without_setting,
)
from dateline.stages.quote_cues import COMPLEMENTS, cue_flags
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS

__all__ = ["cue_speaker", "noun_phrase"]

_NO_STATE = DocState()


def cue_speaker(cue: Token) -> Span | None:
    """The subject of the cue verb; for a participle ("..., announcing that"), its head's.
    A passive cue ("those detained were accused of ...") names no speaker but its agent."""
    passive_participle = cue.tag_ == "VBN" and cue.dep_ in {"advcl", "acl"}
    if passive_participle or any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        agent = next((p for c in cue.children if c.dep_ == "agent" for p in c.children
                      if p.dep_ == "pobj"), None)
        return noun_phrase(agent) if agent is not None else None
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None  # "as Serbian officials describe it" frames a term, not a statement
    outside = speaker_outside_clause(cue)
    if outside is not None:
        return outside
    token = _outer_cue(cue)
    for _ in range(3):
        subject = _subject_span(token)
        if subject is not None:
            return subject
        if token.dep_ not in {"advcl", "conj", "xcomp", "pcomp", "pobj", "prep"}:
            return None
        token = token.head
    return None


def _outer_cue(cue: Token) -> Token:
    """"X confirmed that the document had arrived and said ...": a cue the parser joined to a
    verb inside another cue's complement is coordinated with that cue, and shares its subject
    (quotes.speaker.v1)."""
    head = cue.head
    if cue.dep_ == "conj" and cue_flags(head) is None and head.dep_ in COMPLEMENTS and (
            cue_flags(head.head) is not None) and not any(c.dep_ in SUBJECTS for c in cue.children
                                                          ) and _speech_cue(cue):
        return head.head
    return cue


def _speech_cue(cue: Token) -> bool:
    """A speech act ("warned", "questioned"), not a belief or a plan: "said the firm was growing
    and planned to hire" is the firm's plan."""
    return cue_class(cue_key(cue), None, _NO_STATE) == "speech"


def _subject_span(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return without_setting(noun_phrase(child), verb)
    for child in verb.children:  # "said the minister" after a quote: inverted subject
        if child.dep_ in {"dobj", "attr", "npadvmod"} and child.i > verb.i and (
                child.pos_ in {"PROPN", "NOUN"}) and _after_quote(verb):
            return without_setting(noun_phrase(child), verb)
    return None


def _after_quote(verb: Token) -> bool:
    """Inversion ("," said the minister") happens right after a closing quotation mark."""
    previous = [t for t in verb.doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    while previous and previous[-1].text in {",", "—", "–"}:
        previous.pop()
    return bool(previous) and previous[-1].text in {'"', "”", "»", "’", "'"}


def noun_phrase(head: Token) -> Span:
    """The whole noun phrase of a source, with title, apposition and relative clause."""
    return source_phrase(head)
