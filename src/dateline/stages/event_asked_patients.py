"""A request's target is the party asked, not the party the asked act is done to (issue 11,
wave 72, ev72a; round 43 judges).

"The bloc demanded that the ousted president be reinstated", "the cabinet ordered that the
port officials be placed under arrest", "called for the authorities to be held to account":
the subject of a passive clause under the verb of asking is the patient of the act asked for;
whoever is to reinstate, arrest or hold them to account is the addressee, and the sentence
leaves them unnamed. "Called for an inquiry into the leader's death": the dead leader is what
the inquiry is about. "Called for an end to outside support for the rebels": the rebels are
helped by the backers who are asked to stop. Judged, no target is right in each.

- ``events.args.passive-asked.v1`` drops from a REQUEST's targets the subject of a passive
  clause (``nsubjpass``) that is a complement of the trigger and brings its own subject with
  "that" or "for" ("demanded that X be freed", "called for X to be tried"); an active clause
  keeps its subject ("demanded that X resign"), and so does object control ("ordered X to be
  detained": X is named as the one the order is about, kept as before).
- ``events.args.inquiry-subject.v1`` drops the party whose death or disappearance (a noun of
  ``clauses.inquiry_victim_nouns``) an inquiry of ``clauses.inquiry_nouns`` that the request asks
  for is into ("an investigation into X's death"); a party whose conduct it examines stays.
- ``events.args.aid-recipient.v1`` drops the party a noun of ``clauses.asked_aid_nouns`` is
  for or to ("an end to support for the rebels"); the aid's own possessor ("an end to
  Iran's support") stays: it is the one asked to stop.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at
from dateline.stages.event_demanded_patients import asked_nouns, party_phrase
from dateline.stages.state import DocState
from dateline.stages.syntax import words

PASSIVE_ASKED = "events.args.passive-asked.v1"
INQUIRY_SUBJECT = "events.args.inquiry-subject.v1"
AID_RECIPIENT = "events.args.aid-recipient.v1"
ASKED_PATIENT_RULES = frozenset({PASSIVE_ASKED, INQUIRY_SUBJECT, AID_RECIPIENT})
#: Clauses of a verb of asking that hold the act asked for.
ASKED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
#: Prepositions that name whom aid goes to ("support for the rebels", "arms to the militia").
AID_PARTY_PREPS = frozenset({"for", "to"})


def drop_asked_patients(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Drop from a request's targets the patients of the act it asks for (module doc)."""
    if entry_type != "REQUEST" or not args.target:
        return
    _drop(args, _passive_subjects(token), PASSIVE_ASKED, state)
    nouns = _asked_nouns(token)
    inquiries = [n for n in nouns if n.lemma_.lower() in words("inquiry_nouns")]
    _drop(args, [t for n in inquiries for t in _victims(n)], INQUIRY_SUBJECT, state)
    _drop(args, _aid_parties(nouns), AID_RECIPIENT, state)


def dropped_asked_patient(rules: list[str]) -> bool:
    """The request stands with no target when these rules removed its candidates: the act
    asked for is told, and the party asked is unnamed (no target rather than no event)."""
    return bool(ASKED_PATIENT_RULES & set(rules))


def _drop(args: Args, found: list[Token], rule: str, state: DocState) -> None:
    if not found or not args.target:
        return
    patients = set(actors_named_at([t for t in found if t.pos_ != "PRON"], state))
    kept = [a for a in args.target if a not in patients]
    if len(kept) < len(args.target):
        args.target = kept
        args.rules.append(rule)


def _passive_subjects(token: Token) -> list[Token]:
    """Subjects of passive clauses under ``token`` ("demanded that X be reinstated")."""
    found: list[Token] = []
    for clause in token.children:
        if clause.dep_ not in ASKED_CLAUSE_DEPS or clause.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in clause.children:
            if subject.dep_ == "nsubjpass" and _introduced(clause, subject):
                found += party_phrase(subject)
    return found


def _introduced(clause: Token, subject: Token) -> bool:
    """A passive clause with its own subject: "that X be freed", "X be tried" or "for X to be
    tried". Not "ordered the journalist to be detained" (object control: the one ordered is
    named) nor a misparse ("pleaded before Congress to be granted aid": Congress is no
    subject)."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    finite = clause.dep_ == "ccomp" and not any(c.lower_ == "to" for c in clause.children
                                                 if c.dep_ == "aux")  # "demanded X be tried"
    start = subject.left_edge.i
    return marked or finite or (start > 0 and subject.doc[start - 1].lower_ == "for")


def _asked_nouns(token: Token) -> list[Token]:
    """The act nouns a request asks for (object or "for" phrase) and what "an end to" names."""
    nouns = asked_nouns(token)
    nouns += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]  # "an end to support for the rebels"
    return nouns


def _aid_parties(nouns: list[Token]) -> list[Token]:
    found: list[Token] = []
    for noun in nouns:
        if noun.lemma_.lower() not in words("asked_aid_nouns"):
            continue
        found += [t for c in noun.children if c.dep_ == "prep" and c.lower_ in AID_PARTY_PREPS
                  for p in c.children if p.dep_ == "pobj" for t in party_phrase(p)]
    return found


def _victims(inquiry: Token) -> list[Token]:
    """The parties an inquiry's death or disappearance is about ("an investigation into the
    circumstances of X's death": X), the possessor or "of" party of a noun of
    ``clauses.inquiry_victim_nouns`` in the inquiry's phrases. "An inquiry into Japan's wartime
    record" names the party whose conduct is examined: it stays."""
    found: list[Token] = []
    for token in inquiry.subtree:
        if token.i == inquiry.i or token.lemma_.lower() not in words("inquiry_victim_nouns"):
            continue
        found += [c for c in token.children if c.dep_ == "poss"]
        found += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    return [t for f in found for t in party_phrase(f)]
