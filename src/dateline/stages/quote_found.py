"""``Found``: a quote as the finders make it (direct or reported), in character offsets with the
cue token and the speaker's span, before its speaker is resolved to an actor
(``quote_speakers``) and it becomes a record ``Quote``.

Separate so that the stage, both finders (``quote_direct``, ``quote_reported``) and
``quote_speakers`` share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dateline.record import QuoteKind

__all__ = ["Found"]


@dataclass
class Found:
    kind: QuoteKind
    content: tuple[int, int]  # char offsets
    cue: Token | None
    speaker: Span | None
    rule: str
    cue_span: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
