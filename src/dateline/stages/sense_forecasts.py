"""Sense condition for warnings that forecast what others or things will do (wave 65, ev65a).

Its rule and word classes live in ``lexicon/events/senses.yaml``; ``stages/senses.py`` adds the
condition below to its own:

- ``forecast_clause``: a that-clause under the verb says what a thing would, could, may or will
  do ("warned that the project would cost 2 billion euros", "warned that such a move could lead
  to chaos"): an active clause under a modal (``forecast_modals``), whose subject is a noun
  that is no actor, not the speaker's own ("its army") nor the speaker, with no condition
  ("if ...") and no word of force or response anywhere in it (``forecast_threat_words``: "any
  attack would meet a response"). A prediction, not a threat of the speaker's own act
  (``events.sense.warn-of-forecast.v2``). Left alone: passives ("would be dealt with
  sternly", "may be closed"), pronoun and party subjects ("it would retaliate", "the opposition
  will pay a price").
- ``unconditioned`` (wave 90, ev90y): nothing under the verb sets a condition ("if", "unless"
  or an inverted "should": "warned of bloodshed if troops cross the border" is a threat; the
  plain "warned of renewed bloodshed" forecasts strife, ``events.sense.warn-of-strife.v1``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.sense_parties import is_actor
from dateline.stages.sense_statements import _others_subject
from dateline.stages.state import DocState
from dateline.stages.syntax import inherited_subjects


def _words(name: str) -> frozenset[str]:
    """A word class of the sense lexicon (imported here: ``senses`` imports this module)."""
    from dateline.stages.senses import sense_classes

    return sense_classes()[name]


def _forecasts(clause: Token, verb: Token, state: DocState) -> bool:
    aux = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    if not aux & _words("forecast_modals"):
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in clause.children):
        return False  # "would be dealt with": what someone will do to them
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or not _others_subject(clause, verb):
        return False
    if any(s.pos_ not in {"NOUN", "PROPN"} or is_actor(s, state) for s in subjects):
        return False
    return not _threatening(clause, _words("forecast_threat_words"))


def _threatening(clause: Token, threat_words: frozenset[str]) -> bool:
    """The clause holds a condition ("if", "unless") or one of ``threat_words``: what is
    warned of is tied to the other side's act or to force, so the warning threatens."""
    conditions = _words("condition_marks")
    return any((t.dep_ == "mark" and t.lower_ in conditions)
               or t.lemma_.lower() in threat_words or t.lower_ in threat_words
               for t in clause.subtree)


def forecast_clause(token: Token, state: DocState) -> bool:
    """A that-clause under the token forecasts what a thing will do (see the module doc)."""
    return any(_forecasts(c, token, state) for c in token.children if c.dep_ == "ccomp")


def unconditioned(token: Token) -> bool:
    """No clause under the token is a condition (see the module doc): a condition ties what is
    warned of to the other side's act, which makes the warning a threat."""
    conditions = _words("condition_marks")
    for t in token.subtree:
        if t.dep_ == "mark" and t.lower_ in conditions:
            return False
        if t.lower_ == "should" and t.dep_ == "aux" and t.i < t.head.i and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i > t.i for c in t.head.children):
            return False  # "should one of its nationals be executed"
    return True


Check = Callable[[Token, TriggerEntry | None, DocState, Any], bool]

def possibility_clause(token: Token, state: DocState) -> bool:
    """A that-clause under the token says what could, might or may happen, told of someone or
    something other than the warner (``events.sense.warn-of-possibility.v1``, wave 103; rounds
    51-64 judged "warned that Moscow could be planning an offensive", "warned that the anger
    on the streets could be exploited", "warned that it could revive the ethnic divisions",
    "warned that its equipment could be used for spying" no threat): unlike a forecast
    (``forecast_clause``) its subject may be a party, a pronoun other than a person's, or a
    passive's, since a warner does not threaten what may only possibly happen; still a
    threat when a condition or a word of punishment is in it (``possibility_threat_words``:
    "could face consequences", "could be punished")."""
    return any(_possible(c, token, state) for c in token.children if c.dep_ == "ccomp")


def _possible(clause: Token, verb: Token, state: DocState) -> bool:
    aux = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    if not aux & _words("possibility_modals") or any(c.dep_ == "neg" for c in clause.children):
        return False  # "could not be normalised while ...": a condition set, not a forecast
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not subjects or any(s.lower_ in _words("speaker_pronouns") for s in subjects):
        return False
    if any(_warners(verb, state) & _parties_at(s, state) for s in subjects):
        return False  # "the EU warned that it could halt support": its own act
    own = _words("own_possessives")
    speaker = {w.lower_ for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"}
               for w in s.subtree}
    if any(s.lower_ in speaker or any(c.dep_ == "poss" and c.lower_ in own for c in s.children)
           for s in subjects):
        return False
    return not _threatening(clause, _words("possibility_threat_words"))


def threatless_clause(token: Token) -> bool:
    """The token has a that-clause, and none of its clauses holds a condition or a word of
    punishment or force (``possibility_threat_words``): "urged the council to defer the case,
    warning that it could undermine peace efforts" gives the appeal's reason, no threat
    (``events.sense.warn-as-reason.v1``, wave 103)."""
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    threat_words = _words("possibility_threat_words")
    return bool(clauses) and not any(_threatening(c, threat_words) for c in clauses)


def _warners(verb: Token, state: DocState) -> set[str]:
    """The parties of the warning verb's subjects, through the verbs it shares them with."""
    return {m.actor_id for s in inherited_subjects(verb, WARNER_CLIMB)
            for m in state.mentions_at(s.i)}


def _parties_at(token: Token, state: DocState) -> set[str]:
    return {m.actor_id for m in state.mentions_at(token.i)}


#: The clauses through which a warning verb shares its governor's subject.
WARNER_CLIMB = frozenset({"conj", "xcomp", "advcl"})


#: The forecast conditions, by name (added to ``senses.CHECKS``).
FORECAST_CHECKS: dict[str, Check] = {
    "possibility_clause": lambda t, e, s, wanted: possibility_clause(t, s) == wanted,  # wave 103
    "threatless_clause": lambda t, e, s, wanted: threatless_clause(t) == wanted,  # wave 103
    "forecast_clause": lambda t, e, s, wanted: forecast_clause(t, s) == wanted,
    "unconditioned": lambda t, e, s, wanted: unconditioned(t) == wanted,  # wave 90 (ev90y)
}
