"""Sense conditions for one harm act told twice in a sentence (issue 11, wave 40; round 24 judges).

Their rules live in ``lexicon/events/senses.yaml`` and their words in ``lexicon/clauses.yaml``;
``stages/senses.py`` adds the conditions below to its own:

- ``participle_of_types``: the token is a participle clause with no subject of its own under a
  verb that evokes, in its own sense, an event of one of these types ("stormed a police
  station, killing six policemen"): the participle tells the toll of that act, not a second
  act (``events.sense.toll-participle.v1``).
- ``partyless_act_of_toll``: a toll verb and the act noun it tells its dead in ("22 people were
  killed in an attack") are one act told twice: when the noun names no party at all, the
  verb's event (which names the dead) is kept and the noun's dropped; a noun with a party of its
  own ("Israeli strikes", "clashes between police and protesters") leaves both
  (``events.sense.toll-in-act.v1``). Dropping the verb's event for a noun that names both sides
  was tried and left out after the paired judging of wave 40 (pairs40): the noun's event is not
  always made, and then the act was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.state import DocState
from dateline.stages.syntax import words

SUBJECTS = {"nsubj", "nsubjpass"}
OWNERS = {"poss", "compound", "amod", "nmod"}


def participle_of_types(token: Token, types: frozenset[str], state: DocState) -> bool:
    """The token is a present participle clause with no subject of its own hanging on a verb
    whose own sense is an event of one of ``types`` ("stormed the station, killing six")."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head.i == token.i:
        return False
    if any(c.dep_ in SUBJECTS or (c.dep_ == "mark") for c in token.children):
        return False  # "while killing", "after he killed": a clause of its own
    from dateline.stages.event_lexicon import match
    from dateline.stages.senses import read_sense  # senses imports this module

    head = token.head
    entry, _ = read_sense(head, match(head), state)
    return entry is not None and entry.type.lower() in types


def toll_in_act(token: Token) -> Token | None:
    """The act noun a toll verb tells its dead in ("were killed in clashes between ...", "died
    during the attack"): the object of one of ``toll_in_act_preps`` on the verb."""
    tolls = [v for v in (token, *token.conjuncts)  # "were killed and 100 injured in clashes"
             if v.lemma_.lower() in words("toll_in_act_verbs")]
    if token not in tolls:
        return None
    for verb in tolls:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in words("toll_in_act_preps"):
                nouns = [n for n in prep.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
                if nouns:
                    return nouns[0]
    return None


def _parties(noun: Token, preps: frozenset[str], state: DocState, fronted: bool) -> bool:
    """Some word in a phrase of one of ``preps`` on the noun ("clashes between police and
    protesters"), or with ``fronted`` in front of it ("Israeli airstrikes"), refers to an actor;
    a place phrase ("an attack near the parliament") names none."""
    words_of = [w for c in noun.children if c.dep_ in OWNERS for w in c.subtree] if fronted else []
    words_of += [w for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                 for w in c.subtree]
    return any(state.mentions_at(w.i) for w in words_of)


def partyless_act_of_toll(token: Token, state: DocState) -> bool:
    """The token is an act noun a toll verb tells its dead in, and names no party of its own
    ("22 people were killed in an attack"): the toll verb's event tells the act."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    if toll_in_act(prep.head) is not token:
        return False
    return not _parties(token, words("act_party_preps"), state, True)


#: The sense conditions of this module (``stages/senses.py`` CHECKS).
OWN_ACT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "participle_of_types": lambda t, e, s, types: participle_of_types(t, types, s),
    "partyless_act_of_toll": lambda t, e, s, wanted: partyless_act_of_toll(t, s) == wanted,
}
