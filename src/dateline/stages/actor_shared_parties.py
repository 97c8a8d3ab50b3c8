"""A party name many countries share is the lexicon country's only in a story about it (ev84k).

``actors.organization.shared-party.v1``: the lexicon gives a party name that parties of many
countries bear ("the Democratic Party", "Labour", ``actor_rules.shared_party_names``) one
country (the US Democrats, the British Labour Party). In a story about another country ("the
Democrats" in Moldova or Japan, "the PDP and Labour Party" in Nigeria) that country is wrong,
so the party keeps the lexicon's country only where the story is about it: the country most of
the story's other coded mentions have, or, with no such country, one the story names; a story
that names no country at all gives no ground to doubt the lexicon, which stands. Else it
takes none here, and the events stage's article country may give it the story's
(``events.args.article-country.v9``): no code rather than a wrong one. A country word in the
name itself ("Japan's Democratic Party", "the Kyrgyz Democratic Party") was read before
(``actors.organization.foreign-namesake.v1``, ``possessor-namesake.v1``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dateline.record import Actor
from dateline.stages.actor_context import dominant_country
from dateline.stages.actor_lexicon import lexicon, rule_words
from dateline.stages.actor_namesakes import named_countries

__all__ = ["SHARED_PARTY_RULE", "shared_party", "unshare_parties"]

SHARED_PARTY_RULE = "actors.organization.shared-party.v1"


def shared_party(actor: Actor) -> bool:
    """A party coded with the lexicon's country for a name many countries' parties share."""
    if actor.kind != "organization" or actor.sector != "PTY" or actor.country is None:
        return False
    if actor.name.lower() not in rule_words("shared_party_names"):
        return False
    org = lexicon().organizations.get(actor.name)
    return org is not None and org.country == actor.country


def unshare_parties(doc: Doc, actors: Iterable[Actor],
                    countries: Iterable[tuple[str, str | None]]) -> None:
    """Take the lexicon's country from a shared party name in a story about another country
    (module docstring). ``countries`` are (actor id, country) of the story's mentions."""
    shared = [a for a in actors if shared_party(a)]
    if not shared:
        return
    ids = {a.id for a in shared}
    home = dominant_country(doc, [c for i, c in countries if i not in ids])
    for actor in shared:
        if _story_about(doc, actor.country, home):
            continue
        actor.country = None
        actor.rule = "+".join(filter(None, [actor.rule, SHARED_PARTY_RULE]))


def _story_about(doc: Doc, country: str | None, home: str | None) -> bool:
    """The story's own country is ``country``: its mentions' dominant one, or, when no
    country dominates, one the story names; with no country named, the lexicon's stands."""
    if home is not None:
        return home == country
    named = named_countries(doc)
    return not named or country in named
