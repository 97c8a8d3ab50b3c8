"""Wave 25 (ev25a; judged rounds 16-18: "a target left empty although the sentence names the
party acted on"). An unnamed party is read in more places and in more words:

- ``events.args.at-party.v2``: force and protest read their "at" phrase ("threw stones at
  officers", "fired at villagers");
- ``events.args.aid-recipient.v1``: who is rescued, evacuated or trained;
- ``events.args.released-party.v1``: who is freed or pardoned (a release only: "withdrew its
  soldiers" stays without);
- ``events.args.people-noun.v1``: occupations, kin and "others" ("the pilot", "his cousin");
- ``events.args.partitive-party.v1``: "some of the six guards", "three of whom".

Sentences are our own, not the stories'."""

from __future__ import annotations

from tests.event_records import names_of as _names
from tests.event_records import record_of as _record
from tests.event_records import trigger_event as _on


def test_stones_thrown_at_officers(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Angry students threw stones at officers outside the university on Friday.")
    event = _on(record, "threw")
    assert "officers" in " ".join(_names(record, event.target))
    assert "events.args.at-party.v2" in event.rule


def test_fired_at_villagers(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Masked gunmen fired at villagers near the market on Sunday.")
    event = _on(record, "fired")
    assert "villagers" in " ".join(_names(record, event.target))
    assert "events.args.at-party.v2" in event.rule


def test_shot_the_pilot(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Rebels shot the pilot after the helicopter landed.")
    event = _on(record, "shot")
    assert "pilot" in " ".join(_names(record, event.target))
    assert "events.args.people-noun.v1" in event.rule


def test_pardoned_his_cousin(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The emir pardoned his cousin on Tuesday.")
    event = _on(record, "pardoned")
    assert "cousin" in " ".join(_names(record, event.target))
    assert "events.args.released-party.v1" in event.rule


def test_withdrawn_soldiers_are_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The general withdrew his soldiers on Tuesday.")
    for event in record.events:
        assert "events.args.released-party.v1" not in event.rule


def test_rescued_people_are_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Firefighters rescued 40 people from the flooded village.")
    event = _on(record, "rescued")
    assert "people" in " ".join(_names(record, event.target))
    assert "events.args.aid-recipient.v1" in event.rule


def test_contributed_troops_are_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghana will contribute troops to the mission.")
    for event in record.events:
        assert "events.args.aid-recipient.v1" not in event.rule


def test_some_of_the_guards(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Some of the six guards were kidnapped on Monday.")
    event = _on(record, "kidnapped")
    assert "guards" in " ".join(_names(record, event.target))
    assert "events.args.partitive-party.v1" in event.rule


def test_three_of_whom(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police questioned ten farmers, three of whom were arrested on Monday.")
    event = _on(record, "arrested")
    assert "farmers" in " ".join(_names(record, event.target))
    assert "events.args.partitive-party.v1" in event.rule


def test_others_are_people(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Nine others were detained on Sunday.")
    event = _on(record, "detained")
    assert "others" in " ".join(_names(record, event.target))


def test_kin_of_a_named_party_is_left_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested the brother of Hamid Karzai on Monday.")
    event = _on(record, "arrested")
    assert "events.args.people-noun.v1" not in event.rule


def test_those_in_the_area(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The governor urged those in the flooded area to leave their homes.")
    event = _on(record, "urged")
    assert "those in" in " ".join(_names(record, event.target))
    assert "events.args.those-party.v1" in event.rule


def test_those_who_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Police arrested those who had blocked the road.")
    for event in record.events:
        assert "events.args.those-party.v1" not in event.rule
