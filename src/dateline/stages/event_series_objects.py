"""The victims a list of harm verbs shares (wave 38, ev38a: victims of harm acts as targets).

"Security forces tortured, killed and disappeared at least 34 people", "police arrested and beat
John Smith": a harm verb (``clauses.harm_types``) in a list of verbs that has no object of its
own, and whose later verbs have no subject of their own, acts on the object the list ends with
(``events.args.series-object.v1``; v2 in wave 39, see ``event_list_objects``; judged on
held-out news: the first verb of such a list kept no target, and the one event the list
tells, ``events.repeat.coordinated.v3``, was left with none). A named actor there is the
target (``series_targets``); an unnamed group of people is
read where the type's target is read (``event_domestic.unnamed_party``, through
``series_object_heads``), so it is coded as any unnamed party is. Not when the verb holding the
object is a trigger of the same type ("shot and killed five men"): that verb's event, folded
with this one (``events.repeat.coordinated.v3``), already brings its target (val: reading the
object here too split one act into two events).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, harm_types
from dateline.stages.event_lexicon import list_object_heads, match
from dateline.stages.state import DocState

SERIES_OBJECT = "events.args.series-object.v2"


def series_object_heads(token: Token) -> list[Token]:
    """The object the list ``token`` opens ends with; empty unless ``token`` is an active harm
    verb with no object (``event_lexicon.list_object_heads``)."""
    entry = match(token)
    return [] if entry is None else list_object_heads(token, entry.type)


def series_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """A named actor the list's object names is the target of every verb of the list."""
    if args.target or entry_type not in harm_types():
        return
    named = [m.actor_id for h in series_object_heads(token) for m in state.mentions_at(h.i)]
    found = [a for a in dict.fromkeys(named) if a not in args.source]
    if found:
        args.target = found
        args.rules.append(SERIES_OBJECT)


def series_reason(token: Token, head: Token) -> list[str]:
    """The rule that names an unnamed party found as the list's shared object."""
    return [SERIES_OBJECT] if head.i in {h.i for h in series_object_heads(token)} else []
