"""Wave 84, ev84k: a party name many countries share is the lexicon's only in stories about it.

actors.organization.shared-party.v1: "the Democrats", "the Labour Party" (the lexicon's US and
British parties) in a story about another country take no lexicon country; the article country
may then give them the story's. Near misses: the same names in stories about the lexicon's own
country keep it, and a party name no other country shares is untouched. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import actor_by_mention

RULE = "actors.organization.shared-party.v1"


@pytest.mark.parametrize(("text", "mention"), [
    ("Moldovan officials said the Democrats had blocked the vote in Chisinau, and Moldova's "
     "president called for calm.", "Democrats"),
    ("Nigerian police said the Labour Party had protested in Lagos, and Nigeria's electoral "
     "body rejected the complaint.", "Labour Party"),
])
def test_shared_party_abroad_loses_lexicon_country(text: str, mention: str) -> None:
    actor = actor_by_mention(text, mention)
    assert RULE in (actor.rule or "")
    assert actor.country not in {"USA", "GBR"}


@pytest.mark.parametrize(("text", "mention", "country"), [
    # a story about the lexicon's own country
    ("Democrats in the US Congress criticised President Biden's budget, and American governors "
     "agreed.", "Democrats", "USA"),
    ("British ministers said the Labour Party had misled voters in London, Britain's "
     "capital.", "Labour Party", "GBR"),
    # a story that names no country gives no ground to doubt the lexicon
    ("The Labour Party criticised the prime minister's budget on Monday.", "Labour Party", "GBR"),
    # a name no other country's party bears
    ("Moldovan officials said the Scottish National Party had sent observers to Chisinau.",
     "Scottish National Party", "GBR"),
])
def test_home_story_or_unshared_name_keeps_country(text: str, mention: str,
                                                  country: str) -> None:
    actor = actor_by_mention(text, mention)
    assert RULE not in (actor.rule or "")
    assert actor.country == country
