"""A state's own body named through the state: "Liberia's electoral commission".

Wave 64 (ev64a, issue 11; after ev62c's ``events.args.owned-other-party.v1``, which stopped
such a subject from lending the state as the source): a noun phrase whose head is a word for a
body of its own (``actor_rules.owned_body_heads``: commission, watchdog, station, agency,
council, board ...) and whose possessor or modifier names a state ("Liberia's electoral
commission", "Papua New Guinea's human rights watchdog", "a Thai television station") is an
actor of its own (``actors.organization.state-owned-body.v1``): coded with the state's country
and the sector its words give ("electoral commission": GOV, "television station": JRN), or the
one its head gives in ``actor_rules.owned_body_sectors``, or none. The act stands with the body
as the party. Not a person's or a group's body ("Morsi's commission"): only a state, by its name
or demonym, owns one here, not a word of a longer name ("the Myanmar Times bureau"); nor
heads the actors stage already codes ("Liberia's foreign ministry": ``group_spans``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.stages.actor_context import a_state
from dateline.stages.actor_lexicon import Code, code_description, lexicon, rule_words

if TYPE_CHECKING:
    from dateline.stages.actor_builder import Candidate

OWNED_BODY_RULE = "actors.organization.state-owned-body.v1"
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def owned_bodies(doc: Doc, chunks: list[Span], found: list[Candidate]) -> list[Candidate]:
    """The candidates of the state-owned bodies of ``owned_body_spans`` that no candidate
    already covers ("Liberia's foreign ministry" is the lexicon's)."""
    bodies = []
    for span in owned_body_spans(doc, chunks):
        if any(c.start <= span.start and c.end >= span.end for c in found):
            continue
        body = owned_body(span)
        if body is not None:
            bodies.append(body)
    return bodies


def owned_body_spans(doc: Doc, chunks: list[Span]) -> list[Span]:
    """Noun chunks headed by an ``owned_body_heads`` word that a state owns or modifies
    (``owned_state``), from the state's name on (no article)."""
    heads = rule_words("owned_body_heads")
    spans = []
    for chunk in chunks:
        root = chunk.root
        if root.lower_ not in heads or root.pos_ != "NOUN":
            continue
        owner = owned_state(root, chunk)
        if owner is not None:
            start = owner[1].start
            spans.append(doc[start : root.i + 1])
    return spans


def owned_state(root: Token, chunk: Span) -> tuple[str, Span] | None:
    """The state a body's head noun has as its possessor or modifier inside its chunk, with
    the words naming it: "Liberia's" (a possessive), "Thai" (a demonym). None for any other
    owner ("Morsi's", "the country's": coreference's) or when another name stands between."""
    doc = root.doc
    for child in doc[max(chunk.start, root.left_edge.i) : root.i]:
        if child.dep_ not in OWNER_DEPS or not chunk.start <= child.head.i <= root.i:
            continue  # "Thai" of "a Thai television station" modifies "television"
        if not child.text[:1].isupper():
            continue
        words = doc[child.left_edge.i : child.i + 1]
        if words[0].lower_ in {"the", "a", "an"}:
            words = words[1:]
        if not len(words) or (child.i + 1 < root.i and doc[child.i + 1].pos_ == "PROPN"):
            continue  # "the Myanmar Times bureau": a name's word, not the state's body
        name = " ".join(t.text for t in words if t.dep_ != "case")
        lex = lexicon()
        if name not in lex.country_names and name not in lex.demonyms:
            continue  # "Myanmar Times": a name, not a state's
        code = code_description(name)
        if code.kind == "country" and code.country is not None and a_state(code.country) \
                and code.organization is None:
            return code.country, words
    return None


def owned_body(span: Span) -> Candidate | None:
    """The candidate of a span ``owned_body_spans`` found: the body, with the state's country
    and the sector its own words (after the state's) give, else its head's."""
    from dateline.stages.actor_builder import Candidate  # the builder imports actors

    root = span.root
    owner = owned_state(root, span)
    if owner is None:
        return None
    country, words = owner
    rest = span.doc[words.end : span.end]
    while len(rest) and rest[0].dep_ == "case":
        rest = rest[1:]  # "'s"
    sector = code_description(rest.text).sector if len(rest) else None
    if sector is None and root.lower_ in rule_words("owned_body_described_heads"):
        return None  # "a Russian space station": no body
    sector = sector or _head_sector(root.lower_)
    code = Code(country=country, sector=sector, kind="organization", countries=[country])
    return Candidate(span.start, span.end, code, span.text, "organization", OWNED_BODY_RULE,
                     source="context")


def _head_sector(head: str) -> str | None:
    for entry in rule_words("owned_body_sectors"):
        word, _, sector = entry.partition(":")
        if word == head:
            return sector.upper() or None
    return None
