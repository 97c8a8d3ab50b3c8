"""Whom a blame lays an act on (session 116; issue 11).

"a failed coup attempt, which the government blames on U.S.-based cleric Fethullah Gulen", "a
raid that New Delhi also blamed on Jaish-e-Mohammad", "an attack the authorities later blamed
on a former security chief": told in a relative clause on the act, the blame's object is the
act itself (a relative pronoun, or nothing), and the party blamed stands only in its "on"
phrase. On the judged items of rounds 41-144 the rule fills three targets the judges had
called wrong as empty, and changes none they accepted.

``events.args.blamed-on.v1``: an accusation by a verb of ``clauses.blame_on_verbs`` with no
target takes the actors its "on" phrase names, through "of" ("members of Dillo's party") and
conjuncts, but not a clause inside it. No actor there ("blamed the defeat on money"): no
target still.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at
from dateline.stages.state import DocState
from dateline.stages.syntax import words

BLAMED_ON = "events.args.blamed-on.v1"
#: Dependents of a blamed noun that still name it ("members of X", "X and Y"), not a clause.
#: A possessor is not the party blamed ("members of Dillo's party": the party, not Dillo).
NAMING_DEPS = frozenset({"compound", "amod", "prep", "pobj", "conj", "cc", "appos", "nmod",
                         "det", "punct"})


def blamed_on_target(args: Args, token: Token, event_type: str, state: DocState) -> None:
    """Give a blame with no target the party its "on" phrase names (module docstring)."""
    if args.target or event_type != "ACCUSE" or token.pos_ != "VERB" \
            or token.lemma_.lower() not in words("blame_on_verbs"):
        return
    blamed = [a for a in actors_named_at(_on_phrase(token), state) if a not in args.source]
    if blamed:
        args.target = blamed
        args.rules.append(BLAMED_ON)


def _on_phrase(verb: Token) -> list[Token]:
    """The words of the "on" phrases on ``verb``: their objects and what names them."""
    objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
               for p in c.children if p.dep_ == "pobj"]
    found: list[Token] = []
    while objects:
        word = objects.pop()
        found.append(word)
        objects += [c for c in word.children if c.dep_ in NAMING_DEPS
                    and (c.dep_ != "prep" or c.lower_ == "of")]
    return found
