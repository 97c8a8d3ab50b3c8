"""Wave 28 (ev28a; judged rounds 18-19 and pairs25-26: rescues, evacuations, arrivals and
accidents that are no political act):

- ``events.sense.disaster-rescue.v1``: people rescued or evacuated from a disaster (an
  explosion, a fire, an earthquake, radiation) are an emergency, no AID; freeing hostages
  stays AID;
- ``events.sense.evacuate-own-staff.v1``: a body evacuating its own staff gives no aid;
- ``events.sense.forces-arrive-visit.v1``: armed men arriving somewhere meet no host (no
  CONSULT visit): they are deployed (MOBILIZE);
- ``events.sense.killed-after-own-crash.v1``: "were killed after ramming a car" is a crash.

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import record_of as _record


def _events(text: str, word: str) -> list[tuple[str, str]]:
    return [(e.type, e.rule) for e in _record(text).events if e.trigger.text == word]


def test_rescued_after_explosion_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Five miners were rescued on Friday after an explosion tore through the "
                    "coal pit in Chile.", "rescued")
    assert found == []


def test_evacuated_due_to_flooding_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Thousands of residents of Dhaka were evacuated from their homes due to "
                    "severe flooding.", "evacuated")
    assert found == []


def test_hostage_rescue_stays_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Nigerian troops rescued 20 hostages from a camp after a fire broke out "
                    "there.", "rescued")
    assert [t for t, _ in found] == ["AID"]


def test_embassy_evacuating_its_staff_is_no_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Germany evacuated its embassy staff from Khartoum on Sunday.", "evacuated")
    assert found == []


def test_civilians_evacuated_by_another_party_stay_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("The Red Cross evacuated 300 wounded civilians from the besieged town of "
                    "Aleppo.", "evacuated")
    assert [t for t, _ in found] == ["AID"]


def test_fighters_arriving_is_no_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Dozens of Chechen fighters arrived in Syria last week.", "arrived")
    assert found and all(t != "CONSULT" for t, _ in found)
    assert any("events.sense.forces-arrive-visit.v1" in r for _, r in found)


def test_leader_arriving_stays_a_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("The Japanese prime minister arrived in Hanoi on Tuesday for talks with "
                    "Vietnamese leaders.", "arrived")
    assert [t for t, _ in found] == ["CONSULT"]


def test_killed_after_ramming_is_a_crash(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Two riders were killed after ramming a police car in Lagos, officials "
                    "said.", "killed")
    assert found == []


def test_killed_when_attackers_rammed_stays_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events("Four soldiers were killed after militants rammed a truck into their base "
                    "in Mali.", "killed")
    assert [t for t, _ in found] == ["ASSAULT"]
