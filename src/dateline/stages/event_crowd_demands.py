"""A protesting crowd's demands are its protest (issue 11, wave 65, ev65b).

The PLOVER codebook codes protests, including protests that make demands, as PROTEST, never
REQUEST; the blind judging of waves 62-63 (``docs/judged/pairs62``) found "protesters demanding
the resignation ..." coded REQUEST. Two rules, on a REQUEST whose trigger is a verb of
``clauses.crowd_demand_verbs`` (demand, call, urge):

- ``events.request.protest-demand-fold.v1``: the demand is a clause of a protest verb with no
  subject of its own ("occupied a ministry building, demanding ...", "protested outside the
  ministry, calling for ...", "staging protests and demanding ...") or of a protest noun ("a
  rally demanding ..."): the PROTEST event of that verb or noun already codes the act, so no
  REQUEST is made (dropped, named in the explain output);
- ``events.request.crowd-demand-protest.v1``: the one demanding is a protester noun
  (``crowds.protester_words``: protesters, demonstrators, marchers), as the subject of the
  verb or the noun a participle describes ("protesters demanding his departure", "the
  demonstrators called for ..."): the event is retyped PROTEST (mode ``demo``), its arguments
  kept.

Named groups (activists, workers, residents) that make a demand with no protest in the clause
keep their REQUEST: a petition or a letter may be one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.stages.crowds import CROWD_STATE_RULE, STATE_WORDS, crowd_words
from dateline.stages.event_aims import DEMAND_CLAUSE, _demanded_party
from dateline.stages.event_arg_actors import Args
from dateline.stages.event_group_protests import GROUP_PROTEST_STATE
from dateline.stages.event_lexicon import TriggerEntry, match
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

PROTEST_DEMAND_FOLD = "events.request.protest-demand-fold.v1"
CROWD_DEMAND_PROTEST = "events.request.crowd-demand-protest.v1"
#: Clauses that share the subject of the verb they hang on.
JOINED = frozenset({"advcl", "conj", "xcomp"})
PROTEST_CAMEO = "141"
#: ev66c: a retyped crowd demand keeps the party its demanded clause asks to act.
DEMAND_OWN_TARGET = "events.request.crowd-demand-own-target.v1"
#: ev66c: "rejected calls for him to quit" answers the crowd's demand retyped PROTEST.
REJECTED_CROWD_DEMAND = "events.args.rejected-crowd-demand.v1"
#: The rules that give a crowd protest the state of its country as the target.
STATE_TARGET_RULES = frozenset({CROWD_STATE_RULE, GROUP_PROTEST_STATE})


def _demand(token: Token, entry: TriggerEntry) -> bool:
    return entry.type == "REQUEST" and token.pos_ == "VERB" \
        and token.lemma_.lower() in words("crowd_demand_verbs")


def _own_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECTS for child in token.children)


def _protest_head(head: Token) -> bool:
    """A protest verb ("protested", "marched") or a verb holding a protest noun ("staging
    protests", "held a rally")."""
    if head.pos_ == "VERB":
        if head.lemma_.lower() in words("crowd_demand_verbal_heads"):
            return False  # "condemned the protests and called for talks": words, no crowd
        found = match(head)
        if found is not None and found.type == "PROTEST":
            return True
        nouns = crowd_words().protest_nouns
        return any(child.dep_ == "dobj" and child.lower_ in nouns for child in head.children)
    return False


def protest_demand_fold(token: Token, entry: TriggerEntry) -> str | None:
    """The explain reason when the demand only restates the protest it is a clause of."""
    if not _demand(token, entry) or _own_subject(token):
        return None
    head = token.head
    if head is token:
        return None
    if token.dep_ in JOINED and _protest_head(head):
        return (f"a protest's demand is part of the protest {PROTEST_DEMAND_FOLD}: "
                f"coded by the PROTEST of {head.text!r}")
    if token.dep_ == "acl" and head.lower_ in crowd_words().protest_nouns:
        return (f"a protest's demand is part of the protest {PROTEST_DEMAND_FOLD}: "
                f"coded by the PROTEST of {head.text!r}")
    return None


def _demander(token: Token) -> Token | None:
    """The noun that makes the demand: the subject, or the noun a participle describes."""
    for child in token.children:
        if child.dep_ == "nsubj":
            return child
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return token.head
    if token.dep_ in JOINED:
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return None


def crowd_demand_protest(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The entry retyped PROTEST when protesters make the demand, else None."""
    if not _demand(token, entry):
        return None
    demander = _demander(token)
    if demander is None or demander.lower_ not in crowd_words().protester_words:
        return None
    return replace(entry, type="PROTEST", mode="demo", cameo=PROTEST_CAMEO)


def keep_demand_target(args: Args, token: Token, state: DocState) -> None:
    """``events.request.crowd-demand-own-target.v1`` (wave 66, ev66c): on a crowd demand retyped
    PROTEST, the party the demanded clause asks to act ("the protesters demanded that the
    president resign": the president) is the target, as it was the REQUEST's; the crowd state
    rules (crowd-state-target, group-protest-state) gave the state or a place of the country
    in its stead (disc 0653: Crimea for Yanukovych). Only where the clause names a party."""
    if not STATE_TARGET_RULES & set(args.rules):
        return
    named = [a for a in _demanded_party(token, "REQUEST", state)
             if a not in args.source and not _crowd_actor(a, state)]
    if not named:
        return
    args.target = named
    args.rules[:] = [r for r in args.rules if r not in STATE_TARGET_RULES]
    args.rules.extend([DEMAND_CLAUSE, DEMAND_OWN_TARGET])


def _crowd_actor(actor_id: str, state: DocState) -> bool:
    """A crowd the parse put in the clause ("..., a protester told the BBC"): not one asked;
    nor a state body ("demanded the government withdraw ..."), which the state target already
    names."""
    actor = state.actor(actor_id)
    if actor is None:
        return False
    role = (actor.role or actor.name).lower().split()
    name = actor.name.lower().split()
    crowds = crowd_words().words | crowd_words().protester_words
    return bool(role and name) and (role[-1] in crowds or name[-1] in STATE_WORDS)


def rejected_crowd_demand(args: Args, token: Token, crowd: list[str]) -> None:
    """``events.args.rejected-crowd-demand.v1`` (wave 66, ev66c): a rejection of calls or
    demands (its object a noun of ``clauses.rejected_demand_nouns``) with no target of its own
    answers the latest crowd demand the article told, retyped PROTEST: "The demonstrators
    demanded his resignation ... The president rejected calls for him to quit"; a rejection
    of anything else ("rejected the election") takes no crowd."""
    nouns = words("rejected_demand_nouns")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in token.children):
        return
    found = [a for a in crowd if a not in args.source]
    if found:
        args.target = found
        args.rules.append(REJECTED_CROWD_DEMAND)
