"""The quotes stage: who said what, as direct, indirect or mixed quotes.

1. Quotation marks are paired per paragraph (a paragraph that opens a quote without closing it
   continues into the next paragraph when that one opens with a mark again).
2. A quoted stretch is a direct quote when a speech cue attaches it to a speaker: after it
   (`"...," she said`), before it (`He said: "..."`), a colon after a clause with a subject, or
   as the continuation of the speaker's previous quote. Unattached marks (scare quotes, titles)
   are not quotes.
3. A speech cue with a clausal complement is an indirect quote (`X said that ...`,
   `..., X has said`), mixed when the complement holds quotation marks; so is
   `according to X, ...`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active
from dateline.record import Quote, QuoteKind, Speaker
from dateline.record import Span as TextSpan
from dateline.stages.attribution import (
    after_dateline,
    can_hold_views,
    cue_class,
    cue_extent,
    cue_key,
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
    speaker_outside_clause,
    unrealised,
    without_setting,
)
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.quote_speakers import resolve_speakers
from dateline.stages.quotemarks import QuotedStretch, find_quoted
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import SUBJECTS, doc_text
from dateline.stages.times import when

COMPLEMENTS = {"ccomp", "parataxis"}
_NO_STATE = DocState()
TRIM = {"that", ",", ".", ":", ";", "—", "–", "-"}


def cues() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.verbs", lambda data: _cue_table(data, "verbs"))


def reporting_nouns() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.nouns", lambda data: _cue_table(data, "nouns"))


def _cue_table(data: LexiconData, key: str) -> dict[str, dict[str, Any]]:
    section = data.section("speech_cues")
    return {k: dict(v or {}) for k, v in section[key].items()}


def _cue_heads(data: LexiconData) -> frozenset[str]:
    """What comes before a space in a cue ("point" of "point out"): only a token with such a
    lemma can be a cue with a particle."""
    return frozenset(key[:i] for key in _cue_table(data, "verbs")
                     for i, char in enumerate(key) if char == " ")


def _cue_lemma_ids(data: LexiconData) -> frozenset[int]:
    """The string ids of every lemma ``cue_flags`` can accept (cues and their first words)."""
    return frozenset(get_string_id(word) for word in _cue_table(data, "verbs").keys()
                     | _cue_heads(data))


def cue_flags(token: Token) -> dict[str, Any] | None:
    """The lexicon flags of a speech cue token, or None if it is not one."""
    table = cues()
    lemma = token.lemma_
    verb = token.pos_ in {"VERB", "AUX"}
    if lemma not in active().derived("quotes.cue_heads", _cue_heads):
        return table.get(lemma) if verb else None  # no cue with a particle: no children read
    particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), None)
    if particle and f"{lemma} {particle}" in table:
        return table[f"{lemma} {particle}"]
    if verb and lemma in table:
        return table[lemma]
    return None


@dataclass
class Found:
    kind: QuoteKind
    content: tuple[int, int]  # char offsets
    cue: Token | None
    speaker: Span | None
    rule: str
    cue_span: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)


@Language.factory(
    "dateline_quotes",
    default_config=DEFAULT_CONFIG,
    requires=["token.dep", "token.lemma", "doc.user_data"],
    assigns=["doc.spans", "doc.user_data"],
)
def make_quotes_stage(nlp: Language, name: str, user_lexicons: list[dict[str, Any]],
                      on_error: str) -> QuotesStage:
    return QuotesStage(name, user_lexicons, on_error)


class QuotesStage(Stage):
    sections = ("speech_cues", "clauses", "cue_classes")
    table = "quotes"
    reads = ("times", "actors")

    def process(self, doc: Doc, state: DocState) -> None:
        found = find_quotes(doc)
        actors = resolve_speakers(doc, state, found)
        state.quotes = [self._to_quote(doc, state, n, f, actor)
                        for n, (f, actor) in enumerate(zip(found, actors, strict=True), start=1)]

    def _to_quote(self, doc: Doc, state: DocState, number: int, found: Found,
                  actor: str | None) -> Quote:
        speaker = None
        if found.speaker is not None:
            speaker = Speaker(found.speaker.start_char, found.speaker.end_char,
                              found.speaker.text, actor)
        cue = None
        time = None
        if found.cue is not None:
            cue = TextSpan.of(doc_text(doc), *cue_extent(found.cue))
            answer = when(doc, found.cue.i)
            time = answer.time if answer.basis == "explicit" else None
        elif found.cue_span is not None:
            cue = TextSpan.of(doc_text(doc), *found.cue_span)
        content = TextSpan.of(doc_text(doc), *found.content)
        parts = [TextSpan.of(doc_text(doc), *part) for part in found.parts]
        cue_word = cue_key(found.cue) if found.cue is not None else _cue_noun(doc, found)
        return Quote(id=f"q{number}", kind=found.kind, speaker=speaker, cue=cue,
                     content=content, time=time, rule=found.rule, parts=parts,
                     cue_class=cue_class(cue_word, found.speaker, state))


def _cue_noun(doc: Doc, found: Found) -> str | None:
    """The lemma of a cue that is a reporting noun ("fears", "recommendation")."""
    if found.cue_span is None:
        return None
    span = doc.char_span(*found.cue_span, alignment_mode="expand")
    return span.root.lemma_ if span is not None and len(span) else None


def find_quotes(doc: Doc) -> list[Found]:
    stretches = find_quoted(doc_text(doc))
    direct = _direct_quotes(doc, stretches)
    used_cues = {f.cue.i for f in direct if f.cue is not None}
    reported = _reported_quotes(doc, stretches, used_cues, direct)
    return sorted(_with_real_sources(doc, direct + reported), key=lambda f: f.content[0])


def _with_real_sources(doc: Doc, found: list[Found]) -> list[Found]:
    """No source is a wire dateline, a time or an abstract noun (quotes.source-check.v1)."""
    state = state_of(doc)
    for quote in found:
        if quote.speaker is not None and state.dateline_end is not None:
            quote.speaker = after_dateline(quote.speaker, state.dateline_end)
    return [q for q in found if q.speaker is None or can_hold_views(q.speaker, state)]


# --- direct quotes -----------------------------------------------------------------------------


def _direct_quotes(doc: Doc, stretches: list[QuotedStretch]) -> list[Found]:
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
            speaker = _speaker(token)
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
    before = doc_text(doc)[opening.sent.start_char : stretch.start].rstrip()
    return any(c.isalnum() for c in before) and before[-1:] not in {":", ".", "!", "?", "\n"}


def _speaker_start(token: Token) -> bool:
    """After a quote that ends its sentence, only "said X" or "X said" may follow."""
    if cue_flags(token) is not None:
        return True
    sentence_start = token.sent.start
    return any(cue_flags(t) is not None for t in token.doc[token.i + 1 : token.i + 5]
               if t.sent.start == sentence_start) and token.i + 1 < len(token.doc)


def _attach_before(doc: Doc, stretch: QuotedStretch) -> Found | None:
    """`He said: "..."`, `She told reporters, "..."`, `The minister was blunt: "..."`."""
    if not _ends_clause(doc_text(doc), stretch):
        return None
    before = _tokens(doc, max(0, stretch.start - 200), stretch.start)
    if before is None or not len(before):
        return None
    sentence_start = before[-1].sent.start  # once, not per token
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
        speaker = _speaker(token)
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
    for token in doc[mark.sent.start : mark.i]:
        if token.dep_ in SUBJECTS and token.head.i < mark.i:
            return _noun_phrase(token) if state.mention_at(token.i) is not None else None
    return None


# --- indirect and mixed quotes -----------------------------------------------------------------


def _reported_quotes(doc: Doc, stretches: list[QuotedStretch], used: set[int],
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
    lemmas = active().derived("quotes.cue_lemma_ids", _cue_lemma_ids)
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
    speaker = _speaker(cue)
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
    speaker = _speaker(cue)
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
        speaker = _speaker(cue)
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
        return Found("indirect", content, cue, _noun_phrase(owner),
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
    speaker = _noun_phrase(source)
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


# --- speakers ----------------------------------------------------------------------------------


def _speaker(cue: Token) -> Span | None:
    """The subject of the cue verb; for a participle ("..., announcing that"), its head's.
    A passive cue ("those detained were accused of ...") names no speaker but its agent."""
    passive_participle = cue.tag_ == "VBN" and cue.dep_ in {"advcl", "acl"}
    if passive_participle or any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        agent = next((p for c in cue.children if c.dep_ == "agent" for p in c.children
                      if p.dep_ == "pobj"), None)
        return _noun_phrase(agent) if agent is not None else None
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
            return without_setting(_noun_phrase(child), verb)
    for child in verb.children:  # "said the minister" after a quote: inverted subject
        if child.dep_ in {"dobj", "attr", "npadvmod"} and child.i > verb.i and (
                child.pos_ in {"PROPN", "NOUN"}) and _after_quote(verb):
            return without_setting(_noun_phrase(child), verb)
    return None


def _after_quote(verb: Token) -> bool:
    """Inversion ("," said the minister") happens right after a closing quotation mark."""
    previous = [t for t in verb.doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    while previous and previous[-1].text in {",", "—", "–"}:
        previous.pop()
    return bool(previous) and previous[-1].text in {'"', "”", "»", "’", "'"}


def _noun_phrase(head: Token) -> Span:
    """The whole noun phrase of a source, with title, apposition and relative clause."""
    return source_phrase(head)
