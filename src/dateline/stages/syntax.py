"""Clause helpers every stage shares: subject dependencies, the governing verb, and the clause
word lists of ``lexicon/clauses.yaml`` (future and modal auxiliaries, future frames, ...)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import LexiconData, active

#: Dependency labels of a clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Children that make a verb passive.
PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})


def governing_verb(span: Span | Token) -> Token:
    """The verb whose clause a token or span belongs to (its root, climbed to a verb)."""
    token = span.root if isinstance(span, Span) else span
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def words(key: str, section: str = "clauses") -> frozenset[str]:
    """A word list of ``clauses.yaml`` (or of another lexicon section, such as ``times``) in
    the active lexicon, as a set."""
    try:  # the derived table's name and builder made once per key, not per call (tens of
        name, build = _WORD_TABLES[section, key]  # thousands of calls per hundred articles)
    except KeyError:
        name, build = _WORD_TABLES[section, key] = (
            f"{section}.{key}", partial(_word_set, key=key, section=section))
    return active().derived(name, build)


_WORD_TABLES: dict[tuple[str, str], tuple[str, Callable[[LexiconData], frozenset[str]]]] = {}


def _word_set(data: LexiconData, key: str, section: str) -> frozenset[str]:
    return frozenset(str(w) for w in data.section(section).get(key) or ())


def future_auxiliaries() -> frozenset[str]:
    """Auxiliaries that date a clause after the document date, conditionals included."""
    return words("future_auxiliaries") | words("conditional_auxiliaries")


def hypothetical_auxiliaries() -> frozenset[str]:
    """Auxiliaries that make an event hypothetical: conditionals and modals."""
    return words("conditional_auxiliaries") | words("modal_auxiliaries")


_sentences_doc: Doc | None = None
_sentence_starts: list[int] = []
_sentence_spans: list[Span] = []


def inherited_subjects(token: Token, through: frozenset[str]) -> list[Token]:
    """The token's subjects, or those of the governor it hangs on by one of ``through`` (an open
    complement, a conjunct, an adverbial clause; up to three steps); for a relative clause
    (when ``through`` has "relcl") the noun it describes; for a participle that describes a
    noun ("a campaign targeting"), that noun; else none."""
    current = token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects
        if current.dep_ not in through or current.head.i == current.i:
            break
        if current.dep_ == "relcl":
            return [current.head]
        current = current.head
    if token.dep_ == "acl" and token.head.i != token.i:
        return [token.head]
    return []


def appositive_main_verb(verb: Token) -> bool:
    """"The bloc's foreign policy chief, Federica Mogherini, called on Russia to ...": a simple
    past the parser hung as a clause on the sentence's root noun, after the subject's
    apposition, is the sentence's main verb (a reduced relative would be a participle)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" \
        and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and any(c.dep_ == "appos" for c in head.children)


#: Dependencies of a clause a verb takes as its complement ("allow candidates to run").
COMPLEMENT_CLAUSES = frozenset({"ccomp", "xcomp"})


def bare_conjunct_head(verb: Token, depth: int = 3) -> Token:
    """The verb a bare conjunct shares its frame with ("were planning to take the town and hold
    it": "hold" -> "take"): up ``depth`` conj links while the verb is a bare form with no subject
    or auxiliary of its own; ``verb`` itself otherwise."""
    for _ in range(depth):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VB" \
                or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children):
            break
        verb = verb.head
    return verb


def complement_subjects(verb: Token) -> list[Token]:
    """Active subjects of the complement clauses a verb takes ("allow candidates to run",
    "helped Pakistan build": the parser makes the party the subject of the infinitive)."""
    return [s for c in verb.children if c.dep_ in COMPLEMENT_CLAUSES
            for s in c.children if s.dep_ == "nsubj"]


def sentence_of(token: Token) -> Span:
    """The sentence of a token, from the doc's sentences listed once per doc (``token.sent``
    walks the doc on every call)."""
    global _sentences_doc, _sentence_starts, _sentence_spans
    doc = token.doc
    if _sentences_doc is not doc:
        _sentence_spans = list(doc.sents)
        _sentence_starts = [s.start for s in _sentence_spans]
        _sentences_doc = doc
    return _sentence_spans[bisect_right(_sentence_starts, token.i) - 1]


def sentence_bounds(span: Span) -> tuple[int, int]:
    """``(span.sent.start, span.sent.end)`` of a non-empty span without ``Span.sent``'s walk:
    from its first token's sentence to the end of its last token's (as ``Span.sent`` reaches,
    for a span across a sentence boundary)."""
    doc = span.doc
    return sentence_of(doc[span.start]).start, sentence_of(doc[span.end - 1]).end


#: Each doc's text, joined once: ``Doc.text`` joins every token on each access, so reading it
#: per candidate made stages quadratic in the article (issue 19), and once per stage call was
#: still 5-8 % of a run (issue 14). Keyed weakly: an entry goes with its doc.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """The doc's text, built once per doc (or given by ``remember_text`` when the doc is made)."""
    try:
        return _TEXTS[doc]
    except KeyError:
        text = _TEXTS[doc] = str(doc.text)
        return text


def paragraph_index(token: Token) -> int:
    """The paragraph ``token`` stands in, counted from 0: the parsed text keeps one line break
    between paragraphs, so the breaks before the token count them."""
    return doc_text(token.doc).count("\n", 0, token.idx)


def remember_text(doc: Doc, text: str) -> Doc:
    """Note the text a doc was made from (``nlp.make_doc(text)``), so no stage joins it."""
    _TEXTS[doc] = text
    return doc


def entities_within(span: Span) -> list[Span]:
    """The named entities lying wholly inside ``span``, labelled, read from the tokens' entity
    marks in time linear in the span: ``Span.ents`` lists every entity of the doc on each call,
    which made per-mention checks quadratic on long articles (issue 19)."""
    doc = span.doc
    found: list[Span] = []
    index = span.start
    while index < span.end:
        token = doc[index]
        if token.ent_iob_ != "B":
            index += 1
            continue
        end = index + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= span.end:
            found.append(Span(doc, index, end, label=token.ent_type_))
        index = end
    return found
