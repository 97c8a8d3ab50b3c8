"""Victims read as doers in passives that are no plain "X was killed by Y" (wave 79, ev79a).

- ``events.args.reported-participle-patient.v1``: "Hospital sources reported two protesters
  killed", "police found three activists beaten", "he saw his brother arrested": spaCy reads the
  noun before a bare past participle completing a verb of report, sight or finding
  (``clauses.small_clause_report_verbs``) as that participle's active subject, so the victims
  became the killers. A participle with no auxiliary, object, marker or clause of its own there
  tells what was done to the noun: it is the target; the participle's own "by" phrase is the
  source, else there is none. Only for acts done to someone (``AFFECTED_TYPES``), whose verb
  cannot stand without an object: "witnesses said militiamen fired on protesters" (a past
  tense the tagger read as a participle, under a verb of saying) stays active. Under a verb of
  sight or finding (``clauses.perception_verbs``) a past tense is read as the participle too
  ("neighbours saw the leader arrested": spaCy tags it VBD); not under a verb of report
  ("reported rebels attacked" may be the rebels' act).
- ``events.args.conjoined-passive-chain.v1``: "the president went to the barracks but was
  jostled and hit by tear gas": a bare participle coordinated with a passive that itself has
  no subject and shares an active verb's (``conjoined-passive.v1``) acts on that subject too,
  which is no doer; the chain's own "by" phrase is the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_args import AFFECTED_TYPES
from dateline.stages.event_lexicon import match
from dateline.stages.event_targets import (
    CONJOINED_PASSIVE_CHAIN,
    REPORTED_PARTICIPLE_PATIENT,
    conjoined_passive,
)
from dateline.stages.syntax import SUBJECTS, words

__all__ = ["CONJOINED_PASSIVE_CHAIN", "REPORTED_PARTICIPLE_PATIENT", "conjoined_passive_chain",
           "reported_participle_patient"]

#: Children that give a participle a clause of its own (then it is no bare passive).
OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "dobj", "mark", "dative", "prt"})


def _done_to_someone(token: Token) -> bool:
    entry = match(token)
    return entry is not None and entry.type in AFFECTED_TYPES


def reported_participle_patient(token: Token, frame: Token) -> bool:
    """The trigger is a bare past participle completing a verb of report, sight or finding,
    with its own active subject (the noun acted on): ``REPORTED_PARTICIPLE_PATIENT``."""
    head = token.head
    participle = token.tag_ == "VBN" or (  # "saw Haddad arrested": the tagger's past tense
        token.tag_ == "VBD" and head.lemma_.lower() in words("perception_verbs"))
    return participle and token.dep_ in {"ccomp", "xcomp", "oprd"} \
        and frame.i == token.i and head.i != token.i and head.pos_ == "VERB" \
        and head.lemma_.lower() in words("small_clause_report_verbs") \
        and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in token.children) \
        and not any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children) \
        and _done_to_someone(token)


def conjoined_passive_chain(token: Token, frame: Token) -> bool:
    """The trigger is a bare participle coordinated with a subjectless passive that shares an
    active verb's subject: ``CONJOINED_PASSIVE_CHAIN``."""
    middle = token.head
    return token.tag_ == "VBN" and token.dep_ == "conj" and middle.i != token.i \
        and frame.i == middle.head.i != middle.i \
        and not any(c.dep_ in {*OWN_CLAUSE_DEPS, *SUBJECTS} for c in token.children) \
        and conjoined_passive(middle, frame) and _done_to_someone(token)
