"""Sense conditions for acts a party does with its own means (issue 11, wave 40; round 24 judges).

Their rules live in ``lexicon/events/senses.yaml`` and their words in ``lexicon/clauses.yaml``;
``stages/senses.py`` adds the conditions below to its own:

- ``own_forces_ordered``: the party the token orders is the orderer's own armed or police force
  ("Karzai ordered security forces to beef up security", "ordered his men to shoot"): the
  orderer's own act, no request to another party (``events.sense.order-own-forces.v1``). A
  force that another actor's name or country marks as someone else's ("ordered Ukraine's
  troops") is another party.
- ``participle_of_types``: the token is a participle clause with no subject of its own under a
  verb that evokes, in its own sense, an event of one of these types ("stormed a police
  station, killing six policemen"): the participle tells the toll of that act, not a second
  act (``events.sense.toll-participle.v1``).
- ``killed_in_parties_act`` / ``partyless_act_of_toll``: a toll verb and the act noun it tells
  its dead in ("were killed in clashes between police and protesters", "22 people were killed
  in an attack") are one act told twice: the noun's event is kept when it names the two sides
  ("between"), the verb's when the noun names no party at all; a noun with one party of its
  own ("Israeli strikes") leaves both (``events.sense.toll-in-act.v1``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.state import DocState
from dateline.stages.syntax import words

ORDERED = {"dobj"}
#: a clause under the order whose own subject is the party ordered ("ordered that police act")
ORDER_CLAUSES = {"ccomp", "xcomp"}
SUBJECTS = {"nsubj", "nsubjpass"}
OWNERS = {"poss", "compound", "amod", "nmod"}
NAMED_OWNERS = {"GPE", "NORP", "ORG", "PERSON"}


def own_forces_ordered(token: Token, state: DocState) -> bool:
    """Every party the token orders is a force word, and none is marked as another's."""
    ordered = _ordered(token)
    if not ordered or not all(_force(o) and not _patient(o) for o in ordered):
        return False
    orderer = _countries(_order_subjects(token), state)
    return not any(_anothers(o, orderer, state) for o in ordered)


def _ordered(token: Token) -> list[Token]:
    heads = [c for c in token.children if c.dep_ in ORDERED]
    if not heads:  # "ordered that the police ..." / "ordered the police to ..." parsed as ccomp
        heads = [s for c in token.children if c.dep_ in ORDER_CLAUSES
                 for s in c.children if s.dep_ in SUBJECTS]
    return [*heads, *(c for h in heads for c in h.conjuncts)]


def _force(head: Token) -> bool:
    """A force word, or a word for men that a possessive pronoun makes a force ("his men")."""
    forms = {head.lemma_.lower(), head.lower_}
    if forms & words("own_force_nouns"):
        return True
    return bool(forms & words("possessed_force_nouns")) and _possessed(head)


def _possessed(head: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in words("own_force_possessives")
               for c in head.children)


def _patient(head: Token) -> bool:
    """The force is what the order has done to ("ordered the two policemen killed": a bare
    past participle on it), not whom it addresses; moving one's own force ("ordered the troops
    removed from the border") still addresses it."""
    done = [c for c in head.children if c.dep_ in {"acl", "oprd", "ccomp", "xcomp"}
            and c.tag_ == "VBN" and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)]
    return any(c.lemma_.lower() not in words("moved_force_participles") for c in done)


def _order_subjects(token: Token) -> list[Token]:
    current = token
    while current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
        if any(c.dep_ in SUBJECTS for c in current.children):
            break
        current = current.head
    return [c for c in current.children if c.dep_ == "nsubj"]


def _countries(heads: list[Token], state: DocState) -> set[str]:
    """The countries of the actors the heads (or the words in front of them) refer to."""
    found: set[str] = set()
    for head in heads:
        for word in (head, *(c for c in head.children if c.dep_ in OWNERS)):
            for mention in state.mentions_at(word.i):
                actor = state.actor(mention.actor_id)
                if actor is not None and actor.country:
                    found.add(actor.country)
    return found


def _anothers(head: Token, orderer: set[str], state: DocState) -> bool:
    """The force is marked as another's: its own possessive pronoun makes it the orderer's;
    otherwise a country of its own that is not the orderer's, or a name in front of it whose
    country cannot be compared, makes it another party's."""
    if _possessed(head):
        return False
    owners = [c for c in head.children if c.dep_ in OWNERS]
    own = _countries([head], state)
    if own and orderer:
        return not own <= orderer
    return any(o.ent_type_ in NAMED_OWNERS for w in owners for o in w.subtree)


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


def killed_in_parties_act(token: Token, types: frozenset[str], state: DocState) -> bool:
    """The token is a toll verb whose act noun names the sides that fought ("clashes between
    police and protesters") and evokes, in its own sense, an event of one of ``types``: that
    event tells the act, with its parties."""
    noun = toll_in_act(token)
    if noun is None or not _parties(noun, words("mutual_act_preps"), state, False):
        return False
    from dateline.stages.event_lexicon import match
    from dateline.stages.senses import read_sense  # senses imports this module

    entry, _ = read_sense(noun, match(noun), state)
    return entry is not None and entry.type.lower() in types


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
    "own_forces_ordered": lambda t, e, s, wanted: own_forces_ordered(t, s) == wanted,
    "participle_of_types": lambda t, e, s, types: participle_of_types(t, types, s),
    "killed_in_parties_act": lambda t, e, s, types: killed_in_parties_act(t, types, s),
    "partyless_act_of_toll": lambda t, e, s, wanted: partyless_act_of_toll(t, s) == wanted,
}
