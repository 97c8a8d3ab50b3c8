"""Direct quotes: a quoted stretch attached to its speaker by a speech cue after it
(`"...," she said`: ``quotes.direct.after.v1``), before it (`He said: "..."`:
``quotes.direct.before.v1``), a colon after a clause with a subject (``quotes.direct.colon.v1``),
or as the continuation of the speaker's previous quote (interrupted, continued, or left open
across paragraphs). Unattached marks (scare quotes, titles) are not quotes.

Separate from the reported quotes (``quote_reported``): these start from quotation marks, those
from cues.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.stages.quote_cues import cue_flags
from dateline.stages.quote_found import Found
from dateline.stages.quote_sources import cue_speaker, noun_phrase
from dateline.stages.quotemarks import QuotedStretch
from dateline.stages.state import state_of
from dateline.stages.syntax import SUBJECTS, doc_text, sentence_of

__all__ = ["direct_quotes"]


def direct_quotes(doc: Doc, stretches: list[QuotedStretch]) -> list[Found]:
    found: list[Found] = []
    for stretch in stretches:
        quote = _attach_after(doc, stretch) or _attach_before(doc, stretch)
        if found and _same_cue(found[-1], quote):
            _add_part(found[-1], stretch.content, "quotes.direct.interrupted.v1")
        elif quote is None and found and _continues(doc, found[-1], stretch):
            _add_part(found[-1], stretch.content, "quotes.direct.continued.v2")
        elif quote is not None:
            found.append(quote)
    return _with_open_paragraphs(stretches, found)


def _same_cue(previous: Found, quote: Found | None) -> bool:
    """"A," the envoy said, "B.": both stretches attach to one cue between them."""
    return (quote is not None and quote.cue is not None and previous.cue is not None
            and quote.cue.i == previous.cue.i and quote.content[0] >= previous.content[1])


def _add_part(quote: Found, piece: tuple[int, int], rule: str) -> None:
    """An interrupted quote ("A," he said. "B.") is one quote whose content has parts."""
    pieces = sorted((quote.parts or [quote.content]) + [piece])
    quote.parts = pieces
    quote.content = (pieces[0][0], pieces[-1][1])
    quote.rule = rule


def _with_open_paragraphs(stretches: list[QuotedStretch], found: list[Found]) -> list[Found]:
    """A paragraph left open belongs to the quote that re-opens after it, as its first part;
    read from the end, so that a run of open paragraphs all join the quote that ends it."""
    by_start = {f.content[0]: f for f in found}
    for open_one, following in reversed(list(pairwise(stretches))):
        quote = by_start.get(following.content[0])
        if following.continued and quote is not None and open_one.content[0] not in by_start:
            _add_part(quote, open_one.content, "quotes.direct.paragraph.v3")
            by_start[open_one.content[0]] = quote
    return sorted(found, key=lambda f: f.content[0])


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if start < end else None


def _attach_after(doc: Doc, stretch: QuotedStretch) -> Found | None:
    """`"...," she said.` or `"...," said the minister.`"""
    after = _tokens(doc, stretch.end, min(len(doc_text(doc)), stretch.end + 160))
    if after is None:
        return None
    ends_sentence = doc_text(doc)[stretch.content[1] : stretch.end].strip()[:1] in {".", "!", "?"}
    for position, token in enumerate(list(after)[:24]):
        if token.text in {".", "!", "?", "\n"} or (token.is_space and "\n" in token.text):
            return None
        new_sentence = bool(position) and bool(token.is_sent_start)
        unattached = ends_sentence and token.text[:1].isupper() and not _speaker_start(token)
        if new_sentence or unattached:
            return None
        if token.text in {'"', "“", "”", "«", "»"}:
            return None
        if cue_flags(token) is not None:
            speaker = cue_speaker(token)
            if speaker is None or speaker.start_char < stretch.end or _in_a_clause(
                    doc, stretch, token, speaker):
                return None
            return Found("direct", stretch.content, token, speaker, "quotes.direct.after.v1")
    return None


def _in_a_clause(doc: Doc, stretch: QuotedStretch, cue: Token, speaker: Span) -> bool:
    """Quoted words inside a longer clause (`"opportunity" in the ferry routes, said X`,
    `..., but "we can't say," explained X`) are part of a mixed quote, not a direct one."""
    inside_end = doc_text(doc)[stretch.content[1] : stretch.end - 1].strip()
    after = doc_text(doc)[stretch.end : cue.idx].lstrip()
    if not inside_end and after[:1].isalnum() and not after.startswith(cue.doc[
            speaker.start].text) and not after.startswith(cue.text):
        return True  # `"opportunity" in the ferry routes, said X`: no comma closes the quote
    opening = _tokens(doc, stretch.start, stretch.start + 1)
    if opening is None:
        return False
    before = doc_text(doc)[sentence_of(doc[opening.start]).start_char : stretch.start].rstrip()
    return any(c.isalnum() for c in before) and before[-1:] not in {":", ".", "!", "?", "\n"}


def _speaker_start(token: Token) -> bool:
    """After a quote that ends its sentence, only "said X" or "X said" may follow."""
    if cue_flags(token) is not None:
        return True
    sentence_start = sentence_of(token).start
    return any(cue_flags(t) is not None for t in token.doc[token.i + 1 : token.i + 5]
               if sentence_of(t).start == sentence_start) and token.i + 1 < len(token.doc)


def _attach_before(doc: Doc, stretch: QuotedStretch) -> Found | None:
    """`He said: "..."`, `She told reporters, "..."`, `The minister was blunt: "..."`."""
    if not _ends_clause(doc_text(doc), stretch):
        return None
    before = _tokens(doc, max(0, stretch.start - 200), stretch.start)
    if before is None or not len(before):
        return None
    sentence_start = sentence_of(before[-1]).start  # once, not per token
    tokens = [t for t in before if t.i >= sentence_start and "\n" not in t.text]
    if not tokens:
        return None
    last = tokens[-1]
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        if cue_flags(token) is None:
            continue
        if not _only_cue_frame(tokens[position + 1 :]):
            break
        speaker = cue_speaker(token)
        if speaker is not None:
            return Found("direct", stretch.content, token, speaker, "quotes.direct.before.v1")
    if last.text in {":", "—", "–"}:
        speaker = _clause_subject(last)
        if speaker is not None:
            return Found("direct", stretch.content, None, speaker, "quotes.direct.colon.v1",
                         (last.idx, last.idx + len(last.text)))
    return None


def _ends_clause(text: str, stretch: QuotedStretch) -> bool:
    """A quote introduced before it ends its sentence; otherwise it is part of a clause."""
    rest = text[stretch.end : stretch.end + 40].lstrip(" ")
    inside_end = text[stretch.content[1] : stretch.end]
    return not rest or rest[:1] in ".!?\n;," or any(c in inside_end for c in ".!?")


def _only_cue_frame(between: list[Token]) -> bool:
    """Between a cue and an opening mark: an addressee, adverbs and punctuation at most
    ("told reporters:", "said on Monday,"), never a clause of its own."""
    while between and (between[-1].lower_ == "that" or between[-1].is_punct):
        between = between[:-1]  # "said to the media that, "..."": still a direct quote
    if len(between) > 8:
        return False
    return not any(t.dep_ in SUBJECTS | {"mark", "ccomp"} for t in between)


def _continues(doc: Doc, previous: Found, stretch: QuotedStretch) -> bool:
    """A quote right after the speaker's previous one continues it (same or next paragraph)."""
    between = doc_text(doc)[previous.content[1] : stretch.start]
    if stretch.continued:
        return True
    tokens = _tokens(doc, previous.content[1], stretch.start)
    sentences = sum(bool(t.is_sent_start) for t in list(tokens or [])[1:])  # not "U.S." periods
    return len(between) < 120 and sentences <= 1 and between.count("\n") <= 1 and (
        previous.cue is not None and previous.cue.idx < stretch.start)


def _clause_subject(mark: Token) -> Span | None:
    """The subject of the clause that ends at a colon or dash."""
    doc = mark.doc
    state = state_of(doc)
    for token in doc[sentence_of(mark).start : mark.i]:
        if token.dep_ in SUBJECTS and token.head.i < mark.i:
            return noun_phrase(token) if state.mention_at(token.i) is not None else None
    return None
