"""A place people are moved to, from or within is not the act's target (wave 52, ev52d).

"Italy deported 500 migrants to Argentina", "refugees who fled from Samoa were detained",
"arrested the fishermen in Greenland": the state after "to", "from", "into", "out of" or "in"
(``clauses.destination_place_preps``) is where the people go, come from or are, not a party
acted upon, yet target prepositions ("deported ... to") and place readings made it a target
(round 32). A country actor whose every mention in the sentence lies in such a phrase under
the trigger is dropped from the target when the act already has another party as target, or
when the trigger is a verb that moves people (``clauses.people_moving_verbs``) and the phrase
hangs on it (no target beats a wrong one; events.args.destination-place.v1). Acts where the
place is the party by convention (``clauses.destination_place_kept_types``) are left alone:
"sent troops to Mali", "fired rockets into Israel", an extradition to the requesting state.
A relative clause on the place ("the United States, which had requested him") makes it a doer,
so its words do not count as the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_passed_places import actor_code, ids_at, is_country
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

DESTINATION_PLACE = "events.args.destination-place.v1"


def destination_places(token: Token, event_type: str, source: list[str], target: list[str],
                       state: DocState) -> tuple[list[str], bool]:
    """``target`` without the country actors named only as where people are moved or are,
    and whether any was dropped."""
    if not target or event_type in words("destination_place_kept_types") \
            or set(source) & set(target):  # a mutual act's parties are each other's targets
        return target, False
    countries = [a for a in target if is_country(a, state)]
    parties = _other_parties(source, target, countries, state)
    mover = token.lemma_.lower() in words("people_moving_verbs")
    if not countries or not (parties or mover):
        return target, False
    under = _phrase_tokens(token, anywhere=bool(parties))
    named_in: set[str] = set()
    elsewhere: set[str] = set()
    for tok in sentence_of(token):
        (named_in if tok.i in under else elsewhere).update(ids_at(tok, countries, state))
    dropped = {a for a in countries if a in named_in and a not in elsewhere}
    return [a for a in target if a not in dropped], bool(dropped)


def _other_parties(source: list[str], target: list[str], countries: list[str],
                   state: DocState) -> list[str]:
    """The target's parties other than places and other than the source's own ("reopened its
    embassy in Tunisia": the embassy is the doer's, the state is the party)."""
    own = {actor_code(a, state) for a in source} - {None}
    return [a for a in target if a not in countries and actor_code(a, state) not in own]


def _phrase_tokens(token: Token, anywhere: bool) -> set[int]:
    """The token indices of place phrases on the trigger (or anywhere under it, when another
    party is the target), less relative clauses on their nouns."""
    preps = token.subtree if anywhere else token.children
    found: set[int] = set()
    for prep in preps:
        if _place_prep(prep) and _own_clause(prep, token):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found |= {t.i for t in obj.subtree} - _clauses(obj)
    return found


def _own_clause(prep: Token, token: Token) -> bool:
    """Whether the phrase lies in the trigger's own clause ("agreed to extradite them to the
    United States": the state is where the other act sends them, and the agreement's party)."""
    node = prep.head
    while node.i != token.i and node.head.i != node.i:
        if node.dep_ in {"xcomp", "ccomp", "advcl", "conj", "parataxis", "pcomp"}:
            return False
        node = node.head
    return True


def _place_prep(prep: Token) -> bool:
    """"to", "from", "into", "in", and "of" after "out" ("out of Syria")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "of":
        return prep.head.lower_ in words("destination_place_particles")
    return prep.lower_ in words("destination_place_preps")


def _clauses(noun: Token) -> set[int]:
    """Relative clauses on the place, and possessors inside the phrase ("its objection to
    Sweden's membership": Sweden owns what the act is about, it is no place)."""
    found = {t.i for c in noun.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return found | {t.i for p in noun.subtree if p.dep_ == "poss" for t in p.subtree}
