"""A place the event only passes through is not its target (wave 47, ev47c).

"Saint Lucia threatens to move its industry into Brunei", "seeking a
solution to the crisis around Russia's deportations": the place after a preposition of passage
(``clauses.passed_place_preps``) is where the act goes, not the party acted upon, yet the
argument rules made it the target (round 28). A country actor whose every mention in the
event's sentence lies in such a phrase is dropped from the target (no target beats a wrong
one; events.args.passed-place.v1). The phrase must lie under the trigger ("descended into
clashes" beside a march says nothing of the march's target). Force and troop moves
(``clauses.passed_place_force_types``) are left alone: "troops pushed into Ukraine" acts on
Ukraine; so are crowd protests, whose home state is their target by convention ("marched
through Aden"). A party named outside the phrase as well, or only in another sentence, keeps
its place.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.place_targets import place_country
from dateline.stages.state import DocState
from dateline.stages.syntax import sentence_of, words

PASSED_PLACE = "events.args.passed-place.v1"


def passed_places(token: Token, event_type: str, target: list[str],
                  state: DocState) -> tuple[list[str], bool]:
    """``target`` without the country actors the sentence of ``token`` names only as places
    passed through, and whether any was dropped."""
    if not target or event_type in words("passed_place_force_types"):
        return target, False
    countries = [a for a in target if is_country(a, state)]
    passed, elsewhere = _place_ids(token, countries, state)
    dropped = {a for a in countries if a in passed and a not in elsewhere}
    return [a for a in target if a not in dropped], bool(dropped)


def _place_ids(token: Token, countries: list[str],
               state: DocState) -> tuple[set[str], set[str]]:
    """The actor ids named in a phrase of passage under the trigger, and those named anywhere
    else in its sentence."""
    under = {t.i for prep in token.subtree if _passage(prep)
             for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree}
    passed: set[str] = set()
    elsewhere: set[str] = set()
    for tok in sentence_of(token):
        (passed if tok.i in under else elsewhere).update(ids_at(tok, countries, state))
    return passed, elsewhere


def _passage(prep: Token) -> bool:
    """A preposition of passage; "into" only after a verb ("moved into"), since after a noun
    it names a topic that may be the party ("an investigation into Japan's record")."""
    if prep.dep_ != "prep" or prep.lower_ not in words("passed_place_preps"):
        return False
    return prep.lower_ not in words("passed_place_verb_preps") or prep.head.pos_ == "VERB"


def ids_at(tok: Token, countries: list[str], state: DocState) -> set[str]:
    """The actors a token names: its mentions, or the target country actor of its coded place
    (a place read as a target has no mention until the events are built)."""
    ids = {m.actor_id for m in state.mentions_at(tok.i)}
    code = place_country(tok, state)
    return ids | {a for a in countries if code is not None and actor_code(a, state) == code}


def actor_code(actor_id: str, state: DocState) -> str | None:
    actor = state.actor(actor_id)
    return actor.country if actor is not None else None


def is_country(actor_id: str, state: DocState) -> bool:
    """Whether the actor is a country (the actor stage's or a place read as a target)."""
    actor = state.actor(actor_id)
    return actor is not None and actor.kind == "country"
