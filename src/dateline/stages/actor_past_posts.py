"""A person's past post in a body that is not their state (ev87l, judged rounds 44-54).

"Former World Bank economist Maia Sandu", "Andrei Lugovoi, a former KGB bodyguard": the title
names an office the person no longer holds, in an international body or in a body of a state
that no longer exists. The body's code says where the person once worked, not whose party they
are now, so the person takes no country from it (``PAST_POST_RULE``); the article's country
rules may still place them. A present post ("World Bank economist Jane Roe") keeps the body's
code, and so does a past post in a living state's body ("former Russian security officer").

A past post of a state that had ended by the article's date ("Aslan Maskhadov, a former Soviet
artillery officer" in 1997) says nothing of the person's present state either: the person
takes no country from it (``PAST_STATE_RULE``, wave 107, judged rounds 95-96); nor does a past
post in another living state when the dictionaries know the person as of the article's date
with a country of their own ("Valdas Adamkus, a former U.S. environmental official", Lithuania's
president; ``PAST_POST_DICTIONARY_RULE``)."""

from __future__ import annotations

import pycountry
from spacy.tokens import Doc, Span

from dateline.lexicons import active
from dateline.stages.actor_lexicon import Code, code_description, lexicon, rule_words
from dateline.stages.state import state_of

PAST_POST_RULE = "actors.person.past-post-body.v1"
PAST_STATE_RULE = "actors.person.past-post-state.v1"
PAST_POST_DICTIONARY_RULE = "actors.person.past-post-dictionary.v1"


def drop_past_post_code(described: Span | None, code: Code) -> str | None:
    """Clear the country a past post's body, or a state ended by the article's date, gave
    ``code``; the rule that did, or None."""
    if described is None or not _past_post(described) or code.country is None:
        return None
    rule = PAST_POST_RULE if _body_code(code) else None
    if rule is None and ended_by_document(code.country, described.doc):
        rule = PAST_STATE_RULE
    if rule is not None:
        code.country = None
        code.countries = []
    return rule


def drop_past_post_abroad(described: Span | None, code: Code,
                          known_country: str | None) -> str | None:
    """Clear the country a past post gave ``code`` when the dictionaries know the person
    (``known_country``) as another country's; ``PAST_POST_DICTIONARY_RULE`` when it did."""
    if described is None or known_country is None or code.country in {None, known_country} \
            or not _past_post(described):
        return None
    code.country = None
    code.countries = []
    return PAST_POST_DICTIONARY_RULE


def successor_of(described: Span | None, past_post: str | None, country: str | None) -> str | None:
    """The state ``actor_rules.ended_state_successors`` names for the ended state of a past
    post that cleared a person's country, when nothing (the dictionaries) gave one since:
    "former Yugoslav President Slobodan Milosevic" in 2006 is Serbia's."""
    if past_post != PAST_STATE_RULE or country is not None or described is None:
        return None
    ended = code_description(described.text).country
    return _successors().get(ended or "")


def _successors() -> dict[str, str]:
    table: dict[str, str] = active().derived("actor_rules.ended_state_successors", lambda data: {
        str(k): str(v) for k, v in
        (data.section("actor_rules").get("ended_state_successors") or {}).items()})
    return table


def ended_by_document(country: str | None, doc: Doc) -> bool:
    """``country`` is a historic state (pycountry's) withdrawn before the document's date."""
    historic = pycountry.historic_countries.get(alpha_3=country) if country else None
    ended = getattr(historic, "withdrawal_date", None) if historic is not None else None
    day = state_of(doc).document_date
    return ended is not None and day is not None and day.isoformat() > str(ended)


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
