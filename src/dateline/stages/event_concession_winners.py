"""To whom a defeat is conceded (wave 102, ev102g; issue 11).

Blind judges of rounds 50, 63, 66 and 72 scored the target of a concession wrong where the
sentence names the winner: "Pinera conceded within hours and telephoned Bachelet to
congratulate her", "Massa conceded ..., saying he had called Milei to congratulate him",
"Diouf conceded defeat on Monday in a presidential run-off against his long-time rival
Abdoulaye Wade". A concession goes to the rival who won.

``events.args.concession-winner.v2``: a CONCEDE event with no target takes, in this order,
the party its sentence congratulates in a clause joined to the concession (a verb of
``clauses.greeting_verbs`` in the trigger's own subtree or coordinated with it: its direct
object's actor, a pronoun as the actors stage resolved it), else the party of an "against"
phrase inside the concession's clause ("a run-off against his rival X"), else (v3) the party of
a "to" phrase on the concession, on its object or on a contest it names
(``clauses.concession_contest_nouns``: "conceded defeat in Sunday's run-off to Jakov
Milatovic"; not "conceded in a speech to supporters"). Never the conceder itself, never a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.state import DocState
from dateline.stages.syntax import words

__all__ = ["CONCESSION_WINNER_RULE", "concession_winner"]

#: v2 (wave 106, ev106f; judged round 87: "congratulating his rival Ibrahim Boubacar Keita"
#: left empty): also the name in apposition to the congratulated object ("his rival X").
#: v3 (session 109; judged rounds 65-106: "conceded defeat in Sunday's presidential run-off to
#: Jakov Milatovic" left empty): also the party of a "to" phrase of the concession.
CONCESSION_WINNER_RULE = "events.args.concession-winner.v3"

#: Actor kinds that can win a contest.
WINNER_KINDS = frozenset({"person", "organization", "group"})


def concession_winner(args: Args, token: Token, entry_type: str, state: DocState) -> bool:
    """Fill an empty CONCEDE target with the winner the sentence names; True if filled."""
    if args.target or entry_type != "CONCEDE" or token.pos_ != "VERB":
        return False
    for head in [*_congratulated(token), *_opposed(token), *_conceded_to(token)]:
        winners = [m.actor_id for m in state.mentions_at(head.i)
                   if m.actor_id not in args.source and _winner(m.actor_id, state)]
        if winners:
            args.target = [winners[0]]
            args.rules.append(CONCESSION_WINNER_RULE)
            return True
    return False


def _congratulated(token: Token) -> list[Token]:
    """Direct objects of a greeting verb in the concession's subtree or its conjuncts, and the
    names in apposition to them ("his rival Ibrahim Boubacar Keita")."""
    greeting = words("greeting_verbs")
    clauses = [token, *(c for c in token.children if c.dep_ == "conj")]
    objects = [o for clause in clauses for verb in clause.subtree
               if verb.pos_ == "VERB" and verb.lemma_.lower() in greeting
               for o in verb.children if o.dep_ == "dobj"]
    return objects + [a for o in objects for a in o.children if a.dep_ == "appos"]


def _opposed(token: Token) -> list[Token]:
    """Heads of the "against" phrases in the concession's subtree, and their appositions."""
    found = [p for t in token.subtree if t.dep_ == "prep" and t.lower_ == "against"
             for p in t.children if p.dep_ == "pobj"]
    return found + [a for p in found for a in p.children if a.dep_ == "appos"]


def _conceded_to(token: Token) -> list[Token]:
    """Heads of the "to" phrases on the concession, on its object and on a contest noun of
    theirs ("conceded defeat in the run-off to X"), and their appositions."""
    contests = words("concession_contest_nouns")
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    heads += [p for h in list(heads) for prep in h.children if prep.dep_ == "prep"
              for p in prep.children
              if p.dep_ == "pobj" and p.lemma_.lower() in contests]  # not "in a speech to"
    found = [p for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "to"
             for p in prep.children if p.dep_ == "pobj"]
    return found + [a for p in found for a in p.children if a.dep_ == "appos"]


def _winner(actor_id: str, state: DocState) -> bool:
    actor = state.actor(actor_id)
    return actor is not None and actor.kind in WINNER_KINDS
