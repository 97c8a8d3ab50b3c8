"""Wave 83, ev83n: true acts coded with another type (issue 11, type right).

- events.sense.approve-sanctions.v1: sanctions or an embargo passed ("lawmakers approved
  sanctions against ...") are SANCTION, not SUPPORT.
- events.sense.approve-martial-law.v1: martial law or a state of emergency passed is COERCE.
- events.sense.agreed-sanction.v2: an agreement or a vote to sanction ("agreed to ban imports
  of ...") is the sanction, not AGREE.
- events.sense.vow-fight-measure.v1: a vow to fight or block a measure (a law, an agreement, a
  ruling; "it" standing for one named before it) is REJECT, not a THREATEN of force.
- events.sense.offer-condolences.v1: condolences offered are SUPPORT, not AGREE.

Near misses keep their old types: backing sanctions another passes, lifting sanctions, a vow to
fight a party or a war, an offer of help. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event


@pytest.mark.parametrize(("text", "trigger", "type_", "rule"), [
    ("The senators approved sanctions against Belarus on Thursday.", "approved", "SANCTION",
     "events.sense.approve-sanctions.v1"),
    ("Congress approved an arms embargo against Myanmar.", "approved", "SANCTION",
     "events.sense.approve-sanctions.v1"),
    ("The cabinet approved martial law in three provinces after the riots.", "approved",
     "COERCE", "events.sense.approve-martial-law.v1"),
    ("Deputies approved a state of emergency in the eastern region.", "approved", "COERCE",
     "events.sense.approve-martial-law.v1"),
    ("The bloc's ministers agreed to ban imports of Peruvian copper and freeze the assets of "
     "its state bank.", "agreed", "SANCTION", "events.sense.agreed-sanction.v2"),
    ("The farmers' union vowed to fight the new land law.", "vowed", "REJECT",
     "events.sense.vow-fight-measure.v1"),
    ("The opposition leader called the pact a sell-out and vowed to oppose the deal in "
     "parliament.", "vowed", "REJECT", "events.sense.vow-fight-measure.v1"),
    ("The opposition party condemned the treaty as a disgrace and vowed to fight it.", "vowed",
     "REJECT", "events.sense.vow-fight-measure.v1"),
    ("Several governments offered their condolences to the families of the miners.", "offered",
     "SUPPORT", "events.sense.offer-condolences.v1"),
])
def test_act_coded_as_its_own_type(text: str, trigger: str, type_: str, rule: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.type == type_
    assert rule in event.rule


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # words of support for a measure another takes
    ("Poland backed sanctions against Belarus.", "backed", "SUPPORT"),
    # lifting sanctions is no sanction
    ("The ministers agreed to lift sanctions on the island.", "agreed", "CONCEDE"),
    # a vow to fight a party stays a threat
    ("The rebels vowed to fight the army to the last man.", "vowed", "THREATEN"),
    # "it" standing for a war, not a measure
    ("The militia lost the war and vowed to fight it again.", "vowed", "THREATEN"),
    # an offer of help is an offer
    ("The governor offered help to the families of the miners.", "offered", "AGREE"),
])
def test_near_misses_keep_their_type(text: str, trigger: str, type_: str) -> None:
    assert trigger_event(record_of(text), trigger).type == type_
