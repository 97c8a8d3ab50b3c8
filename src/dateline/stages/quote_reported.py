"""Indirect and mixed quotes: a speech cue with a clausal complement (`X said that ...`,
`..., X has said`), a parenthetical cue ("The impasse, officials said, had lasted years"), a
raising cue, a cue whose content is an object or a "to" clause, a reporting noun ("her claim
that ..."), and `according to X, ...`. A content that holds quotation marks is mixed; one that
is a whole quoted stretch is direct.

Separate from the direct quotes (``quote_direct``): these start from cues, those from quotation
marks.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Token

from dateline.lexicons import active
from dateline.stages.attribution import (
    embedded_question,
    infinitive_content,
    negated,
    nominal_agent,
    nominal_topic,
    object_content,
    passive_content,
    purpose_clause,
    raising_content,
    source_phrase,
    unrealised,
)
from dateline.stages.quote_cues import COMPLEMENTS, cue_flags, cue_lemma_ids, reporting_nouns
from dateline.stages.quote_found import Found
from dateline.stages.quote_sources import cue_speaker, noun_phrase
from dateline.stages.quotemarks import QuotedStretch
from dateline.stages.syntax import SUBJECTS, doc_text

__all__ = ["reported_quotes"]

TRIM = {"that", ",", ".", ":", ";", "—", "–", "-"}


def reported_quotes(doc: Doc, stretches: list[QuotedStretch], used: set[int],
                     direct: list[Found]) -> list[Found]:
    found: list[Found] = []
    taken = [f.content for f in direct]
    names = {i for s in stretches if _name_or_term(doc, s) for i in (s.start, s.end - 1)}
    for token in _reporting_candidates(doc):
        if token.i in used:
            continue
        quote = (_according_to(token) if token.lower_ == "according"
                 else _noun_quote(token) if token.pos_ == "NOUN"
                 else None if cue_flags(token) is None  # each of the four needs a cue: asked once
                 else _complement_quote(token) or _parenthetical_quote(token)
                 or _raising_quote(token) or _object_quote(token))
        if quote is None or _holds_own_cue(quote) or (_crosses(quote.content, taken)
                             and not _inside_direct(quote, direct)):
            continue
        inner = [s for s in stretches
                 if quote.content[0] <= s.content[0] and s.content[1] <= quote.content[1]
                 and s.start not in names]
        whole = next((s for s in stretches if s.start <= quote.content[0] <= s.content[0]
                      and s.content[1] <= quote.content[1] <= s.end), None)
        if whole is not None and quote.kind == "indirect":
            quote.kind, quote.content = "direct", whole.content
            quote.rule = quote.rule.replace("indirect", "direct")
        elif (inner or _opens_a_quote(doc, quote, names)) and quote.kind == "indirect":
            quote.kind = "mixed"
            quote.rule = quote.rule.replace("indirect", "mixed")
            opening = next((s.start for s in inner if s.content[0] == quote.content[0]), None)
            if opening is not None:  # a mixed content that opens with the quoted words
                quote.content = (opening, quote.content[1])
        found.append(quote)
        taken.append(quote.content)
    return found


def _reporting_candidates(doc: Doc) -> list[Token]:
    """The tokens a reported quote can start from: "according", a noun, or a word whose lemma
    is a cue or a cue's first word (``cue_flags`` is None for any other); read as arrays, so
    that no Token is built for the other words."""
    lemmas = active().derived("quotes.cue_lemma_ids", cue_lemma_ids)
    according, noun = get_string_id("according"), SYMBOLS["NOUN"]
    marks = doc.to_array([LEMMA, POS, LOWER]).tolist()
    return [doc[i] for i, (lemma, pos, lower) in enumerate(marks)
            if lemma in lemmas or pos == noun or lower == according]


#: Words before quotation marks that make the quoted words a name or a term, not someone's words.
NAMING = {"called", "dubbed", "named", "nicknamed", "titled", "entitled", "so-called", "as",
          "term", "word", "phrase", "label", "codenamed", "code-named", "branded"}


def _name_or_term(doc: Doc, stretch: QuotedStretch) -> bool:
    """"the "Lion" release", "commonly called "apps"": a title-case name of at most three words,
    or words after "called" / "dubbed" / "the term", are a name in quotation marks, which does not
    make a content mixed (quotes.mixed.names.v1)."""
    words = doc_text(doc)[stretch.content[0] : stretch.content[1]].strip(" ,.").split()
    if not words or len(words) > 3:
        return False
    before = doc_text(doc)[max(0, stretch.start - 30) : stretch.start].split()
    if before and before[-1].lower() in NAMING:
        return True
    return all(w[:1].isupper() for w in words)


def _opens_a_quote(doc: Doc, quote: Found, names: set[int]) -> bool:
    """A content that opens quotation marks closed in a later sentence or never
    (`said that the "Al-Hashd ...`) holds the source's own words: mixed. The marks of a name
    or term in quotation marks (``names``: their offsets) do not count."""
    start, end = quote.content
    text = doc_text(doc)
    return any(text[i] in {'"', "“", "«"} and i not in names for i in range(start, end))


def _inside_direct(quote: Found, direct: list[Found]) -> bool:
    """An attribution inside a direct quote ("I think ...", "we hope ...") is listed too."""
    cue_at = quote.cue.idx if quote.cue is not None else quote.content[0]
    return any(start <= min(quote.content[0], cue_at) and quote.content[1] <= end
               and (start, end) != quote.content
               for f in direct for start, end in (f.parts or [f.content]))


def _holds_own_cue(quote: Found) -> bool:
    return quote.cue is not None and any(start <= quote.cue.idx < end
                                         for start, end in quote.parts or [quote.content])


def _crosses(content: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Overlapping another content without one holding the other ("A said B had told him
    ...": two attributions, one inside the other)."""
    return any(content == (start, end) or (
        content[0] < end and start < content[1]
        and not (start <= content[0] and content[1] <= end)
        and not (content[0] <= start and end <= content[1])) for start, end in taken)


