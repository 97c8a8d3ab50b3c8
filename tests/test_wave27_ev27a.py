"""Wave 27 (ev27a; judged round 19: "the target is the party the sentence names"):

- ``events.args.joint-partner.v1``: "X and Y held joint drills with Z": the partner of the
  "with" phrase is the target, not the conjoined subjects each other;
- ``events.args.nominal-reaction.v1``: "a protest against Russia's annexation of Crimea": a
  nominal reaction is aimed at who did the act it reacts to (the act's possessor), never a
  pronoun possessor ("protests against their land being seized").

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import countries_of as _countries
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def test_joint_drills_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Italy and Spain will conduct joint naval exercises with Morocco next month.")
    event = _on(record, "conduct")
    assert _countries(record, event.target) == {"MAR"}
    assert "events.args.joint-partner.v1" in event.rule


def test_conjoined_agreement_without_partner_stays_mutual(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Italy and Spain signed a fisheries accord on Monday.")
    event = _on(record, "signed")
    assert "events.args.joint-partner.v1" not in event.rule
    assert {"ITA", "ESP"} <= _countries(record, event.target)


def test_protest_noun_against_possessed_act(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("A protest against Turkey's closure of the border continued in Ankara "
                     "on Friday.")
    event = _on(record, "protest")
    assert _countries(record, event.target) == {"TUR"}
    assert "events.args.nominal-reaction.v1" in event.rule


def test_protest_noun_against_own_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Villagers in Kenya were hurt in protests against their land being seized "
                     "by the army.")
    for event in record.events:
        assert "events.args.nominal-reaction.v1" not in event.rule
