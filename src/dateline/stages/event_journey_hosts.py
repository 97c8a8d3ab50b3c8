"""The hosts of a journey as the party its purpose acts on (session 112; issue 11, pattern 4).

Judged rounds 41-124: "Deuba visited Washington and London earlier this month to ask for
support", "travelled to Beijing on Monday to seek support for the plan": the request made on
the journey is made to the parties visited, and the event of the purpose clause had no target.

``events.args.journey-host.v1``: an event of ``clauses.journey_purpose_types`` whose trigger is
an adverbial infinitive of purpose ("to" + bare verb, no subject of its own) on a journey verb
(``times.journey_verbs``), and that found no target, takes the places the journey goes to: the
journey verb's object ("visited Washington and London") or the object of its "to" or "in"
("flew to Moscow", "arrived in Kabul"), as actors or coded places; never the doer's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_phrase_actors import targets_of
from dateline.stages.event_scene_purposes import purpose_infinitive
from dateline.stages.state import DocState
from dateline.stages.syntax import words
from dateline.stages.timex import vocab

__all__ = ["JOURNEY_HOST", "journey_hosts"]

JOURNEY_HOST = "events.args.journey-host.v1"
#: Prepositions that name where a journey goes.
DESTINATION_PREPS = frozenset({"to", "in"})


def journey_hosts(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Fill an empty target from the places the journey the act is made on goes to."""
    if args.target or event_type.lower() not in words("journey_purpose_types"):
        return
    journey = _journey_of(token)
    if journey is None:
        return
    own = set(args.source)
    found = [a for a in targets_of(_destinations(journey), state) if a not in own]
    if found:
        args.target = list(dict.fromkeys(found))
        args.rules.append(JOURNEY_HOST)


def _journey_of(token: Token) -> Token | None:
    """The journey verb ``token`` is the purpose infinitive of, if it is one."""
    if purpose_infinitive(token) and token.head.lemma_.lower() in vocab()["journey_verbs"]:
        return token.head
    return None


def _destinations(journey: Token) -> list[Token]:
    """The nouns a journey goes to: its object, or the object of its "to" or "in"."""
    found = [c for c in journey.children if c.dep_ == "dobj"]
    for prep in journey.children:
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found
