"""Round 20 (judged rounds 15-16, wrong non-empty targets): conjoined subjects are each other's
target only for an act they did with each other (``events.args.one-way-act.v1``)."""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import events_in as _events
from tests.event_records import names_of as _names
from tests.event_records import record_of as _record


def _joined(record: Record, ids: list[str]) -> str:
    return " ".join(_names(record, ids))


def _on(record: Record, word: str):  # type: ignore[no-untyped-def]
    found = [e for e in record.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in record.events]
    return found[0]


# --- one-way acts of conjoined subjects ----------------------------------------------------------


def test_co_backers_are_not_each_others_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Kenya and Uganda backed the transitional council in its bid for a vote.")
    event = _on(record, "backed")
    assert not set(event.source) & set(event.target)
    assert "events.args.one-way-act.v1" in event.rule


def test_co_hosts_are_not_each_others_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Norway and Qatar are hosting a round of peace negotiations next week.")
    for event in [e for e in record.events if e.trigger.text == "hosting"]:
        assert not set(event.source) & set(event.target)


def test_joint_proposal_is_one_way(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chile and Peru have proposed a regional summit on water rights.")
    for event in [e for e in record.events if e.trigger.text == "proposed"]:
        assert not set(event.source) & set(event.target)


def test_official_and_own_state_are_one_side(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Ghana's President Nana Akufo-Addo praised the ruling as a victory for "
                     "the rule of law.")
    event = _on(record, "praised")
    assert not set(event.source) & set(event.target)


def test_meeting_but_not_with_each_other(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The presidents of Chad and Niger will meet in Paris on Monday to discuss "
                     "the drought, but not with each other.")
    for event in [e for e in record.events if e.trigger.text == "meet"]:
        assert not set(event.source) & set(event.target)


# --- acts done with each other stay mutual -------------------------------------------------------


def test_meeting_stays_mutual(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chad and Niger met in Paris on Monday to discuss the drought.")
    event = _on(record, "met")
    assert "Chad" in _joined(record, event.target) and "Niger" in _joined(record, event.target)


def test_signing_an_accord_stays_mutual(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chile and Peru signed a trade accord in Lima on Tuesday.")
    event = _on(record, "signed")
    assert "Chile" in _joined(record, event.target) and "Peru" in _joined(record, event.target)


def test_pledge_to_work_together_stays_mutual(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chile and Peru on Tuesday pledged to work together against drug "
                     "smuggling.")
    event = _on(record, "pledged")
    assert "Chile" in _joined(record, event.target) and "Peru" in _joined(record, event.target)


def test_events_exist_for_one_way_shapes(nlp) -> None:  # type: ignore[no-untyped-def]
    """The one-way reading keeps the event: only its target changes."""
    assert any(e.trigger.text == "backed" for e in _events(
        "Kenya and Uganda backed the transitional council in its bid for a vote."))


# --- a place in the scene is no party (events.args.nested-scene.v1) ------------------------------


def test_place_of_a_nested_phrase_is_no_request_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The State Department urged an end to the beatings in Zimbabwe.")
    event = _on(record, "urged")
    assert "Zimbabwe" not in _joined(record, event.target)


def test_place_where_the_helped_were_held_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Sweden granted asylum to six bloggers held in Belarus.")
    event = _on(record, "granted")
    assert "Belarus" not in _joined(record, event.target)


def test_uncoded_place_is_no_target_of_force(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The army is fighting a tribal revolt in the Sahara Desert.")
    event = _on(record, "fighting")
    assert "Sahara" not in _joined(record, event.target)


def test_region_aircraft_come_from_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("The navy has been sending warships from the Indo-Pacific region toward "
                     "the Red Sea.")
    event = _on(record, "sending")
    assert "Indo-Pacific" not in _joined(record, event.target)


def test_force_on_a_place_keeps_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Russian missiles struck a power plant in the Ukrainian city of Odesa.")
    event = _on(record, "struck")
    assert "Ukraine" in _joined(record, event.target)


def test_reaching_a_deal_stays_mutual(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record("Chile and Peru reached a deal on fishing rights on Tuesday.")
    event = _on(record, "reached")
    assert "Chile" in _joined(record, event.target) and "Peru" in _joined(record, event.target)
