"""Sense checks on orders that expel another state's presence (session 113; issue 11).

Judged rounds 41-128 coded as an expulsion (SANCTION, CAMEO 166) what the stage read as a request:
"Mali and Burkina Faso ordered French troops out", "the United States ordered China to close its
consulate in Houston", "Kuwait ordered Iran to cut the number of its diplomats", "Russia ordered
USAID to close its operations in the country". An order that sends a state's own forces away
("ordered troops out of the city") stays a request; the checks tell the two apart by the words in
front of the ordered party.

- ``object_foreign``: the verb's direct object is marked as another state's: "foreign", or a
  country word whose actor (or named country) is not the subject's ("French troops" ordered by
  Mali), or it is itself a coded actor of another country ("ordered USAID to ...").
- ``ordered_closure``: the order's to-clause closes or cuts a presence (``sense.closure_verbs``)
  whose object is a mission, envoys or operations (``sense.closed_presences``): "ordered China to
  close its consulate", "ordered Poland to reduce the number of its diplomats".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_arg_actors import actor_countries, actors_named_at, conjuncts
from dateline.stages.state import DocState
from dateline.stages.syntax import inherited_subjects

#: The clauses through which the order's subject is read ("expelled diplomats and ordered troops
#: out": the subject of "expelled").
SUBJECT_CLIMB = frozenset({"xcomp", "conj", "advcl"})

#: Words in front of an object that may say whose it is ("French troops", "Iran's diplomats").
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _classes() -> dict[str, frozenset[str]]:
    from dateline.stages.senses import sense_classes  # senses imports this module
    return sense_classes()


def _owner_countries(noun: Token, state: DocState) -> set[str]:
    """The countries the words in front of the noun (or the noun itself) name."""
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS]
    return actor_countries(actors_named_at([noun, *owners], state), state)


def object_foreign(token: Token, state: DocState) -> bool:
    """The direct object is another state's party (see the module note)."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return False
    subjects = inherited_subjects(token, SUBJECT_CLIMB)
    own = actor_countries(actors_named_at([n for s in subjects for n in [s, *conjuncts(s)]],
                                          state), state)
    for obj in objects:
        if any(c.dep_ == "amod" and c.lower_ == "foreign" for c in obj.children):
            return True
        named = _owner_countries(obj, state)
        if own and named and not named & own:
            return True
    return False


def _closed_object(clause: Token, presences: frozenset[str]) -> bool:
    """The clause's object (or the "of" object of "the number of") is a presence."""
    heads = [c for c in clause.children if c.dep_ == "dobj"]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in presences or h.lower_ in presences for h in heads)


def ordered_closure(token: Token) -> bool:
    """The order's clause closes or cuts a mission, envoys or operations (see the module note)."""
    if token.pos_ != "VERB":
        return False
    classes = _classes()
    verbs, presences = classes["closure_verbs"], classes["closed_presences"]
    for clause in (c for c in token.children if c.dep_ in {"xcomp", "ccomp"}):
        if clause.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in clause.children):
            continue
        if _closed_object(clause, presences):
            return True
    return False


FOREIGN_ORDER_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "object_foreign": lambda t, e, s, wanted: object_foreign(t, s) == wanted,
    "ordered_closure": lambda t, e, s, wanted: ordered_closure(t) == wanted,
}
