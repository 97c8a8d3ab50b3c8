"""Wave 57, ev57c: vows, pledges and promises that commit no one to anything (issue 11).

- events.sense.vow-resolve.v1: a vow whose that-clause only says how things will be or go on
  ("vowed the referendum will go ahead", "promised that the inquiries would continue", "pledged
  that it would be a day of triumph") is no AGREE: no act toward a party is promised.
- events.sense.vow-endurance.v1: a vow to persevere or to prevail is a resolve, no AGREE.
- Near misses keep their reading: a that-clause of the speaker's own act ("pledged it would
  hand over the suspects"), of a joint act ("promised the talks with Tehran would continue"), a
  copula with a clause of its own ("would be ready to negotiate"), to-infinitives of real
  commitments ("promised to free the detainees", "vowed to cooperate with the inquiry"), a
  pledge of money to a state, and threats ("vowed that the army would crush the rebels").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import explain_outcome, trigger_types

RESOLVE = "events.sense.vow-resolve.v1"
ENDURANCE = "events.sense.vow-endurance.v1"


_events = trigger_types
_outcome = explain_outcome


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Lula vowed the referendum will go ahead in October.", "vowed"),
    ("The Brazilian authorities promised that the inquiries would continue.", "promised"),
    ("Prime Minister Modi pledged that it would be a day of triumph for India.", "pledged"),
    ("The Chilean president vowed that the republic would prevail.", "vowed"),
])
def test_a_resolve_clause_is_no_agreement(nlp: Any, text: str, trigger: str) -> None:
    assert all(t != trigger for t, _, _ in _events(text))
    assert RESOLVE in _outcome(text, trigger)


def test_a_vow_to_persevere_is_no_agreement(nlp: Any) -> None:
    text = "The Venezuelan opposition leader vowed to persevere."
    assert all(t != "vowed" for t, _, _ in _events(text))
    assert ENDURANCE in _outcome(text, "vowed")


@pytest.mark.parametrize(("text", "trigger"), [
    # the speaker's own act toward a party
    ("Kenya pledged it would hand over the suspects to Uganda.", "pledged"),
    # a joint act as the clause's subject
    ("The Qatari minister promised the talks with Tehran would continue.", "promised"),
    # a copula whose predicate holds a clause of its own
    ("Pyongyang vowed that it would be ready to negotiate with Seoul.", "vowed"),
    # to-infinitives of real commitments
    ("The Iranian government vowed to cooperate with the UN inquiry.", "vowed"),
    ("Japan pledged $10 million to Haiti.", "pledged"),
    ("Colombia promised to keep working with Ecuador on the border.", "promised"),
])
def test_commitments_are_kept(nlp: Any, text: str, trigger: str) -> None:
    found = [(t, r) for t, _, r in _events(text) if t == trigger]
    assert found
    assert all(RESOLVE not in r and ENDURANCE not in r for _, r in found)


def test_a_promised_release_stays_a_concession(nlp: Any) -> None:
    found = _events("The Egyptian government promised to free the detainees.")
    assert ("promised", "CONCEDE") in [(t, ty) for t, ty, _ in found]


def test_a_vowed_crackdown_stays_a_threat(nlp: Any) -> None:
    found = _events("The Nigerian president vowed that the army would crush the rebels.")
    assert ("vowed", "THREATEN") in [(t, ty) for t, ty, _ in found]
