"""Wave 101, ev101o: a pair noun counted as two that meets, agrees or signs, or is hosted or
met, resolved to the pair the story named a little before.

events.args.named-pair-parties.v2: "the two leaders agreed", "both governments signed" as the
subject of a mutual act with no target of its own become the named pair, each the other's
partner; "hosted the two leaders", "met with both sides" make the pair the target. Near misses:
"all leaders" (no count of two), no pair named, a pair of one country, and a mutual act with a
target of its own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.named-pair-parties.v2"


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("Chile and Peru have quarrelled over fishing waters for years. After a long night of "
     "haggling, the two governments agreed to share the catch.", "agreed",
     {"Chile", "Peru"}),
    ("Envoys of Norway and Iceland met in Oslo on Tuesday. Despite the row, both leaders went "
     "ahead and signed a fisheries accord.", "signed", {"Norway", "Iceland"}),
])
def test_counted_subject_takes_named_pair_both_ways(text: str, trigger: str,
                                                    pair: set[str]) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert set(names_of(record, event.source)) == pair
    assert set(names_of(record, event.target)) == pair


def test_counted_object_of_meeting_takes_named_pair() -> None:
    record = record_of("Talks between Chile and Peru stalled in May. The Brazilian foreign "
                       "minister hosted the two leaders in Brasilia on Friday.")
    event = trigger_event(record, "hosted")
    assert RULE in event.rule
    assert set(names_of(record, event.target)) == {"Chile", "Peru"}


@pytest.mark.parametrize(("text", "trigger"), [
    # "all leaders" is no count of two
    ("Chile and Peru have quarrelled over fishing waters for years. After a long night of "
     "haggling, all the leaders agreed to share the catch.", "agreed"),
    # no pair named anywhere
    ("Fishing crews have quarrelled over the waters for years. After a long night of "
     "haggling, the two governments agreed to share the catch.", "agreed"),
    # a pair of one country is no pair of parties
    ("Santiago and Valparaiso have quarrelled over port fees for years. After a long night of "
     "haggling, the two cities' leaders agreed to share the fees.", "agreed"),
])
def test_no_named_pair_no_change(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule


def test_mutual_act_with_its_own_target_keeps_it() -> None:
    record = record_of("Chile and Peru have quarrelled over fishing waters for years. On "
                       "Monday the two governments praised the Brazilian mediators.")
    event = trigger_event(record, "praised")
    assert RULE not in event.rule


def test_one_way_act_of_counted_subject_stays_one_way() -> None:
    record = record_of("Chile and Peru have quarrelled over fishing waters for years. On "
                       "Monday the two governments welcomed the court's ruling.")
    event = trigger_event(record, "welcomed")
    assert RULE in event.rule
    assert set(names_of(record, event.source)) == {"Chile", "Peru"}
    assert not event.target
