"""The target of a threat is the party whose act would set it off, named in the warned clause
(wave 81, ev81a; issue 11).

Blind judges (rounds 41-49) found the target of a THREATEN empty in "Iran's mission warned that
Iran's response would be considerably more severe if Israel retaliated" and "It warned that any
further step by Canada in this direction would be taken as an admission ...": the coder's target
is the party whose act the threat answers (Israel, Canada), named inside the warned clause.

- ``events.args.warned-condition-party.v1``: a threat verb (``clauses.warned_party_verbs``)
  whose own clause or warned clause has a condition ("if Israel retaliated", "unless the rebels
  withdraw", "should Ukraine join": ``clauses.warned_condition_marks`` or an inverted "should")
  is aimed at the active subject of that condition, or at the "by" agent of a passive one;
- ``events.args.warned-step-party.v1``: "warned that any further step by Canada would be ...",
  "warned that Israel's next move would ...": the subject of the warned clause is an act noun
  (``clauses.warned_step_nouns``), and its "by" phrase or possessor names the party.

Both fill an empty target only, take an actor only (never a common noun), and never the source
nor an actor of the source's own country (the warner's own side is no target of its threat).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actor_countries, actors_named_at, conjuncts
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["WARNED_CONDITION_RULE", "WARNED_STEP_RULE", "warned_party_target"]

WARNED_CONDITION_RULE = "events.args.warned-condition-party.v1"
WARNED_STEP_RULE = "events.args.warned-step-party.v1"
#: The trigger's clauses that tell the warned act or response.
_WARNED_CLAUSES = frozenset({"ccomp", "xcomp"})


def warned_party_target(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Fill an empty THREATEN target with the party of the act the threat answers."""
    if args.target or entry_type != "THREATEN" or token.pos_ != "VERB" or not args.source \
            or token.lemma_.lower() not in words("warned_party_verbs"):
        return
    clauses = [c for c in token.children if c.dep_ in _WARNED_CLAUSES and c.pos_ in {"VERB", "AUX"}]
    for rule, nouns in ((WARNED_CONDITION_RULE, _condition_parties([token, *clauses])),
                        (WARNED_STEP_RULE, _step_parties(clauses))):
        found = _others(actors_named_at([n for h in nouns for n in [h, *conjuncts(h)]], state),
                        args, state)
        if found:
            args.target = found
            args.rules.append(rule)
            return


def _condition_parties(verbs: list[Token]) -> list[Token]:
    """The active subject, or passive "by" agent, of a condition clause under ``verbs``."""
    marks = words("warned_condition_marks")
    found: list[Token] = []
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not _is_condition(clause, marks):
                continue
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            found += [p for c in clause.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
    return found


def _is_condition(clause: Token, marks: frozenset[str]) -> bool:
    """"if Israel retaliated", "unless they withdraw", "should Ukraine join" (inverted); not a
    concession ("even if neither minister seems aware": ``clauses.warned_concession_words``)."""
    if any(c.dep_ == "advmod" and c.lower_ in words("warned_concession_words")
           for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return True
    subjects = [c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.dep_ == "aux" and c.lower_ == "should" and subjects and c.i < min(subjects)
               for c in clause.children)


def _step_parties(clauses: list[Token]) -> list[Token]:
    """"any further step by Canada", "Israel's next move": the doer of the warned clause's
    subject when it is an act noun."""
    steps = words("warned_step_nouns")
    found: list[Token] = []
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.pos_ != "NOUN" or subject.lemma_.lower() not in steps:
                continue
            found += [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj"]
            found += [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return found


def _others(actors: list[str], args: Args, state: DocState) -> list[str]:
    """Not the source, and not of the source's own country."""
    own = actor_countries(args.source, state)
    return [a for a in actors if a not in args.source
            and not (actor_countries([a], state) & own)]
