"""A sentence opened by "In <capital>," tells whose the body that speaks there is (session 115).

Wire copy turns to the other side of a story with a capital: "In Moscow, the Foreign Ministry
said ... and called on Riga to ease citizenship rules", "In Khartoum, the government said the
occupation was an act of aggression". Judged round 131 scored the uncoded "Foreign Ministry"
wrong (Russia's); the article's country (Latvia's, in a story about Latvia's vote) would be
wrong too, and the sentence-place rule does not apply when the sentence also names the other side.

``events.args.capital-opener.v1``: a source with no country, of the state's own kind (a
ministry, a government, officials, a spokesman, police: sectors ``GOVERNING_SECTORS``), that is
the subject of the clause the opening "In <capital>," hangs on (or of the clause the trigger
shares it with) takes the capital's country. Not a party away from home ("diplomats in
Beijing", "the U.S. embassy"; ``actor_abroad``), not a party the sentence names another country
for, and not a capital that is itself a party in the sentence ("Moscow said").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.record import Actor
from dateline.stages.actor_abroad import named_abroad
from dateline.stages.actor_lexicon import lexicon
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, sentence_of

__all__ = ["CAPITAL_OPENER_RULE", "capital_opener_country"]

CAPITAL_OPENER_RULE = "events.args.capital-opener.v1"
#: Sectors of a state's own bodies and people, who speak for it from its capital.
GOVERNING_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
#: Links from a verb up to the verb it shares its subject with ("said ... and called on").
SHARED_LINKS = frozenset({"conj", "xcomp", "ccomp", "advcl"})


def capital_opener_country(ids: list[str], token: Token, state: DocState) -> str | None:
    """The country of the capital that opens the trigger's sentence, for parties of the state's
    own kind that are the subject the opening phrase's clause has (module docstring)."""
    sent = sentence_of(token)
    opener = next((t for t in sent if not t.is_punct and not t.is_space), None)
    country = _opening_capital(sent, opener) if opener is not None and ids else None
    if country is None or opener is None:
        return None
    subjects = _opener_subjects(opener, token)
    for actor_id in ids:
        actor = state.actor(actor_id)
        if actor is None or not _governing(actor) or named_abroad(actor.name):
            return None
        if not any(m.actor_id == actor_id for s in subjects for m in state.mentions_at(s.i)):
            return None
    return country


def _opening_capital(sent: Span, first: Token) -> str | None:
    """"In Moscow, ...": the country of the capital the sentence opens with (``first`` its first
    word), set off by a comma."""
    if first.lower_ != "in" or first.dep_ != "prep":
        return None
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    place = objects[0]
    start = min(t.i for t in place.subtree)
    end = max(t.i for t in place.subtree) + 1
    following = sent.doc[end] if end < len(sent.doc) else None
    if following is None or following.text != "," or start != first.i + 1:
        return None
    return lexicon().capitals.get(sent.doc[start:end].text)


def _opener_subjects(opener: Token, token: Token) -> list[Token]:
    """The subjects of the clause the opening phrase hangs on and of the trigger's clause chain
    up to it."""
    verbs = {opener.head.i}
    verb = token
    while verb.dep_ in SHARED_LINKS and verb.head.i != verb.i and not any(
            c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head
    verbs.add(verb.i)
    return [c for i in verbs for c in token.doc[i].children if c.dep_ in SUBJECTS]


def _governing(actor: Actor) -> bool:
    return actor.kind != "country" and actor.sector in GOVERNING_SECTORS
