"""A reaction to "the release" or "the agreement" told before is aimed at whoever made it, when
its own sentence names them (session 113; issue 11).

Judged rounds 44-128 left the target of welcomes and condemnations empty where the sentence
names whose act it was: "Powell welcomed the agreement but warned that Washington's relations
with Khartoum ...", "Egypt's foreign ministry condemned the operation ... and urged Israel to
...". ``event_referred_acts`` reads a named act noun ("condemned the strike") through its own
verb; these nouns name an act of a kind (``clauses.referred_move_nouns``: a noun and the event
types it can stand for, ``sign`` for a signing).

``events.args.referred-move-author.v1``: a reaction (``clauses.reaction_types``) by a verb of
reacting (``clauses.reacted_owner_verbs``) whose object is such a noun, definite, with no
possessor and no "by"/"of"/"between"/"with" party, and with no target of its own, takes the
parties of the latest act of the noun's kinds told before it (a statement never: ACCUSE,
REJECT, SUPPORT but a signing): its sources, and for an agreement its targets too, as the
reaction's own sentence names them (the same actor, or the state of that party's country:
"Khartoum" for the Sudanese government). The conventions read a party the reaction's sentence
does not name as no target, and empty is then right, so such a party is not taken. Nouns of a
step of any kind ("the move", "the decision") are not read: on judged rounds 41-128 the act
the rule took for them was wrong about as often as right.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.lexicons import LexiconData, active
from dateline.record import Actor, Event
from dateline.stages.event_dates import DEFINITE_DETERMINERS
from dateline.stages.event_referred_acts import own_side, trigger_token, untargeted_reactions
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["REFERRED_MOVE_RULE", "referred_move_authors"]

REFERRED_MOVE_RULE = "events.args.referred-move-author.v1"
#: Prepositions of the noun that name whose act it is.
PARTY_PREPS = frozenset({"by", "of", "between", "with"})
#: Types whose both sides made the act ("the agreement" between two states).
JOINT_TYPES = frozenset({"AGREE", "COOPERATE"})


def _kinds() -> dict[str, frozenset[str]]:
    """Noun -> the upper-case kinds the list gives it (``clauses.referred_move_nouns``), built
    once per lexicon."""
    found: dict[str, frozenset[str]] = active().derived("event_referred_moves.kinds", _build_kinds)
    return found


def _build_kinds(data: LexiconData) -> dict[str, frozenset[str]]:
    return {noun: frozenset(k.upper() for k in kinds.split())
            for noun, kinds in (pair.split(maxsplit=1) for pair in words("referred_move_nouns"))}


def _move_noun(verb: Token) -> Token | None:
    """The definite move noun the reaction takes as its object, with no party of its own."""
    kinds = _kinds()
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in kinds:
            continue
        if any(_names_party(c) for c in noun.children):
            return None
        if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            return noun
    return None


def _names_party(child: Token) -> bool:
    """A word on the noun that says whose act it is: a possessor, a name in front ("Israeli
    operation"), a "by"/"of"/"between"/"with" phrase."""
    return child.dep_ == "poss" or (child.dep_ in {"compound", "amod"} and child.pos_ == "PROPN") \
        or (child.dep_ == "prep" and child.lower_ in PARTY_PREPS)


def _told_move(noun: Token, reaction: Event, events: list[Event]) -> Event | None:
    """The latest act of the noun's kinds told before the reaction."""
    kinds = _kinds()[noun.lemma_.lower()]
    told = (e for e in events if e is not reaction and e.trigger.end <= noun.idx
            and e.modality == "asserted"
            and (e.type in kinds or ("SIGN" in kinds and _signing(noun.doc, e))))
    return max(told, key=lambda e: e.trigger.start, default=None)


def _signing(doc: Doc, event: Event) -> bool:
    """A SUPPORT told by "signed": a deal made, not a statement of support."""
    token = trigger_token(doc, event)
    return event.type == "SUPPORT" and token is not None and token.lemma_.lower() == "sign"


def referred_move_authors(doc: Doc, events: list[Event], state: DocState) -> None:
    """Fill the empty target of each reaction to a move told just before with its makers
    (module docstring; events.args.referred-move-author.v1)."""
    for event, verb in untargeted_reactions(doc, events, words("reacted_owner_verbs")):
        noun = _move_noun(verb)
        if noun is None or (act := _told_move(noun, event, events)) is None or not act.source:
            continue
        joint = act.type in JOINT_TYPES or _signing(doc, act)  # "the agreement": both sides'
        parties = act.source + (act.target if joint else [])
        own = {a.country for i in event.source if (a := state.actor(i)) is not None}
        makers = [a for a in dict.fromkeys(_named_here(parties, verb, state))
                  if not own_side(a, event.source, state)
                  and (a in parties or _country_of(a, state) not in own)]
        if makers:
            event.target = makers
            event.rule = f"{event.rule}+{REFERRED_MOVE_RULE}"


def _named_here(parties: list[str], verb: Token, state: DocState) -> list[str]:
    """The parties as the reaction's own sentence names them: the same actor, else the state of
    the party's country as the sentence names it ("Islamabad" for "Pakistan's army"). A party
    the sentence does not name is no target (CONVENTIONS.md: an empty target is right there)."""
    sent = verb.sent
    here = list(dict.fromkeys(m.actor_id for i in range(sent.start, sent.end)
                              for m in state.mentions_at(i)))
    found: list[str] = []
    for party in parties:
        actor = state.actor(party)
        if party in here:
            found.append(party)
        elif actor is not None and actor.country:
            found += [a for a in here if (other := state.actor(a)) is not None
                      and other.country == actor.country and _state_actor(other)]
    return found


def _state_actor(actor: Actor) -> bool:
    """A country, or its government named as a body ("Islamabad", "the Pakistani government")."""
    return actor.kind == "country" or (actor.kind == "organization" and actor.sector == "GOV")


def _country_of(actor_id: str, state: DocState) -> str | None:
    actor = state.actor(actor_id)
    return actor.country if actor is not None else None
