"""Who a defeat is conceded to: the rival the same speaker congratulates (wave 106, ev106f).

"Lavin [...] conceded defeat within hours and congratulated his rival Ricardo Lagos", "Cisse
conceded defeat in Sunday's run-off, congratulating his rival Ibrahim Boubacar Keita": judged
round 87 coded both concessions with the winner as target, where dateline left them empty. A
verb of conceding (``clauses.conceding_verbs``) with no target, joined to a verb of
congratulating (``clauses.congratulating_verbs``) as its conjunct or as a participle hung on
it, with no subject of its own, takes the congratulated party as its target when that is a
named person (events.args.conceded-to-congratulated.v1). An unnamed "his rival" gives nothing
(round 85 accepted "conceded defeat [...], congratulating his rival" with no target).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_phrase_actors import targets_of
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["CONCEDED_TO_CONGRATULATED", "conceded_to_congratulated"]

CONCEDED_TO_CONGRATULATED = "events.args.conceded-to-congratulated.v1"
#: How the congratulating verb hangs on the conceding one, or it on that.
JOINING_DEPS = frozenset({"conj", "advcl"})


def conceded_to_congratulated(args: Args, token: Token, state: DocState) -> None:
    """Fill an empty target of a concession with the person its speaker congratulates."""
    if args.target or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("conceding_verbs"):
        return
    found = [a for verb in _congratulating(token) for a in _congratulated(verb, state)
             if a not in args.source]
    if found:
        args.target = list(dict.fromkeys(found))
        args.rules.append(CONCEDED_TO_CONGRATULATED)


def _congratulating(token: Token) -> list[Token]:
    """Congratulating verbs joined to ``token`` with no subject of their own."""
    congratulating = words("congratulating_verbs")
    joined = [c for c in token.children if c.dep_ in JOINING_DEPS]
    if token.dep_ in JOINING_DEPS and token.head.i != token.i:
        joined.append(token.head)
    return [v for v in joined if v.pos_ == "VERB" and v.lemma_.lower() in congratulating
            and not any(c.dep_ in SUBJECTS for c in v.children)]


def _congratulated(verb: Token, state: DocState) -> list[str]:
    """The named people the verb's object is, or names in apposition ("his rival X")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    names = objects + [c for o in objects for c in o.children
                       if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [a for a in targets_of(names, state)
            if (actor := state.actor(a)) is not None and actor.kind == "person"]
