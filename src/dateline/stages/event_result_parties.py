"""Parties hurt by a violent act that the sentence names outside the act's own slots (issue
11, wave 51, ev51e). Each rule fills an empty target only, and takes a party only (an actor at
the word, or a common noun of people or bodies as a group actor), never a thing or a place.

- ``events.args.result-party.v1``: "bombed four houses, leaving four civilians injured",
  "those attacks left four Americans dead", "a crackdown that left hundreds of people dead":
  the object of a result clause of ``clauses.harm_result_verb`` whose result word
  (``clauses.harm_result_words``) says it was hurt, joined to the act as a subjectless
  participle, or with the nominal act as its subject or relative subject. Not "leaving the
  city in ruins" (no harm word) nor "left without a deal" (no object).
- ``events.args.raised-patient.v1``: "some two dozen people are reported to have been killed":
  the subject of a raising verb (``clauses.raising_verbs``, as ``raised-act-doer.v1`` reads
  them) is the patient of the passive
  infinitive it raises; "are reported to have attacked" (active) keeps it the source.
- ``events.args.modified-party.v1``: "the man attacked by unidentified gunmen": the noun a
  passive participle with a "by" phrase modifies is its patient, as ``participle-patient.v1``
  reads for actors, now also for a common noun of people or bodies (not "a dozen mortar
  shells fired by militants": a counted thing is no party).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args
from dateline.stages.event_hit_parties import HIT_TYPES, party_actors
from dateline.stages.event_lexicon import match, through_quantity
from dateline.stages.state import DocState
from dateline.stages.syntax import SUBJECTS, words

RESULT_PARTY = "events.args.result-party.v1"
RAISED_PATIENT = "events.args.raised-patient.v1"
MODIFIED_PARTY = "events.args.modified-party.v1"
#: Where a result clause's harm word hangs: on the clause ("leaving two dead") or on its
#: object ("leaving four civilians injured" parses "injured" as the object's modifier).
HARM_DEPS = frozenset({"oprd", "acomp", "amod", "acl", "xcomp", "ccomp"})


def result_party_targets(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Fill an empty ASSAULT/COERCE target with the harmed a result clause of the act names."""
    if args.target or entry_type not in HIT_TYPES or _symmetric(token):
        return
    harmed = [o for verb in _result_clauses(token) for o in _harmed_objects(verb)]
    found = [a for a in dict.fromkeys(party_actors(harmed, state, RESULT_PARTY))
             if a not in args.source]
    if found:
        args.target = found
        args.rules.append(RESULT_PARTY)


def _symmetric(token: Token) -> bool:
    """"clashes between supporters and opponents left 50 people dead": both sides fight each
    other, and whom the clash kills is no side of it (disc: the toll replaced the two sides)."""
    entry = match(token)
    return entry is not None and entry.symmetric


def _result_clauses(token: Token) -> list[Token]:
    """The "leave" clauses that tell what the act did: a subjectless participle on a verb
    trigger; for a nominal act, the verb it is the subject of, or its relative clause."""
    leave = words("harm_result_verb")
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                and c.lemma_.lower() in leave
                and not any(s.dep_ in SUBJECTS for s in c.children)]
    if token.pos_ != "NOUN":
        return []
    relatives = words("relative_subject_words")
    found = [c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in leave
             and any(s.dep_ == "nsubj" and s.lower_ in relatives for s in c.children)]
    if token.dep_ == "nsubj" and token.head.i != token.i \
            and token.head.lemma_.lower() in leave:
        found.append(token.head)  # "those attacks left four Americans dead"
    return found


def _harmed_objects(verb: Token) -> list[Token]:
    """The objects of a "leave" clause that its harm word says were hurt."""
    harm = words("harm_result_words")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [o for o in objects if any(c.dep_ in HARM_DEPS and c.lower_ in harm and c.i > o.i
                                      for c in [*o.children, *verb.children])]


def raised_passive(token: Token) -> bool:
    """"are reported to have been killed": a passive infinitive a raising verb governs."""
    own = {c.dep_ for c in token.children}
    return token.tag_ == "VBN" and token.dep_ == "xcomp" and token.head.i != token.i \
        and "auxpass" in own and not own & SUBJECTS \
        and token.head.lemma_.lower() in words("raising_verbs")


def raised_agentless(token: Token) -> bool:
    """A raised passive with no "by" phrase is force told without an agent, as "were killed"
    is: the political gate lets it stand with the unnamed party it names (RAISED_PATIENT)."""
    return raised_passive(token) and not any(c.dep_ == "agent" for c in token.children)


def embedded_patient_heads(token: Token) -> tuple[list[Token], str | None]:
    """The patient a passive trigger has outside its own clause, with the rule that reads it:
    the raising verb's subject, or the noun the participle modifies."""
    head = token.head
    if raised_passive(token):
        return [through_quantity(c) for c in head.children
                if c.dep_ in SUBJECTS and c.pos_ == "NOUN"], RAISED_PATIENT
    if token.tag_ == "VBN" and token.dep_ == "acl" and head.pos_ == "NOUN" \
            and any(c.dep_ == "agent" for c in token.children):
        return [head], MODIFIED_PARTY
    return [], None
