"""The countries a party's own "of" phrase names together (``events.args.title-states.v1``).

"The governments of Serbia and Bulgaria called on ...", "the leaders of Chad and Niger asked
...": the parse finder gives a country-less head the country named in its own phrase
(``event_phrase_actors._country_of_title``), but only the first one, so the argument read
[governments (no country), Serbia] and Bulgaria was lost; and since a country was then there,
the phrase rule that lets every country of such a phrase act (``events.args.phrase-parties.v1``
in ``event_countries.carry_countries``) never ran. This rule takes the first country back out
when the same phrase joins it with another coded country, so that the phrase rule gives the
argument all of them. It runs just before ``carry_countries``.

Left alone: a phrase that names one country ("the president of France"), a country joined
with a body that is not a country ("the leaders of the United States and the U.S. Navy"), a
party with a country of its own, and the country of a phrase that is not the party's own
("of", "from" on the party's head).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, conjuncts
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of

TITLE_STATES_RULE = "events.args.title-states.v1"
PHRASE_PARTIES_RULE = "events.args.phrase-parties.v1"
#: Prepositions of a party's phrase that say whose it is ("the governments of", "envoys from").
OWN_PREPS = frozenset({"of", "from"})


def title_states(args: Args, token: Token, state: DocState) -> None:
    """Let the countries joined in the own phrase of a country-less party of the source or the
    target act in its place ("the governments of Serbia and Bulgaria": Serbia and Bulgaria);
    a country so named leaves the other argument (as ``events.args.phrase-parties.v1``)."""
    for role in ("source", "target"):
        ids: list[str] = getattr(args, role)
        other: list[str] = args.target if role == "source" else args.source
        heads, named = _several_states(ids, token, state)
        if not heads:
            continue
        ids[:] = list(dict.fromkeys([i for i in ids if i not in heads] + named))
        other[:] = [i for i in other if i not in named]
        args.rules.append(TITLE_STATES_RULE)
        if not other:  # "signed a deal": the countries among themselves (mutual types)
            args.rules.append(PHRASE_PARTIES_RULE)


def _several_states(ids: list[str], token: Token,
                    state: DocState) -> tuple[set[str], list[str]]:
    """The country-less parties of ``ids`` whose own phrase joins two coded countries or more
    (and nothing else), with those countries, in the trigger's sentence."""
    heads: set[str] = set()
    named: list[str] = []
    sent = sentence_of(token)
    for i in range(sent.start, sent.end):
        for mention in state.mentions_at(i):
            party = state.actor(mention.actor_id)
            if mention.start != i or mention.actor_id not in ids or party is None \
                    or party.country or party.kind == "country":
                continue
            head = token.doc[mention.start : mention.end].root
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in OWN_PREPS:
                    continue
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    countries = [_country_at(n, state) for n in [noun, *conjuncts(noun)]]
                    # "the governments of Vietnam and the Marshall Islands" parsed with the
                    # second country joined to the head: a country joined there counts too
                    joined = [_country_at(n, state) for n in conjuncts(head)]
                    found = [c for c in dict.fromkeys(countries + joined) if c]
                    if len(found) > 1 and None not in countries:
                        heads.add(party.id)
                        named += found
    return heads, named


def _country_at(noun: Token, state: DocState) -> str | None:
    """The id of the country actor named at the noun, if the noun names one (and only one)."""
    here = [a for m in state.mentions_at(noun.i) if (a := state.actor(m.actor_id)) is not None]
    countries = [a.id for a in here if a.kind == "country"]
    return countries[0] if len(countries) == 1 and len(here) == 1 else None
