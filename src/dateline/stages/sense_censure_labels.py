"""Sense check for a label inside a censure (wave 71, ev71d; issue 11, dev news).

"condemned what she called a vile attack", "denounced what he called false accusations",
"criticised the decision, calling it illegal": the verb of calling names how the speaker sees
what the censure verb is aimed at; it is the same statement, coded once from the censure verb
(ACCUSE). A second ACCUSE from "called" (``events.sense.call-it-false.v1``) is a duplicate
(``events.sense.censure-label.v1``):

- ``censure_label``: the token is the clause ("what she called ...", ccomp) or the participle
  ("calling it ...", advcl) of a verb of ``words`` (``senses.yaml`` class ``censure_verbs``).
  A label joined by "and" ("condemned the raid and called it a crime") or hung on another verb
  ("welcomed what he called a historic deal") is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

#: The dependencies of a label on the censure verb it restates.
LABEL_DEPS = frozenset({"ccomp", "advcl"})


def censure_label(token: Token, words: frozenset[str]) -> bool:
    head = token.head
    if head.i == token.i or token.dep_ not in LABEL_DEPS:
        return False
    return head.lemma_.lower() in words or head.lower_ in words


CENSURE_LABEL_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "censure_label": lambda t, e, s, words: censure_label(t, words),
}
