"""Where the actors stage looks for named mentions of bodies, places and groups.

Three sources of candidate spans, each a list of token spans in document order: names the
lexicon knows (organisations, countries, demonyms, capitals, seats of government; the longest
match from each capitalised token), noun phrases headed by a group, institution, title or agent
word ("Russian officials", "the army", "NATO and US officials"), and the recogniser's entities
of the labels that can be bodies or places (``ORG_LABELS``). Kept apart from ``actors.py``,
which codes each span: finding a span says nothing yet of who it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from dateline.lexicons import LexiconData, active
from dateline.stages.actor_blocs import bloc_group, bloc_head, bloc_start
from dateline.stages.actor_group_heads import listed_compound
from dateline.stages.actor_lexicon import agent_word, lexicon, other_party_at
from dateline.stages.actor_names import of_country_end
from dateline.stages.actor_phrases import act_owner
from dateline.stages.syntax import doc_text, words

ORG_LABELS = {"ORG", "NORP", "GPE", "LOC", "FAC"}


def lexicon_spans(doc: Doc) -> list[Span]:
    """Token spans that are names in the lexicon (organisations, countries, demonyms...)."""
    found = []
    names = active().derived("actors.span_names", _span_names)
    text = doc_text(doc)
    offsets = doc.to_array([IDX, LENGTH]).tolist()  # no Token per word
    starts = [start for start, _ in offsets]
    ends = [start + length for start, length in offsets]
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            length = _longest_name(text, starts, ends, i, sent.end, names)
            if length and other_party_at(doc, i, i + length, sent.start):
                length = 0  # "the Social Democrats": not the lexicon's "Democrats"
            if length:
                found.append(doc[i : i + length])
                i += length
            else:
                i += 1
    return found


def _span_names(data: LexiconData) -> frozenset[str]:
    """Every name ``lexicon_spans`` looks for: organisations, countries, demonyms, capitals,
    seats of government."""
    lex = lexicon()
    return frozenset().union(lex.organizations, lex.country_names, lex.demonyms, lex.capitals,
                             lex.seats)


def _longest_name(text: str, starts: list[int], ends: list[int], i: int, end: int,
                  names: frozenset[str]) -> int:
    """The most tokens from token ``i`` (at most 7, within ``end``) whose text is a name; the
    text of tokens ``i..j`` is ``text[starts[i]:ends[j]]``, as ``doc[i:j+1].text`` gives it."""
    first = text[starts[i] : ends[i]]
    if not (first[:1].isupper() or first[:1].isdigit() or first[:3].lower() == "al-"
            or first == "al"):  # "the Yemen-based al Qaeda": the particle in lower case
        return 0
    start = starts[i]
    for length in range(min(7, end - i), 0, -1):
        if text[start : ends[i + length - 1]] in names:
            return length
    return 0


def group_spans(doc: Doc, chunks: Sequence[Span] | None = None) -> list[Span]:
    """Noun phrases headed by a group or institution word ("Russian officials", "the army");
    ``chunks``: the doc's noun chunks when the caller has them already (spaCy finds them
    anew on each ``doc.noun_chunks``, a walk of the whole doc)."""
    lex = lexicon()
    spans = []
    for chunk in doc.noun_chunks if chunks is None else chunks:
        head = chunk.root.lower_
        if head in lex.groups or head in lex.institutions or head in lex.titles \
                or agent_word(head) or listed_compound(chunk) or bloc_group(chunk):
            if _inside_person_description(chunk):
                continue
            if head in lex.not_actor_heads:
                continue  # "its Amaq News Agency website": a platform, not a body
            start = bloc_start(chunk) if bloc_head(head) \
                else max(_coordinated_start(chunk), _after_noise(chunk))
            spans.append(doc[start : of_country_end(chunk)])
    return spans


#: A group word that owns the noun of an act ("the rebels' attack", "the army's shelling of the
#: town") names who did it: the noun chunk is headed by the act, so ``group_spans`` never sees
#: the owner (actors.description.possessor.v1).
POSSESSOR_RULE = "actors.description.possessor.v1"


def possessor_spans(doc: Doc, chunks: Sequence[Span] | None = None) -> list[Span]:
    """Common-noun possessors headed by a group or institution word that own an act noun
    (``act_owner``). Names and pronouns are not read here: the lexicon and the recogniser find
    names, and a pronoun is coreference's. ``chunks`` as in ``group_spans``."""
    spans = []
    for chunk in doc.noun_chunks if chunks is None else chunks:
        for owner in chunk:
            if owner.head.i == chunk.root.i and act_owner(owner) and _actor_head(owner.lower_) \
                    and owner.lower_ not in lexicon().not_actor_heads:
                spans.append(doc[max(chunk.start, owner.left_edge.i) : owner.i + 1])
    return spans


def _actor_head(word: str) -> bool:
    lex = lexicon()
    return word in lex.groups or word in lex.institutions or word in lex.titles \
        or agent_word(word)


def _after_noise(chunk: Span) -> int:
    """Skip what a noun chunk drags in from a dateline: dates, numbers, dashes."""
    start = chunk.start
    for token in chunk:
        if token.i >= chunk.root.i:
            break
        if token.ent_type_ in {"DATE", "TIME", "CARDINAL"} or token.is_punct:
            start = token.i + 1
    return start


def _inside_person_description(chunk: Span) -> bool:
    """"the head of the US diplomatic mission" describes a person, not the mission."""
    root = chunk.root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lower_ in words("person_heads"))


def _coordinated_start(chunk: Span) -> int:
    """"NATO and US officials": the group word is shared by both conjuncts."""
    root = chunk.root
    head = root.head
    shared = root.dep_ == "conj" and head.pos_ == "PROPN" and head.i < chunk.start
    if shared and any(c.dep_ == "cc" for c in head.children):
        return head.i
    return chunk.start


def entity_spans(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ in ORG_LABELS]
