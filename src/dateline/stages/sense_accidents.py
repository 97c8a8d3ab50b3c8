"""Sense checks on a death or an injury whose cause is an accident (wave 61, ev61b; issue 11).

"two firefighters were killed in a fire at a warehouse", "three sailors were hurt in a mishap
aboard the ship", "soldiers were killed during a training drill": the prepositional phrase
names what caused the harm, a fire or a mishap, and no one did it; a coder codes no ASSAULT
(round 37-38 judges: deaths in a traffic accident, at a training camp in a story of military
mishaps, are no event). ``sense.killed-in-accident.v1`` already reads crashes, storms and
floods; these checks add the causes that are mostly but not always accidents, with guards.

- ``accident_cause``: a preposition of the token ("in", "during", "from") has as object (or
  as a conjunct of its object) a noun of ``words``; the token has no agent ("by rebels") and no
  subject of an active clause ("militants killed five in a fire" tells who).
  No such cause noun carries a word of the sense class ``armed_cause_words`` in front, or an
  agent behind ("rocket fire", "sniper fire", "an arson fire", "a fire set by militants"): fire
  that is shot, or a blaze someone started, is an attack and keeps its ASSAULT. The drop is
  ``events.sense.accident-death.v1``.
- ``when_cause``: "four people were killed when a fire broke out", also when the clause hangs
  on a verb joined to the token ("killed and dozens wounded when ..."): a cause noun that breaks
  out, spreads or sweeps through (``events.sense.killed-when-fire.v1``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: Prepositions that name the cause or the setting of a death ("in a fire", "during a drill").
CAUSE_PREPS = frozenset({"in", "during", "from"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _causes(token: Token, words: frozenset[str]) -> list[Token]:
    """The cause nouns of ``words`` that a preposition of the token takes, with conjuncts."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for head in (noun, *noun.conjuncts):
                if _lemma(head) in words or head.lower_ in words:
                    found.append(head)
    return found


def _done_by_someone(token: Token) -> bool:
    """An agent ("killed by rebels in a fire") or the subject of an active verb."""
    return any(c.dep_ in {"agent", "nsubj"} for c in token.children)


def _set_by_someone(noun: Token) -> bool:
    """"a fire set by militants", "a blaze started by protesters": a clause under the noun with
    an agent."""
    return any(c.dep_ in {"acl", "relcl"} and any(g.dep_ == "agent" for g in c.children)
               for c in noun.children)


#: Prepositions under a cause noun that tell who fired or at whom ("fire from the troops",
#: "fire between soldiers and rebels", "fire on the crowd").
PARTY_PREPS = frozenset({"from", "between", "by", "on", "at"})


def _armed(noun: Token, armed: frozenset[str]) -> bool:
    """"rocket fire", "sniper fire", "an arson blaze", "a fire set by militants", "fire from
    the troops"."""
    if any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in noun.children):
        return True
    return _set_by_someone(noun) or any(
        m.dep_ in MODIFIERS and (_lemma(m) in armed or m.lower_ in armed) for m in noun.children)


def accident_cause(token: Token, words: frozenset[str]) -> bool:
    from dateline.stages.senses import sense_classes  # the sense tables import this module

    causes = _causes(token, words)
    if not causes or _done_by_someone(token):
        return False
    armed = sense_classes().get("armed_cause_words", frozenset())
    return not any(_armed(noun, armed) for noun in causes)


def when_cause(token: Token, words: frozenset[str]) -> bool:
    """An adverbial clause under the token, or under a verb joined to it ("were killed and
    dozens wounded when a fire broke out"), is headed by a verb of ``words`` whose subject is a
    cause noun of the sense class ``accident_causes`` ("a fire broke out", "flames swept")."""
    from dateline.stages.senses import sense_classes

    causes = sense_classes().get("accident_causes", frozenset())
    armed = sense_classes().get("armed_cause_words", frozenset())
    for verb in (token, *token.conjuncts):
        for clause in verb.children:
            if clause.dep_ != "advcl" or _lemma(clause) not in words:
                continue
            if any(c.dep_ == "nsubj" and _lemma(c) in causes and not _armed(c, armed)
                   for c in clause.children):
                return True
    return False


ACCIDENT_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "accident_cause": lambda t, e, s, words: accident_cause(t, words),
    "when_cause": lambda t, e, s, words: when_cause(t, words),
}
