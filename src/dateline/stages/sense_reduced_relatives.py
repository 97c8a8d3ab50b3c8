"""A past participle the parser made a sentence's main verb describes its subject (wave 106).

"Russian peacekeepers deployed in the enclave since 2020 did not intervene": the small model
parses "deployed" as the root, with "did not intervene" hung under it, so the deployment read
as an act of the sentence (judged round 86: no event, twice). A past participle with no
auxiliary of its own, with a subject, and with a clause under it that carries a finite
auxiliary ("did", "had", "would") and no subject of its own but a misread number, is a reduced
relative: the clause under it is the sentence's act, and the participle only describes who
does it (the sense condition ``reduced_relative``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

__all__ = ["REDUCED_RELATIVE_CHECKS", "reduced_relative"]

#: Auxiliaries that make a clause finite on their own.
FINITE_AUXILIARIES = frozenset({"did", "does", "do", "had", "has", "have", "was", "were", "is",
                                "are", "will", "would", "could", "can", "should", "may",
                                "might", "must"})
#: Clauses the parser hangs the real main verb on the participle by.
HUNG_CLAUSES = frozenset({"ccomp", "advcl", "conj", "xcomp"})


def reduced_relative(token: Token) -> bool:
    """The token is a bare past participle heading a subject and a finite clause (module doc)."""
    if token.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    return any(_finite_subjectless(c) for c in token.children if c.dep_ in HUNG_CLAUSES)


def _finite_subjectless(clause: Token) -> bool:
    finite = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FINITE_AUXILIARIES
                 for c in clause.children)
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return finite and all(s.tag_ == "CD" for s in subjects)


REDUCED_RELATIVE_CHECKS: dict[str, Callable[[Token, Any, Any, Any], bool]] = {
    "reduced_relative": lambda t, e, s, wanted: reduced_relative(t) == wanted,
}
