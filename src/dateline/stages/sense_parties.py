"""Sense checks on whether a verb's direct object names a party (wave 40, ev40f).

Verbal support is given to a party or to a party's course: "defended Pakistan", "defended
Israel's right to respond", "defended its ally Syria". Defending a thing that no party other than
the speaker owns ("defend its installations", "were defending the farmland") is protection or
fighting. The check reads the direct object only: a phrase of a preposition ("against the
rebels", "at the United Nations") names no party defended.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.event_arg_actors import actor_countries, actors_named_at, subject_actors
from dateline.stages.event_lexicon import match, object_heads
from dateline.stages.state import DocState
from dateline.stages.syntax import COMPLEMENT_CLAUSES, complement_subjects

#: Words in front of an object that may name its owner ("Israel's right", "Syrian refugees").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Words beside an object that may name it ("its ally Syria").
NAMING_DEPS = frozenset({"appos", "compound"})


def is_actor(token: Token, state: DocState) -> bool:
    """The token is (part of) a mention of an actor: the sense checks' test of a party."""
    return bool(state.mentions_at(token.i))


def _names_party(head: Token, state: DocState) -> bool:
    """The object head is an actor, is named by one beside it, has a named owner, or is an act
    of some party ("defended the strike": the strikers'; pairs40); a pronoun owner ("its",
    "their") is the speaker's own thing, not another party's."""
    if is_actor(head, state) or (head.pos_ == "NOUN" and match(head)):
        return True
    if any(is_actor(c, state) for c in head.children if c.dep_ in NAMING_DEPS):
        return True
    return any(is_actor(c, state) and c.pos_ != "PRON" for c in head.children
               if c.dep_ in OWNER_DEPS)


def _clause_parties(token: Token) -> list[Token]:
    """The subject and the objects of a bare or to-infinitive under the token ("helped protect
    rebel fighters": the fighters are whom the help is for)."""
    clauses = [c for c in token.children if c.dep_ in COMPLEMENT_CLAUSES]
    return [*complement_subjects(token), *(o for c in clauses for o in object_heads(c))]


def direct_party(token: Token, state: DocState) -> bool:
    """Some direct object of the token, or the subject or object of a clause it takes, names a
    party (module doc)."""
    heads = [*object_heads(token), *_clause_parties(token)]
    return any(_names_party(h, state) for h in heads)


def helped_abroad(token: Token, state: DocState, purposes: frozenset[str]) -> bool:
    """Wave 106 (ev106g): a to-infinitive of purpose under the token whose verb is one of
    ``purposes`` ("sent forces to defend the Kinshasa government", "arrived to help President
    Patasse") names, as its object or the subject of a clause under it, a party of another
    country than every country the token's subject names: the help goes abroad, not to the
    sender's own police or army."""
    own = actor_countries(subject_actors(token, state), state)
    clauses = [c for c in token.children if c.dep_ in {"advcl", "xcomp"}
               and c.lemma_.lower() in purposes
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    heads = [h for c in clauses for h in [*object_heads(c), *complement_subjects(c)]]
    owners = [o for h in heads for o in h.children if o.dep_ in OWNER_DEPS]
    helped = actor_countries(actors_named_at(heads + owners, state), state)
    return bool(own) and bool(helped - own)


PARTY_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "direct_party": lambda t, e, s, wanted: direct_party(t, s) == wanted,
    "helped_abroad": lambda t, e, s, purposes: helped_abroad(t, s, purposes),
}
