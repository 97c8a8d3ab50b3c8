"""Wave 47, ev47c: a country named only as a place the act passes through is not its target
(events.args.passed-place.v1, module ``event_passed_places``).

"threatening to move its industry into Brunei" made the place the target. Near misses: force
and troop moves keep the place they enter, a crowd's march keeps its home state, "into" after a noun
names a topic that may be the party, and a place under a target preposition stays.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_event

RULE = "events.args.passed-place.v1"


def test_march_through_a_city_keeps_its_home_state(nlp: Any) -> None:
    # A crowd protesting at home targets its state by convention; passage does not undo that.
    text = "Hundreds of demonstrators marched through Yemen on Friday."
    kind, _, target, rule = named_event(text, "marched")
    assert kind == "PROTEST"
    assert [country for _, country in target] == ["YEM"]
    assert RULE not in rule.split("+")


def test_country_moved_into_is_no_target_of_a_threat(nlp: Any) -> None:
    text = "Saint Lucia is threatening to move its industry into neighboring Brunei."
    kind, source, target, rule = named_event(text, "threatening")
    assert (kind, source, target) == ("THREATEN", [("Saint Lucia", "LCA")], [])
    assert RULE in rule.split("+")


def test_force_into_a_country_keeps_it(nlp: Any) -> None:
    text = "Russian troops pushed into Ukraine on Monday."
    _, _, target, rule = named_event(text, "pushed")
    assert target == [("Ukraine", "UKR")]
    assert RULE not in rule.split("+")


def test_investigation_into_a_country_keeps_it(nlp: Any) -> None:
    text = "North and South Korea called for an investigation into Japan's wartime record."
    _, _, target, rule = named_event(text, "called")
    assert target == [("Japan", "JPN")]
    assert RULE not in rule.split("+")


def test_march_to_a_capital_keeps_its_target(nlp: Any) -> None:
    text = "Protesters marched to Washington on Monday."
    _, _, target, rule = named_event(text, "marched")
    assert target == [("United States government", "USA")]
    assert RULE not in rule.split("+")
