"""Wave 77, ev77a: RETREAT triggers in other senses (rounds 41-45 judges).

- events.sense.freed-by-force.v1: soldiers or police freeing hostages, or freeing someone in a
  storming or from kidnappers, is a rescue (AID), not a captor's release (RETREAT).
- events.sense.quit-government.v1: leaving a cabinet or coalition is SANCTION/withdraw.
- events.sense.quit-race.v1: pulling out of an election or run-off is PROTEST/boycott.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.explain import explain


def _outcome(text: str, trigger: str) -> tuple[str, str | None, str | None]:
    found = [c for c in explain(text, date="2024-05-06", min_confidence=0) if c.trigger == trigger]
    assert found, [c.trigger for c in explain(text, date="2024-05-06", min_confidence=0)]
    return found[0].outcome, found[0].type, found[0].rule


@pytest.mark.parametrize(("text", "trigger", "type_", "rule"), [
    ("Marine commandos raided a farmhouse on Tuesday and freed two engineers seized by a gang.",
     "freed", "AID", "freed-by-force.v1"),
    ("Police freed all of the hostages on the ferry on Monday.", "freed", "AID",
     "freed-by-force.v1"),
    ("Kenyan soldiers stormed a clinic near the border and freed a senator on Friday.", "freed",
     "AID", "freed-by-force.v1"),
    ("The Labour Party withdrew from the government on Friday.", "withdrew", "SANCTION",
     "quit-government.v1"),
    ("The Green Party pulled out of the ruling coalition on Monday.", "pulled", "SANCTION",
     "quit-government.v1"),
    ("Opposition leader Joseph Banda withdrew from the presidential run-off on Sunday.",
     "withdrew", "PROTEST", "quit-race.v1"),
    ("Opposition leader Joseph Banda pulled out of the election on Sunday.", "pulled",
     "PROTEST", "quit-race.v1"),
])
def test_retyped(text: str, trigger: str, type_: str, rule: str) -> None:
    _, got_type, got_rule = _outcome(text, trigger)
    assert got_type == type_
    assert got_rule is not None and rule in got_rule


@pytest.mark.parametrize(("text", "trigger"), [
    # a release by those holding someone stays RETREAT
    ("The government freed 40 political prisoners on Monday.", "freed"),
    ("The rebels freed three aid workers on Sunday.", "freed"),
    ("Police freed the journalist on Monday after questioning him for a day.", "freed"),
    # forces and territory stay RETREAT
    ("Russia withdrew its troops from the town on Friday.", "withdrew"),
    ("The rebels withdrew from the city on Friday.", "withdrew"),
    ("The army pulled out of the northern province on Tuesday.", "pulled"),
])
def test_near_misses_stay_retreat(text: str, trigger: str) -> None:
    _, got_type, got_rule = _outcome(text, trigger)
    assert got_type == "RETREAT"
    assert got_rule is not None
    assert "freed-by-force" not in got_rule and "quit-" not in got_rule
