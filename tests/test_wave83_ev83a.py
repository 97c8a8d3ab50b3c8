"""Wave 83, ev83a: the crowd a crowd-control act is used on, named elsewhere in its sentence.

events.args.sentence-crowd.v1: tear gas, water cannon or batons used with no target slot filled
("riot officers used water cannon, and a few marchers threw bottles") act on the crowd the
sentence names, the one nearest the act that is not its doer; with no crowd word, on the
protesters of a gathering the sentence names ("to end the biggest rally in years"). Near misses:
no crowd named, only people who are no crowd ("detained twenty people"), and a crowd that is the
act's own aim already (the other rules). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.sentence-crowd.v1"


@pytest.mark.parametrize(("text", "trigger", "crowd"), [
    ("Riot officers used water cannon, and a few marchers threw bottles at them.", "used",
     "marchers"),
    ("Rioters massed near the ministry at dusk, and police used batons again when some of "
     "them pushed forward.", "used", "Rioters"),
    ("Police in Lima fired tear gas while hundreds of demonstrators blocked the main bridge.",
     "fired", "demonstrators"),
    ("Security forces fired tear gas on Friday to end what organisers called the biggest rally "
     "in years.", "fired", "protesters"),
])
def test_crowd_in_sentence_is_target(text: str, trigger: str, crowd: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "ASSAULT"
    assert RULE in event.rule
    assert any(crowd.lower() in name.lower() for name in names_of(record, event.target))


@pytest.mark.parametrize(("text", "trigger"), [
    # no crowd named: nothing to aim at
    ("Security forces fired tear gas and then live rounds, witnesses said.", "fired"),
    # people who are no crowd: the gas is not said to hit them
    ("Police used tear gas and detained twenty people, officials said.", "used"),
])
def test_no_crowd_keeps_no_target(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert not event.target


def test_aimed_crowd_is_left_to_its_own_rule() -> None:
    # the act's own aim names the crowd: the nearer rule takes it, this one never runs
    record = record_of("Police fired tear gas at the marchers as youths burned tyres nearby.")
    event = trigger_event(record, "fired")
    assert RULE not in event.rule
    assert names_of(record, event.target) == ["marchers"]
