"""Wave 72, ev72a: a request's target is the party asked, not the party the asked act is done
to (round 43 judges).

- The subject of a passive clause under the verb of asking is not the target
  (events.args.passive-asked.v1).
- Whom an asked inquiry is into is not the target (events.args.inquiry-subject.v1).
- Whom asked-about support goes to is not the target (events.args.aid-recipient.v1); the
  aid's own possessor stays.
- Near misses keep their target: an active clause's subject, an object asked to act.
"""

from __future__ import annotations

import pytest

from tests.event_records import targeted_event

PASSIVE = "events.args.passive-asked.v1"
INQUIRY = "events.args.inquiry-subject.v1"
AID = "events.args.aid-recipient.v1"


@pytest.mark.parametrize(("text", "trigger", "rule"), [
    ("West African leaders met in Accra on Monday. They demanded that President Kanu be "
     "restored to office.", "demanded", PASSIVE),
    ("The Lebanese cabinet ordered that two customs officials be put under house arrest.",
     "ordered", PASSIVE),
    ("The Polish president called for the Hungarian authorities to be held to account.",
     "called", PASSIVE),
    ("Muammar Gaddafi was captured near Sirte and died hours later. The UN human rights office "
     "called for an investigation into the killing of Gaddafi.", "called", INQUIRY),
    ("The Security Council called for an end to all outside support for the M23 rebels.",
     "called", AID),
])
def test_patient_is_not_the_target(text: str, trigger: str, rule: str) -> None:
    kind, target, rules = targeted_event(text, trigger)
    assert kind == "REQUEST"
    assert target == []
    assert rule in rules.split("+")


@pytest.mark.parametrize(("text", "trigger", "party"), [
    ("The opposition demanded that Prime Minister Narendra Modi explain the clash.", "demanded",
     "Narendra Modi"),
    ("The European Union urged Moscow to reopen the strait to shipping.", "urged",
     "Russia government"),
    ("Rights groups demanded that the Egyptian authorities free the reporter.", "demanded",
     "Egyptian authorities"),
])
def test_party_asked_keeps_its_target(text: str, trigger: str, party: str) -> None:
    kind, target, rules = targeted_event(text, trigger)
    assert kind == "REQUEST"
    assert party in target
    assert PASSIVE not in rules and INQUIRY not in rules and AID not in rules


def test_aid_giver_stays_the_target() -> None:
    kind, target, rules = targeted_event(
        "The European Union called for an end to Iran's support for the Houthi rebels in Yemen.",
        "called")
    assert kind == "REQUEST"
    assert target == ["Iran"]
    assert AID in rules
