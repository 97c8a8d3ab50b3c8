"""A protest set off by an act of the rulers aims at them (issue 11, wave 105, ev105c).

CONVENTIONS ("A crowd protest at home"): a protest aimed at the authorities or their acts has
them as its target. "The protests began in April when Serzh Sargsyan moved to become prime
minister", "Demonstrations spread after the government raised fuel prices", "The protests
began in November when Yanukovych abandoned the agreement" were left with no target; judged
rounds 45, 48, 49, 76 and 82 named the ruler whose act set the protest off.

``events.args.protest-cause-ruler.v2`` (v2, wave 107: a ruler out of office by the story's
date, as the dictionaries list him, counts) fills the empty target of a protest (not a strike or a
boycott: ``clauses.state_protest_skipped_modes``) with the subject of a clause introduced by
``clauses.protest_cause_marks`` ("when", "after") that hangs on the protest's verb, or on the
verb a protest noun is the subject of ("the protests began ... when"), when that subject is an
actor of the state: a person or body of a sector of ``clauses.protest_cause_sectors`` (a
government, a head of state, a court, the police) or a country named as such (not "the
country ran out of money"), and of the
protesters' own country when they have one. A private person's act ("after a fishmonger was
crushed") sets no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.record import Actor
from dateline.stages.actor_named_people import DICTIONARY_SOURCES
from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState
from dateline.stages.syntax import words

PROTEST_CAUSE_RULER = "events.args.protest-cause-ruler.v2"
#: Dependencies of a clause that tells when or after what something happened.
CAUSE_CLAUSES = frozenset({"advcl"})


def protest_cause_ruler(args: Args, token: Token, entry_type: str, mode: str | None,
                        state: DocState) -> None:
    """The ruler whose act set a protest off as its target."""
    if entry_type != "PROTEST" or args.target or mode in words("state_protest_skipped_modes"):
        return
    home = _source_countries(args.source, state)
    for subject in _cause_subjects(token):
        actor = _ruler(subject, state)
        if actor is None or actor.id in args.source:
            continue
        if home and actor.country not in home:
            continue
        args.target = [actor.id]
        args.rules.append(PROTEST_CAUSE_RULER)
        return


def _cause_subjects(token: Token) -> list[Token]:
    """The subjects of the "when"/"after" clauses on the protest's verb."""
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "NOUN" \
        else token
    marks = words("protest_cause_marks")
    found = []
    for clause in verb.children:
        if clause.dep_ not in CAUSE_CLAUSES or clause.i < verb.i:
            continue
        if not any(m.dep_ in {"mark", "advmod"} and m.lower_ in marks for m in clause.children):
            continue
        found += [c for c in clause.children if c.dep_ == "nsubj"]
    return found


def _ruler(subject: Token, state: DocState) -> Actor | None:
    """The actor of the state that ``subject`` names, if any."""
    mention = state.mention_at(subject.i)
    actor = state.actor(mention.actor_id) if mention is not None else None
    if actor is None or not actor.country:
        return None
    if actor.kind == "country":  # named: "the country ran out of money" is no ruler's act
        return actor if subject.pos_ == "PROPN" else None
    if (actor.sector or "") in words("protest_cause_sectors"):
        return actor
    # v2 (wave 107): a ruler the dictionaries list as out of office by the story's date acted
    # while in it ("The protests began in April when Serzh Sargsyan moved to become prime
    # minister", told in May)
    return actor if actor.kind == "person" and actor.sector == "ELI" \
        and actor.source in DICTIONARY_SOURCES else None


def _source_countries(source: list[str], state: DocState) -> set[str]:
    return {a.country for i in source if (a := state.actor(i)) is not None and a.country}
