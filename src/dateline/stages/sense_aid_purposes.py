"""Sense check on the aim of forces sent (wave 77, ev77b; issue 11, rounds 41-45 judges).

"sent troops to prop up Kabila's government", "troops were deployed to shore up the regime":
forces sent to hold up another party's rule are military assistance (PLOVER AID, CAMEO 074), not
a state moving its forces against a rival (``events.sense.forces-sent-to-prop-up.v1``, its verbs
in senses.yaml). ``subjectless_clause`` (senses.py) sees only complements; the aim of a sending
is an adverbial clause of the verb or a clause on its object.

- ``purpose_verb``: a to-infinitive with no subject of its own, under the token (an adverbial
  clause or a complement) or under its direct object or passive subject ("troops to prop up"),
  is headed by one of ``words``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from dateline.stages.syntax import SUBJECTS

#: Clauses that can state an aim.
AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
#: The token's own patients, whose clauses can state the aim too.
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def _to_infinitive(clause: Token) -> bool:
    children = list(clause.children)
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and not any(c.dep_ in SUBJECTS for c in children))


def purpose_verb(token: Token, words: frozenset[str]) -> bool:
    hosts = [token, *(c for c in token.children if c.dep_ in PATIENT_DEPS)]
    return any(c.dep_ in AIM_DEPS and c.lemma_.lower() in words and _to_infinitive(c)
               for host in hosts for c in host.children)


AID_PURPOSE_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "purpose_verb": lambda t, e, s, words: purpose_verb(t, words),
}
