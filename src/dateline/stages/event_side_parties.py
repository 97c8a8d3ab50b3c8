""""All sides", "the parties" take the story's country only in a one-country story (wave 91,
ev91b).

``events.args.sides-country.v1``: a group named only by a word for the sides of a dispute
(``actor_rules.side_party_nouns``: "urged all sides to show restraint", "called on the parties
to respect the ruling"), bare or counted, takes the article's country only when the story is
about one country's own strife: that country is named at least ``ONE_COUNTRY_RATIO`` times as
often as any other. In a story about two states' quarrel (India and Pakistan, China and the
Philippines) the sides are both of them, so one side's country is wrong (judged rounds 41-54:
"parties[CHN]", "parties[QAT]" wrong) and no code is the better guess. The same word after a
request ("urged all sides to", ``events.args.addressed-party.v1``) is now given the country
too, as the coders ask for the rival camps of one country ("sides" with no code judged wrong
for Sri Lanka, Yemen, South Sudan, Sudan, Egypt).
"""

from __future__ import annotations

from dateline.record import Actor
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.state import DocState

SIDES_COUNTRY_RULE = "events.args.sides-country.v1"
#: How many times more often than any other the story names its country when it is about that
#: country's own strife (judged rounds 41-54: Lebanon 25 against Israel 7 was the two states').
ONE_COUNTRY_RATIO = 4

#: Words that count the sides, not say whose they are ("both sides", "all the parties").
_COUNTING_WORDS = frozenset({"all", "both", "the", "two", "three", "several", "various"})


def side_groups(ids: list[str], state: DocState) -> list[str]:
    """The bare "sides"/"parties" groups of ``ids``."""
    return [i for i in ids if _bare_sides(state.actor(i))]


def unguessed_sides(ids: list[str], state: DocState, ranked: list[tuple[str, int]],
                    rules: list[str]) -> list[str]:
    """The parties of ``ids`` the article's country may go to: bare sides only when the story
    is one country's (``ranked``: its two most named countries with their counts)."""
    sides = side_groups(ids, state)
    if not sides or one_country_story(ranked):
        return ids
    rules.append(SIDES_COUNTRY_RULE)
    return [i for i in ids if i not in sides]


def one_country_story(ranked: list[tuple[str, int]]) -> bool:
    """The most named country far ahead of the next one."""
    (_, first), (_, second) = ranked[0], ranked[1]
    return first > 0 and first >= ONE_COUNTRY_RATIO * second


def _bare_sides(actor: Actor | None) -> bool:
    """A group the events stage named from "all sides", "both parties", "the two sides": a
    side word and words that count it, nothing that says whose."""
    if actor is None or actor.kind != "group" or actor.country is not None:
        return False
    *counting, head = actor.name.lower().split() or [""]
    return head in rule_words("side_party_nouns") and all(
        word in _COUNTING_WORDS for word in counting)
