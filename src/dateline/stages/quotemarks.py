"""Pairing quotation marks: straight, curly, single, guillemets; never across paragraphs except
a quote that a paragraph leaves open and the next paragraph re-opens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.stages.syntax import doc_text

PAIRS = {"“": "”", "«": "»", "‘": "’", "„": "“", "‹": "›"}
STRAIGHT = {'"'}
#: Every character ``_pair`` acts on; the others leave its stack as it is, so it visits only
#: these (issue 14: a Python step per character of every line, twice per line).
MARKS = re.compile(
    "[" + re.escape("".join(sorted({*STRAIGHT, "'", *PAIRS, *PAIRS.values()}))) + "]")


@dataclass(frozen=True)
class QuotedStretch:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when left open)
    content: tuple[int, int]  # the words inside, without a closing comma or period
    continued: bool = False  # re-opened in a new paragraph after an open one


def find_quoted(text: str) -> list[QuotedStretch]:
    stretches: list[QuotedStretch] = []
    offset = 0
    left_open = False
    for paragraph in _paragraphs(text):
        found, open_at = _pair(paragraph)
        continued = left_open and paragraph.lstrip()[:1] in {'"', "“", "«", "‘"}
        for index, (start, end) in enumerate(found):
            stretches.append(_stretch(text, offset + start, offset + end,
                                      continued and index == 0))
        if open_at is not None and _next_reopens(text, offset + len(paragraph)):
            stretches.append(_stretch(text, offset + open_at, offset + len(paragraph),
                                      continued and not found, closed=False))
            left_open = True
        else:
            left_open = False
        offset += len(paragraph) + 1
    return sorted(stretches, key=lambda s: s.start)


def _paragraphs(text: str) -> list[str]:
    """Lines of the text; a line that leaves a double quote open is joined with the lines after
    it when, within ``JOIN_LINES`` lines holding no quotation mark, one closes it (one sentence
    per line, as in some corpora: a quote of several sentences is one stretch). Never across a
    blank line."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        closing = _closing_line(lines, index) if line.strip() and _pair(line)[1] is not None \
            else None
        if closing is None:
            out.append(line)
            index += 1
            continue
        out.append("\n".join(lines[index : closing + 1]))
        index = closing + 1
    return out


#: How many lines a quote left open by one line may run on before a line closes it.
JOIN_LINES = 6


def _closing_line(lines: list[str], opened: int) -> int | None:
    """The index of the line that closes a quote opened on line ``opened``: the first line with
    a double mark, when that mark closes it and no blank line comes before it."""
    for index in range(opened + 1, min(len(lines), opened + 1 + JOIN_LINES)):
        line = lines[index]
        if not line.strip():
            return None
        if _closes_open_quote(line):
            return index
        if any(c in line for c in '"“”«»'):
            return None
    return None


def _closes_open_quote(line: str) -> bool:
    """The line's first double mark closes a quote opened before it ("... end of it," she said)."""
    if line.lstrip()[:1] in {'"', "“", "«"}:
        return False
    first = next((i for i, c in enumerate(line) if c in {'"', "”", "“", "»", "«"}), None)
    if first is None or line[first] in {"“", "«"}:
        return False
    before = line[first - 1] if first else " "
    return not before.isspace() and _pair(line[first + 1 :])[1] is None


def _pair(paragraph: str) -> tuple[list[tuple[int, int]], int | None]:
    """Balanced (start, end) pairs in a paragraph, and where an unclosed double quote opens."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for found in MARKS.finditer(paragraph):
        i, char = found.start(), found.group()
        if char in STRAIGHT:
            if stack and stack[-1][0] in STRAIGHT:
                pairs.append((stack.pop()[1], i + 1))
            else:
                stack.append((char, i))
        elif char == "'" and _opens_single(paragraph, i):
            stack.append((char, i))
        elif char == "'" and stack and stack[-1][0] == "'" and _closes_single(paragraph, i):
            pairs.append((stack.pop()[1], i + 1))
        elif char in PAIRS and not (char == "“" and stack and stack[-1][0] == "„"):
            stack.append((char, i))
        elif stack and PAIRS.get(stack[-1][0]) == char and _closes_single(paragraph, i):
            pairs.append((stack.pop()[1], i + 1))
    open_double = next((i for mark, i in stack if mark in STRAIGHT | {"“", "«"}), None)
    return sorted(pairs), open_double


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "(—–-:") and after.isalnum()


def _closes_single(text: str, i: int) -> bool:
    """A closing single mark is not an apostrophe inside a word ("won’t")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i else " "
    if text[i] not in {"'", "’"}:
        return True
    return not (before.isalpha() and after.isalpha())


def _next_reopens(text: str, paragraph_end: int) -> bool:
    rest = text[paragraph_end + 1 : paragraph_end + 3].lstrip()
    return rest[:1] in {'"', "“", "«", "‘"}


def _stretch(
    text: str, start: int, end: int, continued: bool, closed: bool = True
) -> QuotedStretch:
    inner_start, inner_end = start + 1, end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    while inner_end > inner_start and text[inner_end - 1] in ",.…":
        inner_end -= 1
    return QuotedStretch(start, end, (inner_start, inner_end), continued)



def quoted_contents(doc: Doc) -> list[tuple[int, int]]:
    """The content offsets of the document's quoted stretches, found once per document: the
    argument rules ask about many tokens of one document (remembered like ``match``)."""
    global _memo_doc, _memo
    if _memo_doc is not doc:
        _memo = [stretch.content for stretch in find_quoted(doc_text(doc))]
        _memo_doc = doc
    return _memo


def inside_quote(token: Token) -> bool:
    """Whether ``token`` stands inside the words of a quoted stretch."""
    return any(start <= token.idx < end for start, end in quoted_contents(token.doc))


_memo_doc: Doc | None = None
_memo: list[tuple[int, int]] = []
