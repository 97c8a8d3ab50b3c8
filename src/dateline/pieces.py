"""Long articles through spaCy's statistical components in pieces, so memory stays bounded.

spaCy's ``tok2vec``, ``parser`` and ``ner`` keep every intermediate array of a doc while they
run: about 15 KB per token, so a 42,000-token article (3,000 short quotes, 157 KB) peaked near
1 GB in ``tok2vec`` and ``ner`` alone (issue 19). ``annotate(nlp, doc)`` runs those components
(everything before the first dateline stage but ``dateline_paragraphs`` included) on pieces of
at most ``PIECE_TOKENS`` tokens, cut where a line or a sentence ends, joins the pieces back
into one doc with ``Doc.from_docs`` (same tokens, same text), and then runs the dateline
stages on the whole doc. Articles of at most ``PIECE_TOKENS`` tokens (nearly all news: about
8,000 words) take the usual path unchanged. In a long article the tagger, parser and entity
recogniser see at most ``PIECE_TOKENS`` tokens of context, and a sentence never spans a cut.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: Tokens spaCy's statistical components see at once in a long article.
PIECE_TOKENS = 10000
#: A cut is looked for in the last ``1 / SEARCH`` of a piece before cutting at a token.
SEARCH = 4
SENTENCE_END = frozenset({".", "?", "!"})
QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})


def annotate(nlp: Any, doc: Doc, piece_tokens: int = PIECE_TOKENS) -> Doc:
    """``nlp(doc)``, with a long doc's statistical annotation done piece by piece."""
    if len(doc) <= piece_tokens:
        return nlp(doc)  # type: ignore[no-any-return]
    first_stage = next((i for i, (name, _) in enumerate(nlp.pipeline)
                        if name.startswith("dateline_") and name != "dateline_paragraphs"),
                       len(nlp.pipeline))
    statistical = [proc for _, proc in nlp.pipeline[:first_stage]]
    pieces = []
    for start, end in cuts(doc, piece_tokens):
        piece = doc[start:end].as_doc()
        piece.user_data.update(doc.user_data if start == 0 else {})
        for proc in statistical:
            piece = proc(piece)
        pieces.append(piece)
    joined = Doc.from_docs(pieces, ensure_whitespace=False,
                           exclude=["user_data"])  # type: ignore[call-arg]
    joined.user_data.update(doc.user_data)
    for _, proc in nlp.pipeline[first_stage:]:
        joined = proc(joined)
    return joined


def cuts(doc: Doc, piece_tokens: int) -> list[tuple[int, int]]:
    """Token ranges of at most ``piece_tokens`` covering the doc, each ending, when it can, after
    a line break or a sentence-final mark (in the last quarter of the piece)."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while len(doc) - start > piece_tokens:
        end = start + piece_tokens
        ranges.append((start, _boundary(doc, end - piece_tokens // SEARCH, end) or end))
        start = ranges[-1][1]
    ranges.append((start, len(doc)))
    return ranges


def _boundary(doc: Doc, low: int, high: int) -> int | None:
    """The last token index in (low, high] that starts a line or follows a sentence end."""
    fallback = None
    for i in range(high, low, -1):
        before = doc[i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            return i
        if fallback is None and before.whitespace_ and (
                before.text in SENTENCE_END
                or (before.text in QUOTES and i >= 2 and doc[i - 2].text in SENTENCE_END)):
            fallback = i
    return fallback
