"""A protesting crowd's demands are its protest (issue 11, wave 65, ev65b).

The PLOVER codebook codes protests, including protests that make demands, as PROTEST, never
REQUEST; the blind judging of waves 62-63 (``docs/judged/pairs62``) found "protesters demanding
the resignation ..." coded REQUEST. Two rules, on a REQUEST whose trigger is a verb of
``clauses.crowd_demand_verbs`` (demand, call, urge):

- ``events.request.protest-demand-fold.v1``: the demand is a clause of a protest verb with no
  subject of its own ("occupied a ministry building, demanding ...", "protested outside the
  ministry, calling for ...", "staging protests and demanding ...") or of a protest noun ("a
  rally demanding ..."): the PROTEST event of that verb or noun already codes the act, so no
  REQUEST is made (dropped, named in the explain output);
- ``events.request.crowd-demand-protest.v1``: the one demanding is a protester noun
  (``crowds.protester_words``: protesters, demonstrators, marchers), as the subject of the
  verb or the noun a participle describes ("protesters demanding his departure", "the
  demonstrators called for ..."): the event is retyped PROTEST (mode ``demo``), its arguments
  kept.

Named groups (activists, workers, residents) that make a demand with no protest in the clause
keep their REQUEST: a petition or a letter may be one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.stages.crowds import crowd_words
from dateline.stages.event_lexicon import TriggerEntry, match
from dateline.stages.syntax import words

PROTEST_DEMAND_FOLD = "events.request.protest-demand-fold.v1"
CROWD_DEMAND_PROTEST = "events.request.crowd-demand-protest.v1"
#: Clauses that share the subject of the verb they hang on.
JOINED = frozenset({"advcl", "conj", "xcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PROTEST_CAMEO = "141"


def _demand(token: Token, entry: TriggerEntry) -> bool:
    return entry.type == "REQUEST" and token.pos_ == "VERB" \
        and token.lemma_.lower() in words("crowd_demand_verbs")


def _own_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECTS for child in token.children)


def _protest_head(head: Token) -> bool:
    """A protest verb ("protested", "marched") or a verb holding a protest noun ("staging
    protests", "held a rally")."""
    if head.pos_ == "VERB":
        if head.lemma_.lower() in words("crowd_demand_verbal_heads"):
            return False  # "condemned the protests and called for talks": words, no crowd
        found = match(head)
        if found is not None and found.type == "PROTEST":
            return True
        nouns = crowd_words().protest_nouns
        return any(child.dep_ == "dobj" and child.lower_ in nouns for child in head.children)
    return False


def protest_demand_fold(token: Token, entry: TriggerEntry) -> str | None:
    """The explain reason when the demand only restates the protest it is a clause of."""
    if not _demand(token, entry) or _own_subject(token):
        return None
    head = token.head
    if head is token:
        return None
    if token.dep_ in JOINED and _protest_head(head):
        return (f"a protest's demand is part of the protest {PROTEST_DEMAND_FOLD}: "
                f"coded by the PROTEST of {head.text!r}")
    if token.dep_ == "acl" and head.lower_ in crowd_words().protest_nouns:
        return (f"a protest's demand is part of the protest {PROTEST_DEMAND_FOLD}: "
                f"coded by the PROTEST of {head.text!r}")
    return None


def _demander(token: Token) -> Token | None:
    """The noun that makes the demand: the subject, or the noun a participle describes."""
    for child in token.children:
        if child.dep_ == "nsubj":
            return child
    if token.dep_ == "acl" and token.tag_ == "VBG":
        return token.head
    if token.dep_ in JOINED:
        return next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return None


def crowd_demand_protest(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The entry retyped PROTEST when protesters make the demand, else None."""
    if not _demand(token, entry):
        return None
    demander = _demander(token)
    if demander is None or demander.lower_ not in crowd_words().protester_words:
        return None
    return replace(entry, type="PROTEST", mode="demo", cameo=PROTEST_CAMEO)
