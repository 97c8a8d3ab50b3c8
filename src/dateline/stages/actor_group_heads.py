"""Noun phrases whose last words form a group word of several words, although their head noun
alone is none ("four armed men", "gang members", "displaced people").

Wave 42 (ev42a): ``actor_spans.group_spans`` looked up the head noun of a phrase alone, so a
group word of the roles lexicon whose last word is no group word by itself ("armed men",
"party members", "intelligence services") never made an actor: "four armed men stormed the
village" had no source. ``actors.group.listed-compound.v1``: such a phrase is read as a group
phrase when the words before its head, up to the head, end in a listed group word of two or
more words. The bare head words stay unlisted on purpose ("men", "members", "people" name
anyone).
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.lexicons import active
from dateline.stages.actor_lexicon import lexicon

LISTED_COMPOUND_RULE = "actors.group.listed-compound.v1"
#: The most words a group word of the roles lexicon has ("internally displaced people").
MOST_WORDS = 4


def listed_compound(chunk: Span) -> bool:
    """Whether the words of ``chunk`` up to its head end in a group word of several words."""
    root = chunk.root
    if root.i == chunk.start or root.lower_.rsplit(" ", 1)[-1] not in _last_words():
        return False  # most chunks: no group word of several words ends in their head
    words = [t.lower_ for t in chunk.doc[chunk.start : root.i + 1]]
    groups = lexicon().groups
    return any(" ".join(words[-n:]) in groups for n in range(2, min(MOST_WORDS, len(words)) + 1))


def _last_words() -> frozenset[str]:
    """The last word of each group word of several words (the head a compound must have)."""
    found: frozenset[str] = active().derived("actors.group_last_words", lambda data: frozenset(
        key.rsplit(" ", 1)[-1] for key in lexicon().groups if " " in key))
    return found


def compound_rule(span: Span, rule: str) -> str:
    """A candidate's rule, naming ``LISTED_COMPOUND_RULE`` when only the compound found its
    span (its head noun is no actor word of its own)."""
    lex = lexicon()
    head = span.root.lower_
    if head in lex.groups or head in lex.institutions or head in lex.titles \
            or not listed_compound(span) or LISTED_COMPOUND_RULE in rule:
        return rule
    return f"{rule}+{LISTED_COMPOUND_RULE}"