def _complement_quote(cue: Token) -> Found | None:
    flags = cue_flags(cue)
    if flags is None or negated(cue) or embedded_question(cue):
        return None
    complements = [c for c in cue.children if c.dep_ in COMPLEMENTS and _is_clause(c)]
    if not complements:
        return None
    speaker = cue_speaker(cue)
    if speaker is None:
        return None
    content = _content_range(complements, cue)
    if content is None:
        return None
    return Found("indirect", content, cue, speaker, "quotes.indirect.complement.v1")


def _parenthetical_quote(cue: Token) -> Found | None:
    """"The impasse, officials said, had lasted years": the clause around a cue set off by
    commas is its content, in two parts."""
    doc = cue.doc
    if cue.dep_ != "parataxis" or cue_flags(cue) is None or negated(cue) or cue.head.i < cue.i:
        return None
    inner = sorted(t.i for t in cue.subtree)
    opening = doc[inner[0]] if doc[inner[0]].text == "," else doc[max(inner[0] - 1, 0)]
    if opening.text != ",":
        return None
    speaker = cue_speaker(cue)
    clause = sorted(t.i for t in cue.head.subtree)
    before = _trimmed(doc, clause[0], inner[0])
    after = _trimmed(doc, inner[-1] + 1, clause[-1] + 1)
    if speaker is None or before is None or after is None:
        return None
    found = Found("indirect", (before[0], after[1]), cue, speaker,
                  "quotes.indirect.parenthetical.v1")
    found.parts = [before, after]
    return found


def _raising_quote(cue: Token) -> Found | None:
    """"Sales are predicted to have dipped": content in two parts, no source stated."""
    if cue_flags(cue) is None or negated(cue):
        return None
    ranges = raising_content(cue)
    pieces = [_trimmed(cue.doc, *r) for r in ranges] if ranges else []
    if not pieces or any(p is None for p in pieces):
        return None
    parts = [p for p in pieces if p is not None]
    found = Found("indirect", (parts[0][0], parts[-1][1]), cue, None,
                  "quotes.indirect.raising.v1")
    found.parts = parts
    return found


def _object_quote(cue: Token) -> Found | None:
    """Content that is a "to" clause, a noun phrase object, or a passive subject (issue 13)."""
    if cue_flags(cue) is None or negated(cue) or unrealised(cue) or purpose_clause(cue) or (
            embedded_question(cue)):
        return None
    nouns = set(reporting_nouns())
    for finder, rule in ((infinitive_content, "infinitive"),
                         (lambda c: object_content(c, nouns), "object"),
                         (passive_content, "passive")):
        tokens = finder(cue)
        if tokens is None:
            continue
        speaker = cue_speaker(cue)
        trimmed = _trimmed(cue.doc, *tokens)
        if trimmed is None or (speaker is None and rule != "passive"):
            return None
        return Found("indirect", _close_marks(cue.doc, *trimmed), cue, speaker,
                     f"quotes.indirect.{rule}.v3")
    return None


