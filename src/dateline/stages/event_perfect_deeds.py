"""A deed told in the present perfect in the body of a story: background, no date (wave 108).

"Moscow has also banned imports of Georgian wine", "In Ituri, militias have massacred hundreds of
people", "China has since imposed tariffs on Australian barley": after the lead, a wire story
tells in the present perfect what was done before the news it files, at a time it does not
give; the act is not the news of the document date (events.date.perfect-deed.v1). Blind judges
of rounds 81-102 gave such deeds of force, arrest, protest and sanction no date 24 times and the
document date 5 times (the lead's own present perfect, "Eritrean security forces have arrested
11 senior members of the ruling party", is the news and keeps its date; so does a quoted one).
Statements ("has accused", "has called for") are left alone: judges took most of them as news;
so is a deed over a span that reaches the telling ("have marched on La Paz in recent days",
``times.perfect_deed_open_spans``), news of the document date to the judges.

``events.date.perfect-promise.v1`` (session 114; judged rounds 41-134: 46 of 76 present perfect
promises given the document date scored wrong, the judges' reason nearly always "a background
pledge made before, at a time the text does not give"): a promise, pledge or vow
(``times.perfect_promise_verbs``) told in the present perfect after the lead ("Abbott has
promised to return the budget to surplus") is the same background, with no date.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_lexicon import match
from dateline.stages.quotemarks import inside_quote
from dateline.stages.syntax import governing_verb, paragraph_index, words

__all__ = ["PERFECT_DEED_RULE", "PERFECT_PROMISE_RULE", "PROMISE_TYPES", "perfect_deed",
           "perfect_promise"]

PERFECT_DEED_RULE = "events.date.perfect-deed.v1"
PERFECT_PROMISE_RULE = "events.date.perfect-promise.v1"
#: Types of a pledge that is a commitment; a vow of force ("has vowed to fight on", THREATEN
#: after the sense rules) is a stance the judges took as standing at the document date. The
#: events stage checks the type the sense rules settled on (``events._build``).
PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})
#: The paragraphs of the lead, where a present perfect tells the news itself.
LEAD_PARAGRAPHS = 1


def perfect_deed(token: Token) -> bool:
    """``token`` is a deed (``times.perfect_deed_types``) whose own verb is a present perfect
    ("have killed", "has been detained"), told after the story's first paragraph and outside a
    quote."""
    entry = match(token) if token.pos_ == "VERB" else None
    if entry is None or entry.type not in words("perfect_deed_types", "times"):
        return False
    return _told_in_perfect_after_lead(token)


def perfect_promise(token: Token) -> bool:
    """``token`` is a promise, pledge or vow (``times.perfect_promise_verbs``) told like a
    perfect deed (``PERFECT_PROMISE_RULE``)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words("perfect_promise_verbs", "times"):
        return False
    return match(token) is not None and _told_in_perfect_after_lead(token)


def _told_in_perfect_after_lead(token: Token) -> bool:
    from dateline.stages.event_dates import present_perfect  # event_dates calls this module

    if paragraph_index(token) < LEAD_PARAGRAPHS or inside_quote(token):
        return False
    verb = governing_verb(token)
    return present_perfect(verb) and not _open_span(verb)


def _open_span(verb: Token) -> bool:
    """A time phrase of the verb that runs up to now ("in recent days")."""
    spans = words("perfect_deed_open_spans", "times")
    return any(word.lower_ in spans for child in verb.children if child.dep_ == "prep"
               for word in child.subtree)
