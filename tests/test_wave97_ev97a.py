"""Wave 97, ev97a: "the West" as a party acted on (issue 11, empty targets).

"The West" named as one side ("accused the West of", "urged the West to", "criticised the West
for") is a party with no single state: organizations.yaml knows it, with no country code, so
an act on it has a target instead of none. It names the party only standing alone
(``actor_rules.whole_only_names``): inside a longer name ("West Timor", "West Point") or as a
direction ("from the west") it codes nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger"), [
    ("The foreign minister accused the West of arming the separatists.", "accused"),
    ("The envoy urged the West to lift the grain embargo.", "urged"),
    ("The prime minister criticised the West for its silence over the blockade.", "criticised"),
])
def test_the_west_is_the_target(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert names_of(record, event.target) == ["the West"]
    west = next(a for a in record.actors if a.name == "the West")
    assert west.country is None


@pytest.mark.parametrize("text", [
    "Hundreds of families fled to West Timor after the vote.",
    "Cadets from West Point marched past the stadium.",
    "Rebels shelled the garrison from the west at dawn.",
    "The coup was the third in West and Central Africa this year.",
])
def test_west_inside_other_names_is_no_party(text: str) -> None:
    record = record_of(text)
    assert all(a.name != "the West" for a in record.actors)
