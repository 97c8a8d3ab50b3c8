"""A protest aimed in so many words at the rulers of its country (issue 11, wave 55, ev55d).

CONVENTIONS ("A crowd protest at home"): the state of the country a protest is held in is its
target when the protest names no aim or aims at the authorities. ``crowd-state-target.v1`` and
``group-protest-state.v1`` give the state only to crowds (a crowd noun or "opposition" as the
source's role). A protest that says it is against the rulers was left with no target when its
source is named otherwise ("The party's members held anti-government protests in Bursa",
"Thousands of Ethiopians protested to denounce the Ethiopian government's treatment of its
citizens", "a lawyer declared a hunger strike in protest of the regime") or not named at all
("Anti-government demonstrations erupted in Dubai").

``events.args.ruler-protest-state.v1`` fills the empty target of a protest with the state of its
country when:

- the protest is aimed at the rulers: a word of ``clauses.ruler_aims`` ("government", "regime")
  is in one of the aims its phrase names (``crowds.protest_aims``, also on a protest verb it is
  joined to), follows an "anti-" prefix (``clauses.aim_prefixes``) in the trigger's own
  phrase ("anti-government protests", "anti-regime protesters marched"), or ends a
  "down with" slogan there; and it is not held in support of anyone nor aimed elsewhere
  (``crowds.aimed_elsewhere``);
- it is not of a mode of ``clauses.state_protest_skipped_modes`` (strike, boycott);
- its country is plain: every source is a party of one country that is not itself a state body
  (no country actor, no sector of ``clauses.ruler_protest_state_sectors``: a government does
  not protest its own rule, and such a source is most often misread); with no source, the one
  country of the coded places its sentence names;
- no coded place or party of another country is named in its sentence, and no named party in
  its aims is of another country ("protested against the Israeli government": not the
  protesters' own state).

``events.args.ruler-protest-article.v1`` (wave 105; judged round 81): with no source and no coded
place in its sentence ("Anti-government protests in August last year left more than 20
civilians dead"), the country is the article's, when one country leads the story clearly
(``clear_lead``: named at least twice as often as the next).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.crowds import aimed_elsewhere, protest_aims
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_countries import clear_lead, dominant_country
from dateline.stages.event_group_protests import PLACES, _abroad, _protest_heads
from dateline.stages.place_targets import country_actor
from dateline.stages.state import DocState
from dateline.stages.syntax import words

RULER_PROTEST_STATE = "events.args.ruler-protest-state.v1"
RULER_PROTEST_ARTICLE = "events.args.ruler-protest-article.v1"
#: How many words after "down with" the ruler word may come ("down with the military regime").
SLOGAN_SPAN = 4


def ruler_protest_state(args: Args, token: Token, entry_type: str, mode: str | None,
                        state: DocState) -> None:
    """The state of a protest's country as the target of a protest aimed at its rulers."""
    if entry_type != "PROTEST" or args.target \
            or mode in words("state_protest_skipped_modes") or not _against_rulers(token):
        return
    country = _source_country(args.source, state) if args.source else _place_country(token, state)
    rule = RULER_PROTEST_STATE
    if country is None and not args.source and not _coded_places(token, state):
        country, rule = _article_country(token, state), RULER_PROTEST_ARTICLE
    if country is None or _abroad(token, country, state) \
            or _aims_abroad(token, country, state):
        return
    made = country_actor(token.doc, state, country, make=True)
    if made is not None and made not in args.source:
        args.target = [made]
        args.rules.append(rule)


def _against_rulers(token: Token) -> bool:
    """Whether the protest of ``token`` names the rulers as what it is against."""
    if aimed_elsewhere(token):
        return False
    rulers = words("ruler_aims")
    aims = {t.lemma_.lower() for top in _protest_heads(token) for aim in protest_aims(top)
            for t in aim.subtree}
    return bool(aims & rulers) or bool(_own_phrase_words(token) & rulers)


def _own_phrase_words(token: Token) -> set[str]:
    """The lemmas an "anti-" prefix or a "down with" slogan in the trigger's own phrase sets it
    against ("anti-government protests", "chanting 'down with the regime'")."""
    phrase = list(token.subtree)
    prefixes = words("aim_prefixes")
    found = set()
    for n, word in enumerate(phrase[:-2]):
        if word.lower_ in prefixes and phrase[n + 1].text == "-":
            found.add(phrase[n + 2].lemma_.lower())
        if word.lower_ == "down" and phrase[n + 1].lower_ == "with":
            found |= {t.lemma_.lower() for t in phrase[n + 2 : n + 2 + SLOGAN_SPAN]}
    return found


def _source_country(source: list[str], state: DocState) -> str | None:
    """The one country of sources that are parties of the people, not state bodies."""
    skipped = words("ruler_protest_state_sectors")
    countries = set()
    for actor_id in source:
        actor = state.actor(actor_id)
        if actor is None or actor.kind == "country" or not actor.country \
                or (actor.sector or "") in skipped:
            return None
        countries.add(actor.country)
    return next(iter(countries)) if len(countries) == 1 else None


def _place_country(token: Token, state: DocState) -> str | None:
    """The one country of the coded places the sentence names ("erupted in Dubai")."""
    countries = _coded_places(token, state)
    return next(iter(countries)) if len(countries) == 1 else None


def _coded_places(token: Token, state: DocState) -> set[str]:
    """The countries of the coded places the token's sentence names."""
    countries = set()
    for word in token.sent:
        mention = state.mention_at(word.i) if word.ent_type_ in PLACES else None
        actor = state.actor(mention.actor_id) if mention is not None else None
        if actor is not None and actor.country:
            countries.add(actor.country)
    return countries


def _article_country(token: Token, state: DocState) -> str | None:
    """The article's country when one leads the story clearly (``RULER_PROTEST_ARTICLE``)."""
    doc = token.doc
    country = dominant_country(doc, state)  # none in a story that names no country
    return country if country is not None and clear_lead(doc, state) else None


def _aims_abroad(token: Token, country: str, state: DocState) -> bool:
    """Whether a party named in the protest's aims or own phrase has another country ("against
    the Israeli government" by Palestinians)."""
    spans = [aim.subtree for top in _protest_heads(token) for aim in protest_aims(top)]
    spans.append(token.subtree)
    for span in spans:
        for word in span:
            for mention in state.mentions_at(word.i):
                actor = state.actor(mention.actor_id)
                if actor is not None and actor.country and actor.country != country:
                    return True
    return False
