"""Wave 70, ev70e: patients whose party is named but lost (round 41-42 judges).

- events.args.patient-modifier-country.v1: unnamed people acted on whose noun carries a
  nationality or country ("three U.S. service members were killed in Iraq") are that
  country's people, not the country the act happened in.
- Near misses: people with no nationality word keep the place's country; a noun with two
  nationalities keeps the place rule's guess; a nationality that already agrees with the
  place changes nothing.
"""

from __future__ import annotations

from dateline.record import Record
from tests.event_records import countries_of, record_of, trigger_event

RULE = "events.args.patient-modifier-country.v1"


def _target(rec: Record, word: str) -> tuple[set[str | None], str]:
    event = trigger_event(rec, word)
    return countries_of(rec, event.target), event.rule


def test_nationality_of_killed_troops_wins_over_place() -> None:
    rec = record_of("About 1,900 U.S. service members have been killed in Syria "
                    "since 2014.")
    countries, rule = _target(rec, "killed")
    assert countries == {"USA"} and RULE in rule


def test_nationality_of_passive_patients_wins_over_place() -> None:
    rec = record_of("Three Canadian service members were killed in Mali on Tuesday.")
    countries, rule = _target(rec, "killed")
    assert countries == {"CAN"} and RULE in rule


def test_people_without_nationality_keep_the_place() -> None:
    rec = record_of("Zambian police detained 40 people in Lusaka on Friday.")
    countries, rule = _target(rec, "detained")
    assert countries == {"ZMB"} and RULE not in rule


def test_two_nationalities_leave_the_rule_out() -> None:
    rec = record_of("Six Malian and French service members were killed in Mali on Tuesday.")
    event = trigger_event(rec, "killed")
    assert RULE not in event.rule


def test_same_country_changes_nothing() -> None:
    rec = record_of("Two Malian service members were killed in Mali on Tuesday.")
    countries, rule = _target(rec, "killed")
    assert countries == {"MLI"} and RULE not in rule
