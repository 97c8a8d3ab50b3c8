"""Wave 79, ev79f: "seize" in the senses a coder types otherwise than COERCE.

events.sense.seize-power.v1 (a coup is ASSAULT), events.sense.crowd-seize-building.v1 (a crowd
seizing a building riots, PROTEST). Near misses: police or agents seizing people, goods, weapons
"from" a party, offices; "took power" after a vote; an annexation stays COERCE. The lead held
back ev79f's seize-people and annex-territory rules (each turned one gold event of our own case
set's test part from right to wrong), so people seized by gunmen also stay COERCE here.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import event_on


@pytest.mark.parametrize(("text", "word", "type_", "rule"), [
    ("Army officers seized power in Niger on Thursday and suspended the constitution.",
     "seized", "ASSAULT", "events.sense.seize-power.v1"),
    ("The colonel, who seized power in a coup in 1987, ruled for two decades.",
     "seized", "ASSAULT", "events.sense.seize-power.v1"),
    ("Angry protesters seized the parliament building on Friday.", "seized", "PROTEST",
     "events.sense.crowd-seize-building.v1"),
])
def test_seizure_retyped(text: str, word: str, type_: str, rule: str) -> None:
    event = event_on(text, word)
    assert event.type == type_
    assert rule in event.rule


@pytest.mark.parametrize(("text", "word"), [
    ("Police seized the opposition leader at his home on Monday.", "seized"),
    ("The editor was seized by police in the capital.", "seized"),
    ("Customs officers seized two tonnes of cocaine at the port.", "seized"),
    ("Mutinous soldiers seized weapons from the police.", "seized"),
    ("Police seized the offices of the newspaper on Tuesday.", "seized"),
    ("Russia annexed the peninsula in 2014.", "annexed"),
])
def test_seizure_stays_coerce(text: str, word: str) -> None:
    event = event_on(text, word)
    assert event.type == "COERCE"
    assert "seize-power" not in event.rule
    assert "crowd-seize-building" not in event.rule


def test_take_power_after_vote_is_no_coup() -> None:
    text = "The new government took power after winning the election in March."
    from tests.event_records import events_in
    assert not any("seize-power" in e.rule for e in events_in(text))
