"""A complaint's forum is not the party complained about (wave 106, ev106i).

"Beirut would complain to the U.N. Security Council", "Sudan would lodge a complaint with the
U.N. Security Council", "would file a formal protest with the Presidential Electoral Tribunal",
"wrote to Secretary-General Ban Ki-moon to complain": judged rounds 85, 87 and 88 scored the
body a complaint is taken to as a wrong target each time; the party complained about is the
one the complaint is against, or no one the sentence names. An official complaint
(``clauses.complaint_verbs`` read as ACCUSE) loses the targets its "to"/"with" phrase named
when they are forums (``clauses.complaint_forum_sectors``: international bodies, courts) and
the sentence does not make them the accused (events.args.complaint-forum.v1). A government
a protest is lodged with stays its target ("lodged a protest with Beijing").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_lexicon import TriggerEntry, particles
from dateline.stages.event_phrase_actors import actors_of
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["COMPLAINT_FORUM", "drop_complaint_forums"]

COMPLAINT_FORUM = "events.args.complaint-forum.v1"
#: Prepositions that name where a complaint is taken.
FORUM_PREPS = frozenset({"to", "with", "before"})


def drop_complaint_forums(args: Args, token: Token, entry: TriggerEntry, state: DocState) -> None:
    """Take out of the target the forums a complaint is taken to (module doc)."""
    if entry.type != "ACCUSE" or not args.target \
            or token.lemma_.lower() not in words("complaint_verbs"):
        return
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    named = actors_of([p for h in holders for word, prep in particles(h).items()
                       if word in FORUM_PREPS for p in prep.children if p.dep_ == "pobj"], state)
    forums = {a for a in named if _forum(a, state)}
    if forums & set(args.target):
        args.target = [a for a in args.target if a not in forums]
        args.rules.append(COMPLAINT_FORUM)


def _forum(actor_id: str, state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and (actor.sector or "") in words("complaint_forum_sectors")
