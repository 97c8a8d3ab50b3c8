"""The party a demanded act is done to is not whom a request asks (issue 11, wave 39, ev39e).

"Rights groups demanded the release of the journalist Amara Kone", "students demanding the
reinstatement of President Santos", "France called for the extradition of General Kagame": the
journalist, the president, the general are the act's patients or beneficiaries; the request is
addressed to whoever holds or can reinstate them, which the sentence does not name. Both blind
judges who met the shape scored the patient as target wrong (rounds 18 and 23; CONVENTIONS: no
target is right when the sentence names none). Nouns of ``clauses.demanded_patient_nouns`` only:
in "demanded the withdrawal of Russian troops" the troops are asked to act and stay the target.

``events.args.demanded-patient.v1`` drops such a party from a REQUEST's targets.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.stages.event_arg_actors import Args, actors_named_at, conjuncts
from dateline.stages.state import DocState
from dateline.stages.syntax import words

DEMANDED_PATIENT = "events.args.demanded-patient.v1"
#: The prepositions that hold what a request asks for: "called for the release", "a demand for".
ASKED_FOR_PREPS = frozenset({"for"})


def drop_demanded_patients(args: Args, token: Token, entry_type: str, state: DocState) -> None:
    """Drop from a request's targets the parties named as the patient of the act it asks for."""
    if entry_type != "REQUEST" or not args.target:
        return
    patients = set(actors_named_at(_patient_words(token), state))
    kept = [a for a in args.target if a not in patients]
    if len(kept) < len(args.target):
        args.target = kept
        args.rules.append(DEMANDED_PATIENT)


def _patient_words(token: Token) -> list[Token]:
    """The words of the "of" phrases and possessors of the demanded act nouns; not a pronoun
    in them ("the release of its prisoners": "its" is the holder, maybe the one asked)."""
    found: list[Token] = []
    for noun in _asked_acts(token):
        for child in noun.children:
            if child.dep_ == "poss":
                found += party_phrase(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                found += [t for p in child.children if p.dep_ == "pobj" for t in party_phrase(p)]
    return [t for t in found if t.pos_ != "PRON"]


#: Clauses and phrases inside a patient's noun phrase that name other parties ("a prisoner held
#: in the Congo": the Congo holds him, and may well be the one asked).
OTHER_PARTY_DEPS = frozenset({"acl", "relcl", "prep"})


def party_phrase(noun: Token) -> list[Token]:
    """``noun`` with its modifiers, appositions and conjuncts, less ``OTHER_PARTY_DEPS``."""
    found = [noun]
    for child in noun.children:
        if child.dep_ not in OTHER_PARTY_DEPS:
            found += party_phrase(child)
    return found


def _asked_acts(token: Token) -> list[Token]:
    """The act nouns of ``clauses.demanded_patient_nouns`` a request asks for."""
    nouns = words("demanded_patient_nouns")
    return [n for n in asked_nouns(token) if n.lemma_.lower() in nouns]


def asked_nouns(token: Token) -> list[Token]:
    """The nouns a request asks for: its object, or its "for" phrase ("called for"), with
    their conjuncts."""
    heads = [c for c in token.children if c.dep_ == "dobj"]
    heads += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ASKED_FOR_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return [n for h in heads for n in [h, *conjuncts(h)]]
