"""A person's past post in a body that is not their state (ev87l, judged rounds 44-54).

"Former World Bank economist Maia Sandu", "Andrei Lugovoi, a former KGB bodyguard": the title
names an office the person no longer holds, in an international body or in a body of a state
that no longer exists. The body's code says where the person once worked, not whose party they
are now, so the person takes no country from it (``PAST_POST_RULE``); the article's country
rules may still place them. A present post ("World Bank economist Jane Roe") keeps the body's
code, and so does a past post in a living state's body ("former Russian security officer")."""

from __future__ import annotations

import pycountry
from spacy.tokens import Span

from dateline.stages.actor_lexicon import Code, lexicon, rule_words

PAST_POST_RULE = "actors.person.past-post-body.v1"


def drop_past_post_code(described: Span | None, code: Code) -> bool:
    """Clear the country a past post's body gave ``code``; True when it did."""
    if described is None or not _past_post(described) or not _body_code(code):
        return False
    code.country = None
    return True


def _past_post(described: Span) -> bool:
    former = lexicon().former_words
    return any(t.lower_ in former or t.lower_.startswith("ex-") for t in described)


def _body_code(code: Code) -> bool:
    """The code came from a body alone (no country or demonym was named beside it), and that
    body is international (``actor_rules.past_post_body_sectors``) or a historic state's."""
    body = code.organization
    if body is None or code.country is None or code.country != body.country or code.countries:
        return False
    historic = pycountry.historic_countries.get(alpha_3=body.country) is not None
    return historic or (body.sector or "").lower() in rule_words("past_post_body_sectors")
