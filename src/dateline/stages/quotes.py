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

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active
from dateline.record import Quote, QuoteKind, Speaker
from dateline.record import Span as TextSpan
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.quotemarks import QuotedStretch, find_quoted
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import SUBJECTS
from dateline.stages.times import when

COMPLEMENTS = {"ccomp", "parataxis"}
TRIM = {"that", ",", ".", ":", ";", "—", "–", "-"}


def cues() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.verbs", lambda data: _cue_table(data, "verbs"))


def reporting_nouns() -> dict[str, dict[str, Any]]:
    return active().derived("quotes.nouns", lambda data: _cue_table(data, "nouns"))


def _cue_table(data: LexiconData, key: str) -> dict[str, dict[str, Any]]:
    section = data.section("speech_cues")
    return {k: dict(v or {}) for k, v in section[key].items()}


def cue_flags(token: Token) -> dict[str, Any] | None:
    """The lexicon flags of a speech cue token, or None if it is not one."""
    table = cues()
    particle = next((c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}), None)
    if particle and f"{token.lemma_} {particle}" in table:
        return table[f"{token.lemma_} {particle}"]
    if token.pos_ in {"VERB", "AUX"} and token.lemma_ in table:
        return table[token.lemma_]
    return None


@dataclass
class Found:
    kind: QuoteKind
    content: tuple[int, int]  # char offsets
    cue: Token | None
    speaker: Span | None
    rule: str
    cue_span: tuple[int, int] | None = None


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
    sections = ("speech_cues", "clauses")
    table = "quotes"
    reads = ("times", "actors")

    def process(self, doc: Doc, state: DocState) -> None:
        found = find_quotes(doc)
        state.quotes = [self._to_quote(doc, state, n, f) for n, f in enumerate(found, start=1)]

    def _to_quote(self, doc: Doc, state: DocState, number: int, found: Found) -> Quote:
        speaker = None
        if found.speaker is not None:
            mention = next((state.mention_at(t.i) for t in found.speaker
                            if state.mention_at(t.i)), None)
            speaker = Speaker(found.speaker.start_char, found.speaker.end_char,
                              found.speaker.text, mention.actor_id if mention else None)
        cue = None
        time = None
        if found.cue is not None:
            cue = TextSpan.of(doc.text, *_cue_extent(found.cue))
            answer = when(doc, found.cue.i)
            time = answer.time if answer.basis == "explicit" else None
        elif found.cue_span is not None:
            cue = TextSpan.of(doc.text, *found.cue_span)
        content = TextSpan.of(doc.text, *found.content)
        return Quote(id=f"q{number}", kind=found.kind, speaker=speaker, cue=cue,
                     content=content, time=time, rule=found.rule)


def _cue_extent(cue: Token) -> tuple[int, int]:
    """The cue word with its particle ("pointed out") or frame ("quoted as saying")."""
    start, end = cue.idx, cue.idx + len(cue.text)
    particle = next((c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), None)
    if particle is not None:
        end = particle.idx + len(particle.text)
    doc = cue.doc
    if cue.i >= 2 and doc[cue.i - 1].lower_ == "as" and doc[cue.i - 2].lower_ == "quoted":
        start = doc[cue.i - 2].idx
    return start, end


def find_quotes(doc: Doc) -> list[Found]:
    stretches = find_quoted(doc.text)
    direct = _direct_quotes(doc, stretches)
    used_cues = {f.cue.i for f in direct if f.cue is not None}
    reported = _reported_quotes(doc, stretches, used_cues, direct)
    return sorted(direct + reported, key=lambda f: f.content[0])


# --- direct quotes -----------------------------------------------------------------------------


def _direct_quotes(doc: Doc, stretches: list[QuotedStretch]) -> list[Found]:
    found: list[Found] = []
    for stretch in stretches:
        quote = _attach_after(doc, stretch) or _attach_before(doc, stretch)
        if quote is None and found and _continues(doc, found[-1], stretch):
            previous = found[-1]
            quote = Found("direct", stretch.content, previous.cue, previous.speaker,
                          "quotes.direct.continued.v1", previous.cue_span)
        if quote is not None:
            found.append(quote)
    return _with_open_paragraphs(stretches, found)


def _with_open_paragraphs(stretches: list[QuotedStretch], found: list[Found]) -> list[Found]:
    """A paragraph left open belongs to the speaker of the quote that re-opens after it."""
    by_start = {f.content: f for f in found}
    extra = []
    for open_one, following in pairwise(stretches):
        quote = by_start.get(following.content)
        if following.continued and quote is not None and open_one.content not in by_start:
            extra.append(Found("direct", open_one.content, quote.cue, quote.speaker,
                               "quotes.direct.paragraph.v1", quote.cue_span))
    return sorted(found + extra, key=lambda f: f.content[0])


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _attach_after(doc: Doc, stretch: QuotedStretch) -> Found | None:
    """`"...," she said.` or `"...," said the minister.`"""
    after = _tokens(doc, stretch.end, min(len(doc.text), stretch.end + 160))
    if after is None:
        return None
    ends_sentence = doc.text[stretch.content[1] : stretch.end].strip()[:1] in {".", "!", "?"}
    for position, token in enumerate(list(after)[:12]):
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
            if speaker is None or speaker.start_char < stretch.end:
                return None
            return Found("direct", stretch.content, token, speaker, "quotes.direct.after.v1")
    return None


