"""Acts of an "after" clause still ahead of a future or conditional clause (wave 68, ev68c;
word lists ``awaited_after_marks``, ``pending_marks``, ``present_auxiliaries`` and
``perfect_present_auxiliaries`` in ``lexicon/clauses.yaml``).

"Ecuador will sign the accord after Iran's president visits Quito", "will stop picketing after
they have agreed", "will continue after the package is approved", "plans to sign after the envoy
visits", "would withdraw until the treaty has been ratified": a present, present perfect or
present passive clause under "after" (or a present perfect under "until/before/once", which the
older pending rules leave to the perfect) whose head clause is future or hypothetical tells an
act that has not happened yet. It takes the head's modality
(events.modality.awaited-sequel.v1). Left alone: a past clause ("will withdraw after the EU
dropped its objections": the dropping happened), a head told in the past or present ("signed
after the president visited", "whenever talks stall, X threatens"), gerunds ("after being
attacked"), and clauses with a modal or negated auxiliary.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.record import Modality
from dateline.stages.modality_awaited import PAST_HEAD_AUXILIARIES
from dateline.stages.syntax import words

AWAITED_SEQUEL_RULE = "events.modality.awaited-sequel.v1"

#: Head modalities the "after" clause takes over.
_AHEAD = frozenset({"future", "hypothetical"})


def awaited_sequel(verb: Token, modality_of: Callable[[Token], Modality]) -> Modality | None:
    """The head's modality when ``verb`` (the clause verb of an event) is a present, present
    perfect or present passive clause under "after" (or a perfect under a pending mark) whose
    head is future or hypothetical; None otherwise."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    after = bool(marks & words("awaited_after_marks"))
    if not after and not marks & words("pending_marks"):
        return None
    if not _present_form(verb, perfect_only=not after):
        return None
    head = verb.head
    head_aux = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    if head.tag_ == "VBD" or head_aux & PAST_HEAD_AUXILIARIES:
        return None
    told = modality_of(head)
    return told if told in _AHEAD else None


def _present_form(verb: Token, perfect_only: bool) -> bool:
    """"visits", "have agreed", "is approved", "has been ratified": no past, modal or negated
    form. With ``perfect_only`` just the perfect ones."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    passive = [c.lower_ for c in verb.children if c.dep_ == "auxpass"]
    if aux:
        if len(aux) != 1 or aux[0] not in words("perfect_present_auxiliaries"):
            return False  # "after it had agreed", "after it can", "after it does not"
        return verb.tag_ == "VBN" and passive in ([], ["been"])
    if perfect_only:
        return False
    if passive:
        return verb.tag_ == "VBN" and len(passive) == 1 \
            and passive[0] in words("present_auxiliaries")
    return verb.tag_ in {"VBZ", "VBP"}
