"""Wave 83, ev83d: an order that is the act ordered, and people seized by an armed band.

events.sense.order-ban.v1, order-cut-ties.v1, ordered-shut.v1, order-killing.v1: an authority
that orders a ban or a dissolution, a cut in ties, a shutdown or a sealing, or a killing, with
no addressee told to act, does that act (COERCE, SANCTION, ASSAULT), not a REQUEST.
events.sense.armed-seize-people.v1: people seized by gunmen or armed men are abducted (ASSAULT
abduct), not seized by an authority (COERCE). Near misses: an addressee with a to-clause, a
purchase, the police seizing suspects, a seizure with no seizer named, goods seized by gunmen.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "rule", "kind"), [
    ("The high court ordered the dissolution of the farmers' party on Monday.", "ordered",
     "events.sense.order-ban.v1", "COERCE"),
    ("Provincial officials said they had ordered a ban on night fishing near the dam.",
     "ordered", "events.sense.order-ban.v1", "COERCE"),
    ("The foreign minister said she had ordered a suspension of relations with the island state.",
     "ordered", "events.sense.order-cut-ties.v1", "SANCTION"),
    ("The interior ministry ordered mobile data networks suspended in the northern provinces.",
     "ordered", "events.sense.ordered-shut.v1", "COERCE"),
    ("Prosecutors say the minister ordered the murder of the journalist.", "ordered",
     "events.sense.order-killing.v1", "ASSAULT"),
])
def test_order_is_the_act_ordered(text: str, trigger: str, rule: str, kind: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert rule in event.rule
    assert event.type == kind


@pytest.mark.parametrize(("text", "trigger"), [
    # an addressee told to act stays an order
    ("The mayor ordered the police to ban the march.", "ordered"),
    ("The president ordered the army to close the border crossings.", "ordered"),
    # a that-clause is read as an act of its own: the order stays an order
    ("The president ordered that the border crossings be closed at dawn.", "ordered"),
])
def test_order_to_an_addressee_stays_a_request(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == "REQUEST"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen seized three engineers from a road camp on Friday.", "seized"),
    ("A village teacher was seized by armed men near the market on Sunday.", "seized"),
    ("Masked kidnappers seized 40 passengers from a night bus.", "seized"),
])
def test_armed_band_seizing_people_is_abduction(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert "events.sense.armed-seize-people.v1" in event.rule
    assert event.type == "ASSAULT"
    assert event.mode == "abduct"


@pytest.mark.parametrize(("text", "trigger"), [
    # an authority seizing people arrests them
    ("Police seized two smugglers at the harbour on Friday.", "seized"),
    # no seizer named: left as it was (wave 79)
    ("Two traders were seized at the border on Friday and taken to the capital.", "seized"),
    # goods taken, no people
    ("Gunmen seized the cargo of a grain lorry on the highway.", "seized"),
])
def test_other_seizures_stay(text: str, trigger: str) -> None:
    events = [e for e in record_of(text).events if e.trigger.text == trigger]
    assert all("events.sense.armed-seize-people.v1" not in e.rule for e in events)
    assert all(e.type != "ASSAULT" for e in events)