def _noun_quote(cue: Token) -> Found | None:
    """"The ministry's announcement that ...", "Her claim that ...": the owner speaks;
    "claims by the opposition that ...", "reports by residents of shelling": the agent does."""
    if cue.lemma_ not in reporting_nouns() and cue.lower_ not in reporting_nouns():
        return None
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    agent = nominal_agent(cue)
    clauses = [c for c in cue.children if c.dep_ in {"acl", "ccomp", "appos", "relcl"}
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    content = _content_range(clauses, cue) if clauses and (owner or agent) else None
    if owner is not None:
        return Found("indirect", content, cue, noun_phrase(owner),
                     "quotes.indirect.noun.v2") if content else None
    if agent is None:
        return None
    topic = nominal_topic(cue) if content is None else None
    if topic is not None:
        content = _trimmed(cue.doc, topic.i + 1, max(t.i for t in topic.subtree) + 1)
    if content is None:
        return None
    return Found("indirect", content, cue, source_phrase(agent, without=topic),
                 "quotes.indirect.noun-by.v1")


def _is_clause(head: Token) -> bool:
    """A finite clause with its own subject, or introduced by "that"."""
    children = list(head.children)
    return any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in children) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children)


def _content_range(complements: list[Token], cue: Token) -> tuple[int, int] | None:
    # The extent of the complements' subtrees from their edges: walking each subtree made a
    # chain of 1,000 quoted clauses quadratic (issue 19). Only the ends are used.
    first = min(c.left_edge.i for c in complements)
    last = max(c.right_edge.i for c in complements)
    first += first == cue.i
    last -= last == cue.i
    if first > last:
        return None
    trimmed = _trimmed(cue.doc, _after_cue_time(cue.doc, first, last), last + 1)
    return _close_marks(cue.doc, *trimmed) if trimmed else None


def _after_cue_time(doc: Doc, start: int, last: int) -> int:
    """Skip a time that belongs to the cue ("said on Tuesday they had ...")."""
    first = start
    if doc[start].dep_ == "prep" and start + 1 <= last and doc[start + 1].ent_type_ in {
            "DATE", "TIME"}:
        start += 1
    while start < last and doc[start].ent_type_ in {"DATE", "TIME"}:
        start += 1
    return start if start > first and doc[start].dep_ in SUBJECTS | {"mark"} else first


def _close_marks(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in a closing quotation mark the clause left outside ("... with fire".)."""
    text = doc_text(doc)[start:end]
    opened = text.count('"') % 2 == 1 or text.count("“") > text.count("”")
    if opened and end < len(doc_text(doc)) and doc_text(doc)[end] in {'"', "”"}:
        return start, end + 1
    if doc_text(doc)[end - 2 : end] in {'."', ',"', ".”", ",”"}:
        return start, end - 2  # `... they face."`: the closing mark follows the period
    return start, end


def _according_to(token: Token) -> Found | None:
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    speaker = noun_phrase(source)
    sentence = token.sent
    phrase_end = speaker.end
    if token.i == sentence.start:
        start, end = phrase_end, sentence.end
    else:
        start, end = sentence.start, token.i
    content = _trimmed(doc, start, end)
    if content is None:
        return None
    return Found("indirect", content, None, speaker, "quotes.indirect.according-to.v1",
                 (token.idx, doc[token.i + 1].idx + 2))


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character range of tokens start..end without a leading "that" or edge punctuation."""
    while start < end and (doc[start].lower_ in TRIM or doc[start].is_space) and not (
            _demonstrative(doc[start])):
        start += 1
    while end > start and (doc[end - 1].text in TRIM or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _demonstrative(token: Token) -> bool:
    """"We know that that was a mistake", "He said that was wrong": a "that" the parser makes a
    subject or determiner is the content's own word, not a complementizer
    (quotes.content.demonstrative.v1)."""
    return token.lower_ == "that" and token.dep_ in SUBJECTS | {"det"}
