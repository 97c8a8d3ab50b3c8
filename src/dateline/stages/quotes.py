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

The finders are modules of their own: ``quote_direct`` (2) and ``quote_reported`` (3), with the
cues they read (``quote_cues``), the source a cue names (``quote_sources``) and the ``Found``
quote they return (``quote_found``); this module runs them, keeps real sources, and makes the
record's quotes with their speakers (``quote_speakers``) and times.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.record import Quote, Speaker
from dateline.record import Span as TextSpan
from dateline.stages.attribution import (
    after_dateline,
    can_hold_views,
    cue_class,
    cue_extent,
    cue_key,
)
from dateline.stages.base import DEFAULT_CONFIG, Stage
from dateline.stages.quote_cues import cue_flags, cues, reporting_nouns
from dateline.stages.quote_direct import direct_quotes
from dateline.stages.quote_found import Found
from dateline.stages.quote_reported import reported_quotes
from dateline.stages.quote_speakers import resolve_speakers
from dateline.stages.quotemarks import find_quoted
from dateline.stages.state import DocState, state_of
from dateline.stages.syntax import doc_text
from dateline.stages.times import when

__all__ = [
    "Found",
    "QuotesStage",
    "cue_flags",
    "cues",
    "find_quotes",
    "reporting_nouns",
]


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
    direct = direct_quotes(doc, stretches)
    used_cues = {f.cue.i for f in direct if f.cue is not None}
    reported = reported_quotes(doc, stretches, used_cues, direct)
    return sorted(_with_real_sources(doc, direct + reported), key=lambda f: f.content[0])


def _with_real_sources(doc: Doc, found: list[Found]) -> list[Found]:
    """No source is a wire dateline, a time or an abstract noun (quotes.source-check.v1)."""
    state = state_of(doc)
    for quote in found:
        if quote.speaker is not None and state.dateline_end is not None:
            quote.speaker = after_dateline(quote.speaker, state.dateline_end)
    return [q for q in found if q.speaker is None or can_hold_views(q.speaker, state)]
