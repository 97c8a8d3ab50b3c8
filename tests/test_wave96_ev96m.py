"""Wave 96, ev96m: trigger words used in another sense (issue 11, spurious events).

events.sense.hit-hardest.v1: a passive "hit" graded by a degree adverb ("was worst hit", "were
hit hardest", "had been badly hit") with no hitter named is the toll of a disaster or a shock,
not an attack. events.sense.trip-home.v1: "flew home to the capital" visits no host.
events.sense.seek-a-course.v1: seeking a war, escalation, a confrontation or a capacity is aiming
at it, not a request. Near misses keep their events: a hitter named ("hit hard by shelling"),
a plain passive hit, a trip abroad, and things sought from others. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import events_on


@pytest.mark.parametrize(("text", "trigger"), [
    ("The coastal district was worst hit, with hundreds of homes washed away.", "hit"),
    ("Farmers in the north were hit hardest, and many sold their herds.", "hit"),
    ("Exports had been badly hit after the currency collapsed last spring.", "hit"),
    ("The prime minister flew home to Lisbon after the summit ended.", "flew"),
    ("Officials said Ankara did not seek a war with its neighbour.", "seek"),
    ("Beijing says it does not seek confrontation with Washington.", "seek"),
    ("The army is seeking escalation, the rebels said.", "seeking"),
])
def test_other_sense_makes_no_event(text: str, trigger: str) -> None:
    assert events_on(text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("The border town was hit hard by rebel shelling overnight.", "hit", "ASSAULT"),
    ("A police officer was hit in the shoulder during the clashes.", "hit", "ASSAULT"),
    ("The foreign minister flew to Lisbon for talks on the fishing dispute.", "flew", "CONSULT"),
    ("The government is seeking compensation from the shipping company.", "seeking", "REQUEST"),
])
def test_near_misses_keep_their_event(text: str, trigger: str, type_: str) -> None:
    assert [e.type for e in events_on(text, trigger)] == [type_]
