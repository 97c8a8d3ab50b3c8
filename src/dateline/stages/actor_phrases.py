"""Phrase tests the actors stage applies to candidate spans (issue 12).

Which capitalised names are never actors, when a group without a country takes part, when a
description waits for coreference, which words of a person's title name the body he speaks for.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.stages.actor_lexicon import Code, lexicon
from dateline.stages.place_split import LOCATIVE

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def lexicon_source(code: Code) -> str | None:
    if code.country is None and code.sector is None:
        return None
    return "agents" if code.role_kind == "agent" else "lexicon"


def not_actor(span: Span) -> bool:
    """Platforms, market indices, policies, time zones: never actors."""
    text = span.text.removesuffix("'s").removesuffix("’s")
    return text in lexicon().not_actors or text.removeprefix("the ") in lexicon().not_actors


def takes_part(span: Span) -> bool:
    """A group without a country is an actor where it acts: a subject (or a conjunct of one),
    the agent of a passive ("by soldiers"), or a phrase standing alone ("Islamist militias")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in SUBJECT_DEPS:
        return True
    if root.dep_ == "ROOT":
        return root.pos_ in {"NOUN", "PROPN"}
    return root.dep_ == "pobj" and root.head.lower_ == "by"


def unknown_body(prefix: Span) -> tuple[int, int] | None:
    """"Airbus spokesman": a run of proper nouns in the title words that are neither title
    words nor places is the body the person speaks for."""
    lex = lexicon()
    known = lex.country_names.keys() | lex.demonyms.keys() | lex.capitals.keys() | \
        lex.admin1.keys() | lex.seats.keys()
    title_words = {w for title in lex.titles for w in title.split()} | lex.former_words
    run: list[int] = []
    for token in prefix:
        name_like = token.pos_ == "PROPN" and token.text not in known \
            and token.lower_ not in title_words and token.lower_ not in lex.institutions
        if name_like:
            run.append(token.i)
        elif run:
            break
    return (run[0], run[-1] + 1) if run else None


DEFINITE = {"the", "this", "that", "these", "those"}


def definite(span: Span) -> bool:
    """"the minister", "its army": may point back to an actor named earlier."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in DEFINITE or before.tag_ == "PRP$")


def locative_object(span: Span) -> bool:
    """"in prison", "at the hospital": the description says where, not who."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def unnamed_description(span: Span, code: Code) -> bool:
    """"a judge", "the trial judge", "soldiers", "the company": a description with no name,
    no country and no organisation waits until coreference has had its chance."""
    if code.country is not None or code.organization is not None or code.role is None:
        return False
    return not any(t.pos_ == "PROPN" and t.lower_ not in lexicon().titles
                   and not t.is_sent_start for t in span if t.i != span.root.i) \
        and span.root.pos_ != "PROPN"
