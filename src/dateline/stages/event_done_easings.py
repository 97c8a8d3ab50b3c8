"""An easing of restrictions told as done is a material retreat (issue 11, wave 60, ev60a).

The PLOVER codebook keeps CONCEDE for verbal concessions with no immediate material
consequence ("make a promise of future easing administrative or legal restrictions on persons
and organizations"); an easing that has taken effect is RETREAT ("RETREAT covers any events ...
which have immediate (not simply promised) material consequences"). The lexicon codes lifting,
easing, relaxing, removing, ending or repealing administrative restrictions (CAMEO 081,
``concede.*-restrictions``) CONCEDE; a future one is a promise and stays so. Told as done,
by a finite verb of its own clause that is asserted ("China eased administrative restrictions on
civil society groups Wednesday", "the government lifted a blanket prohibition on local
groups", "the government is easing rules that limited the press"), it is RETREAT
(events.retreat.done-easing.v1; round 37 judges: an easing already in effect coded CONCEDE).

Not an easing told by a verb that is not finite or hangs under another act ("voted to lift the
restrictions", "is moving to end the ban", "discussed lifting restrictions", "agreed to remove
them"), nor one told as future, hypothetical, negated or reported (the modality stage), nor a
nominal ("the lifting of restrictions").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.stages.event_lexicon import TriggerEntry
from dateline.stages.syntax import words

__all__ = ["DONE_EASING_RULE", "done_easing"]

DONE_EASING_RULE = "events.retreat.done-easing.v1"
#: Tags of a finite verb, or of a participle that an auxiliary makes finite.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
#: Clause relations of a verb told as its own act (a main clause, a clause of what is said,
#: an adverbial or relative clause); an infinitive, a gerund object or a clausal subject is
#: told under another act.
OWN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis"})


def done_easing(token: Token, entry: TriggerEntry, modality: str) -> TriggerEntry | None:
    """The RETREAT of a CONCEDE easing (``clauses.easing_concession_cameos``, verbs of
    ``clauses.done_easing_verbs``) told as done by an asserted finite verb of its own clause
    (module docstring); else None."""
    if entry.type != "CONCEDE" or modality != "asserted" or token.pos_ != "VERB":
        return None
    if entry.cameo not in words("easing_concession_cameos") \
            or token.lemma_.lower() not in words("done_easing_verbs"):
        return None
    if not _finite(token) or not _own_clause(token):
        return None
    return replace(entry, type="RETREAT", mode=None)


def _finite(verb: Token) -> bool:
    """"eased", "eases", "has eased", "is easing", "were lifted": no "to", no modal."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ == "to" or a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ in PARTICIPLE_TAGS and any(a.tag_ in FINITE_TAGS for a in aux)


def _own_clause(verb: Token) -> bool:
    """The verb, or the first of the conjuncts it is one of, heads a clause of its own."""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.dep_ in OWN_CLAUSE_DEPS  # "agreed to lift X and ease Y": under the frame
