"""Security forces named only by a common noun act for the country the story is filed from when
their own clause sets the act there (``events.args.home-force-country.v1``, wave 71, ev71e, dev
news).

"YANGON, Myanmar -- Soldiers fired into crowds of demonstrators in Myanmar's largest city" in a
story that names Japan more often (a Japanese journalist was killed): the article's country is no
guess for the soldiers (``events.args.article-country.v5`` sees the act set elsewhere), and the
sentence's place rule needs every country the sentence names to agree, so the soldiers had no
country. Here, when every place the party's clause sets the act in is the dateline's country, a
group of soldiers or police (``actor_rules.home_force_sectors``) with no country of its own takes
it. Not: a force that serves abroad (peacekeepers), a group of another sector (rebels, gunmen,
protesters), nor when the sentence names a security force coded with another country (a foreign
army may be the one acting).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.stages.actor_context import city_country
from dateline.stages.actor_lexicon import rule_words
from dateline.stages.place_split import PLACES_KEY
from dateline.stages.places import dateline_spans
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of

HOME_FORCE_RULE = "events.args.home-force-country.v1"


def home_force_country(ids: list[str], token: Token, state: DocState,
                       located: set[str]) -> str | None:
    """The dateline's country for a group of home security forces whose clause sets the act
    there (module docstring); ``located`` are the countries of the places the party's clause
    sets the act in."""
    doc = token.doc
    country = dateline_country(doc, state)
    if country is None or located != {country}:
        return None
    sectors = rule_words("home_force_sectors")
    abroad = rule_words("abroad_force_words")
    for actor in (state.actor(i) for i in ids):
        if actor is None:
            return None
        if actor.kind != "group" or (actor.sector or "").lower() not in sectors \
                or set(actor.name.lower().split()) & abroad:
            return None
    sent = sentence_of(token)
    for m in state.mentions:
        if not sent.start <= m.start < sent.end or m.actor_id in ids:
            continue
        other = state.actor(m.actor_id)
        if other is not None and other.country and other.country != country \
                and (other.sector or "").lower() in sectors:
            return None  # "U.S. troops and soldiers ...": a foreign force is named here
    return country


def dateline_country(doc: Doc, state: DocState) -> str | None:
    """The one country of the story's dateline places ("YANGON, Myanmar --"): of the place rows,
    country actors or known cities its parts name (the places stage geocodes only later)."""
    spans, _ = dateline_spans(doc, state)
    found: set[str] = set()
    for span in spans:
        lo, hi = span.start_char, span.end_char
        for row in doc.user_data.get(PLACES_KEY) or []:
            if any(m["start"] < hi and lo < m["end"] for m in row["mentions"]):
                name = str(row.get("name") or "")
                found.add(str(row.get("country") or "") or city_country(name) or "")
        for m in state.mentions:
            actor = state.actor(m.actor_id)
            if actor is not None and actor.kind == "country" and actor.country \
                    and span.start <= m.start < span.end:
                found.add(actor.country)
        found.add(city_country(span.text) or "")
    found.discard("")
    return found.pop() if len(found) == 1 else None
