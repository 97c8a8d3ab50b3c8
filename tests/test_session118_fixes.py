"""Session 118: fixes found in judged rounds 41-156 (rounds 153-156 read as development items for
the first time). Sentences written for these tests.

- "Ugandan authorities freed Kizza Besigye": a freed compatriot is the release's target; the
  source's own forces rule leaves captives alone (events.args.own-forces.v2).
- "released the journalist Evan Gershkovich": a release of a named party is a release of
  captives (retreat.release-party.v1); "released its annual report" stays no event
  (sense.release-not-party.v1).
- "killed 12 people, most of them French tourists": the counted group takes the country of the
  people the apposition names (events.args.majority-nationals.v1).
- "asked for the ambassador to be replaced last year", "called for the Gulf states to move closer
  in March 2011": a past time on the "for" clause, or a year counted back from the document,
  dates the request (events.date.controlled-past.v3); a deadline ("by the end of last year")
  does not.
- Second part (rounds 157-160 read as development items): "President Alejandro Toledo", where
  the recogniser tagged only "Toledo" as a place, is a person, and so are the later "Toledo"s
  (actors.person.misread-entity.v2); "the North" and "the South" of a story that names a Korea
  are the two states (actors.country.elliptic-half.v1).
"""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import countries_of, names_of, record_of, trigger_event

MAJORITY = "events.args.majority-nationals.v1"
CONTROLLED = "events.date.controlled-past.v3"


def dated_record(text: str, date: str) -> Record:
    """The record of ``text`` published on ``date``, every event kept (as ``record_of``)."""
    from dateline import extract

    return extract(text, date=date, min_confidence=0)


def test_a_freed_compatriot_is_the_target() -> None:
    record = record_of("Ugandan authorities on Tuesday freed the opposition leader Kizza Besigye, "
                       "a Ugandan politician.")
    event = trigger_event(record, "freed")
    assert names_of(record, event.target) == ["Kizza Besigye"]
    assert "events.args.own-forces" not in event.rule


def test_own_troops_withdrawn_are_still_no_target() -> None:
    record = record_of("Zambia withdrew its troops from the border with Congo on Monday.")
    event = trigger_event(record, "withdrew")
    assert countries_of(record, event.target) == {"COD"}


def test_a_release_of_a_named_person_is_a_release() -> None:
    record = dated_record("Moscow released the American journalist Evan Gershkovich on Thursday.",
                          "2024-08-02")
    event = trigger_event(record, "released")
    assert (event.type, event.mode) == ("RETREAT", "release")
    assert names_of(record, event.target) == ["Evan Gershkovich"]
    assert "retreat.release-party.v1" in event.rule


def test_a_release_of_a_report_or_figures_is_no_event() -> None:
    record = record_of("The foreign ministry released its annual report on Monday. Police "
                       "released the figures a day later.")
    assert not [e for e in record.events if e.trigger.text == "released"]


def test_victims_most_of_whom_were_foreigners_take_their_country() -> None:
    record = record_of("A car bomb killed 12 people, most of them French tourists, in Cairo on "
                       "Monday.")
    event = trigger_event(record, "killed")
    assert countries_of(record, event.target) == {"FRA"}
    assert MAJORITY in event.rule


def test_victims_most_of_whom_were_civilians_keep_the_places_country() -> None:
    record = record_of("A car bomb killed 12 people, most of them civilians, in Cairo on Monday.")
    event = trigger_event(record, "killed")
    assert countries_of(record, event.target) == {"EGY"}
    assert MAJORITY not in event.rule


def test_a_request_dated_by_its_for_clause() -> None:
    record = dated_record("The Saudi king called for the Gulf states to move closer in March "
                          "2011.", "2013-12-08")
    event = trigger_event(record, "called")
    assert event.date is not None and event.date.value == "2011-03"
    assert CONTROLLED in event.rule


def test_a_request_dated_by_a_year_counted_back() -> None:
    record = dated_record("Baghdad asked for the ambassador to be replaced last year.",
                          "2013-12-08")
    event = trigger_event(record, "asked")
    assert event.date is not None and event.date.value == "2012"


def test_a_deadline_does_not_date_the_request() -> None:
    record = dated_record("Baghdad asked Washington to withdraw its troops by the end of last "
                          "year.", "2013-12-08")
    event = trigger_event(record, "asked")
    assert event.date is not None and event.date.value != "2012"
    assert CONTROLLED not in event.rule


# --- second part (rounds 157-160 read as development items) -----------------------------------

MISREAD = "actors.person.misread-entity.v2"
ELLIPTIC = "actors.country.elliptic-half.v1"


def test_a_given_name_before_a_misread_surname_makes_a_person() -> None:
    record = dated_record("Peruvian President Alejandro Toledo declared a state of emergency on "
                          "Tuesday. Opposition leaders called on Toledo to negotiate.",
                          "2003-05-28")
    event = trigger_event(record, "called")
    assert names_of(record, event.target) == ["Alejandro Toledo"]
    person = next(a for a in record.actors if a.name == "Alejandro Toledo")
    assert (person.kind, person.country) == ("person", "PER")
    assert MISREAD in person.rule


def test_a_town_named_with_no_such_person_stays_a_place() -> None:
    record = dated_record("The mayor of Toledo met Prime Minister Pedro Sanchez on Monday.",
                          "2019-05-28")
    assert not [a for a in record.actors if "Toledo" in a.name and a.kind == "person"]


def test_the_north_of_a_korea_story_is_north_korea() -> None:
    record = dated_record("North Korea fired a missile on Monday. The North had proposed a series "
                          "of steps to the United States.", "2018-07-07")
    event = trigger_event(record, "proposed")
    assert countries_of(record, event.source) == {"PRK"}


def test_the_south_of_a_korea_story_is_south_korea() -> None:
    record = dated_record("North Korean troops crossed the line on Thursday, and the South "
                          "condemned the incursion.", "2018-07-07")
    event = trigger_event(record, "condemned")
    assert countries_of(record, event.source) == {"KOR"}


def test_the_north_of_another_story_is_no_korea() -> None:
    record = dated_record("Rebels in the North attacked a convoy in Mali on Monday.", "2018-07-07")
    assert not [a for a in record.actors if a.country in {"PRK", "KOR"}]
    assert not [a for a in record.actors if ELLIPTIC in a.rule]