def _speaker_start(token: Token) -> bool:
    """After a quote that ends its sentence, only "said X" or "X said" may follow."""
    if cue_flags(token) is not None:
        return True
    return any(cue_flags(t) is not None for t in token.doc[token.i + 1 : token.i + 5]
               if t.sent.start == token.sent.start) and token.i + 1 < len(token.doc)


def _attach_before(doc: Doc, stretch: QuotedStretch) -> Found | None:
    """`He said: "..."`, `She told reporters, "..."`, `The minister was blunt: "..."`."""
    if not _ends_clause(doc.text, stretch):
        return None
    before = _tokens(doc, max(0, stretch.start - 200), stretch.start)
    if before is None or not len(before):
        return None
    tokens = [t for t in before if t.i >= before[-1].sent.start and "\n" not in t.text]
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
    if len(between) > 8:
        return False
    return not any(t.dep_ in SUBJECTS | {"mark", "ccomp"} for t in between)


def _continues(doc: Doc, previous: Found, stretch: QuotedStretch) -> bool:
    """A quote right after the speaker's previous one continues it (same or next paragraph)."""
    between = doc.text[previous.content[1] : stretch.start]
    if stretch.continued:
        return True
    sentences = between.count(".") + between.count("!") + between.count("?")
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
    for token in doc:
        if token.i in used:
            continue
        quote = (_according_to(token) if token.lower_ == "according"
                 else _noun_quote(token) if token.pos_ == "NOUN"
                 else _complement_quote(token))
        if quote is None or _overlaps(quote.content, taken):
            continue
        inner = [s for s in stretches
                 if quote.content[0] <= s.content[0] and s.content[1] <= quote.content[1]]
        if inner and quote.kind == "indirect":
            quote.kind = "mixed"
            quote.rule = quote.rule.replace("indirect", "mixed")
        found.append(quote)
        taken.append(quote.content)
    return found


def _overlaps(content: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(content[0] < end and start < content[1] for start, end in taken)


def _complement_quote(cue: Token) -> Found | None:
    flags = cue_flags(cue)
    if flags is None:
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


def _noun_quote(cue: Token) -> Found | None:
    """"The ministry's announcement that ...", "Her claim that ...": the owner speaks."""
    if cue.lemma_ not in reporting_nouns() and cue.lower_ not in reporting_nouns():
        return None
    owner = next((c for c in cue.children if c.dep_ == "poss"), None)
    clauses = [c for c in cue.children if c.dep_ in {"acl", "ccomp", "appos", "relcl"}
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if owner is None or not clauses:
        return None
    content = _content_range(clauses, cue)
    if content is None:
        return None
    return Found("indirect", content, cue, _noun_phrase(owner), "quotes.indirect.noun.v1")


def _is_clause(head: Token) -> bool:
    """A finite clause with its own subject, or introduced by "that"."""
    children = list(head.children)
    return any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in children) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children)


def _content_range(complements: list[Token], cue: Token) -> tuple[int, int] | None:
    tokens = sorted({t.i for c in complements for t in c.subtree} - {cue.i})
    trimmed = _trimmed(cue.doc, tokens[0], tokens[-1] + 1)
    return _close_marks(cue.doc, *trimmed) if trimmed else None


def _close_marks(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Take in a closing quotation mark the clause left outside ("... with fire".)."""
    text = doc.text[start:end]
    opened = text.count('"') % 2 == 1 or text.count("“") > text.count("”")
    if opened and end < len(doc.text) and doc.text[end] in {'"', "”"}:
        return start, end + 1
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
    while start < end and (doc[start].lower_ in TRIM or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in TRIM or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


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
    token = cue
    for _ in range(3):
        subject = _subject_span(token)
        if subject is not None:
            return subject
        if token.dep_ not in {"advcl", "conj", "xcomp", "pcomp", "pobj", "prep"}:
            return None
        token = token.head
    return None


def _subject_span(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            owner = _reporting_noun_owner(child)
            return _noun_phrase(owner or child)
    for child in verb.children:  # "said the minister" after a quote: inverted subject
        if child.dep_ in {"dobj", "attr", "npadvmod"} and child.i > verb.i and (
                child.pos_ in {"PROPN", "NOUN"}) and _after_quote(verb):
            return _noun_phrase(child)
    return None


def _after_quote(verb: Token) -> bool:
    """Inversion ("," said the minister") happens right after a closing quotation mark."""
    previous = [t for t in verb.doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
    while previous and previous[-1].text in {",", "—", "–"}:
        previous.pop()
    return bool(previous) and previous[-1].text in {'"', "”", "»", "’", "'"}


def _reporting_noun_owner(subject: Token) -> Token | None:
    """"The ministry's statement said ...": the ministry speaks."""
    if subject.lemma_ not in reporting_nouns() and subject.lower_ not in reporting_nouns():
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _noun_phrase(head: Token) -> Span:
    """The head with its left modifiers and coordinated heads, without clauses and asides."""
    doc = head.doc
    left = min((s.i for t in head.lefts if t.dep_ not in {"punct", "cc", "prep"}
                for s in t.subtree), default=head.i)
    left = min(left, head.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in {"conj", "cc", "amod"} or (
                child.dep_ == "prep" and child.lower_ in {"of", "for", "at", "in"}):
            right = max(right, max(t.i for t in child.subtree))
        elif child.dep_ in {"compound", "flat"}:
            right = max(right, child.i)
        else:
            break
    span = doc[left : right + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
        span = doc[span.start : span.end - 1]
    if span[0].tag_ == "POS" or span[0].is_punct:
        span = doc[span.start + 1 : span.end]
    return span
