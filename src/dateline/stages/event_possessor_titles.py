"""A person whose title a pronoun says is another party's takes that party's country, before the
article's country is guessed (``events.args.possessor-title-country.v1``, wave 74, ev74a, dev
news).

"Indonesia said its foreign minister, Marty Natalegawa, would travel to both capitals" in a
story filed from Phnom Penh about a Thai-Cambodian border clash: the minister's title is
"its foreign minister", and "its" is Indonesia. The article's country
(``events.args.article-country.v9``) coded him THA. "The United Nations said its special envoy,
Ibrahim Gambari, would travel to the region" in a Yangon story coded the envoy JPN. The
possessive pronoun on the person's own title noun ("its", "their") names the party whose
office it is; the person takes that party's code (a state's, or an international body's as Ban
Ki-moon's is UNO). Not a company's (a company's home is no country the person acts for), nor when
the pronoun is linked to no coded party, nor when it is linked to a person (``his deputy``: the
deputy is not the person's own country by that alone).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.stages.actor_companies import company
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.state import DocState

POSSESSOR_TITLE_RULE = "events.args.possessor-title-country.v1"


def possessor_title_country(ids: list[str], doc: Doc, state: DocState) -> str | None:
    """The one code of the parties whose possessive pronoun stands on the title of a person of
    ``ids`` with no country ("its foreign minister, Marty Natalegawa"); else None."""
    found: set[str] = set()
    pronouns = rule_words("possessor_title_pronouns")
    for actor in (state.actor(i) for i in ids):
        if actor is None or actor.kind != "person" or actor.country is not None:
            continue
        for m in state.mentions:
            if m.actor_id != actor.id:
                continue
            title = doc[m.start : m.end].root
            for owner in (c for c in title.children
                          if c.dep_ == "poss" and c.lower_ in pronouns):
                held = state.mention_at(owner.i)
                party = state.actor(held.actor_id) if held is not None else None
                if party is None or party is actor or not party.country \
                        or party.kind == "person" or company(party):
                    continue
                found.add(party.country)
    return found.pop() if len(found) == 1 else None
