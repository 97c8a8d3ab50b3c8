"""Wave 80, ev80d: spurious events, triggers read in another sense (rounds 41-49 judges).

- events.sense.declare-winner.v1: an election body declaring a candidate the winner is no
  SUPPORT.
- events.sense.end-siege-by-force.v1: a siege ended by storming or killing is the assault, no
  ceasefire (RETREAT).
- events.sense.fighting-died-down.v1: "the shooting had stopped" tells the end of fire, no new
  assault.
- events.sense.met-by-welcomers.v1: "was met by hundreds of people" is a crowd's welcome, no
  meeting.
- events.sense.text-offers.v1: "the agreement offers a way out" is no offer by a party.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.explain import explain


def _outcomes(text: str, trigger: str) -> list[tuple[str, str | None]]:
    found = [c for c in explain(text, date="2024-05-06", min_confidence=0) if c.trigger == trigger]
    assert found, [c.trigger for c in explain(text, date="2024-05-06", min_confidence=0)]
    return [(c.outcome, c.type) for c in found]


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("The Independent Electoral Commission declared Mr. Osei the winner of the March 3 runoff.",
     "declared", "declare-winner.v1"),
    ("On Friday the supreme court refused to declare a winner and ordered a recount.", "declare",
     "declare-winner.v1"),
    ("Commandos stormed the hotel before dawn, ending a siege by armed men that had lasted two "
     "days.", "ending", "end-siege-by-force.v1"),
    ("Police ended the siege of the bank after six hours, killing two of the gunmen.", "ended",
     "end-siege-by-force.v1"),
    ("By Thursday evening the shelling had mostly stopped, residents of the town said.",
     "shelling", "fighting-died-down.v1"),
    ("The exiled leader stepped off the plane and was met by thousands of cheering supporters "
     "at the airport.", "met", "met-by-welcomers.v1"),
    ("The mediator said the new accord offered a way out of the long crisis.", "offered",
     "text-offers.v1"),
])
def test_other_sense_is_no_event(text: str, trigger: str, rule: str) -> None:
    outcomes = _outcomes(text, trigger)
    assert any(o.startswith("sense rule") and rule in o for o, _ in outcomes), outcomes
    assert not any(o == "event" for o, _ in outcomes), outcomes


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The Kenyan president declared his support for the peace plan on Monday.", "declared",
     "SUPPORT"),
    ("The army ended its offensive in the north on Sunday and pulled its troops back.", "ended",
     "RETREAT"),
    ("Government troops ended their siege of the rebel town on Sunday and withdrew to their "
     "bases.", "ended", "RETREAT"),
    ("Rebels shelled the town on Thursday, residents said.", "shelled", "ASSAULT"),
    ("The army failed to stop a rebel offensive that began in the hills on Wednesday.",
     "offensive", "ASSAULT"),
    ("The visiting Chinese foreign minister was met by the Nigerian president at the airport.",
     "met", "CONSULT"),
    ("The convoy was met by an angry crowd of protesters at the gates.", "met", "PROTEST"),
    ("The government offered the rebel leaders an amnesty on Monday.", "offered", "AGREE"),
])
def test_near_misses_stay(text: str, trigger: str, type_: str) -> None:
    outcomes = _outcomes(text, trigger)
    assert ("event", type_) in outcomes, outcomes
