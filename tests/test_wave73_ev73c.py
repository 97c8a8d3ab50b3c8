"""Wave 73, ev73c: the lead's day read past a wire dateline, relative clauses about a person,
and "hours later" opening a paragraph (round 43 judges: dates of the lead's news).

- A wire dateline the parser splits off as a sentence of its own ("KAMPALA \u2014") is not the
  lead: the lead-day rules read the sentence after it (events.date.lead-past-dateline.v1).
- An act of a relative clause about a person ("who seized power", "who was shot dead") does not
  take the lead's day (events.date.lead-incident-relative.v1); a "where" clause still does.
- An act joined to a reaction to a named act ("condemned the decision and promised a
  response") does not take the lead's day (events.date.lead-incident-reaction-conjunct.v1).
- "Hours later" opening a paragraph is a time; after a sentence of background years it counts
  from the last day the story told (times.ago-later-last-day.v1).
"""

from __future__ import annotations

import pytest

from tests.event_records import dates_by_trigger, record_of

PAST_DATELINE = "events.date.lead-past-dateline.v1"
RELATIVE = "events.date.lead-incident-relative.v1"
LAST_DAY = "times.ago-later-last-day.v1"

LEAD = ("KAMPALA \u2014 Protesters set fire to the parliament building in the capital on "
        "Tuesday, in the worst unrest the country has seen in a decade.\n")


def test_lead_day_past_a_dateline() -> None:
    text = LEAD + ("Smoke rose from the roof late in the afternoon.\n"
                   "Police fired tear gas at the crowd in several districts.")
    value, basis, rule = dates_by_trigger(text)["fired"]
    assert (value, basis) == ("2023-06-13", "narrative")
    assert PAST_DATELINE in rule.split("+")


def test_no_dateline_keeps_the_old_rule_name() -> None:
    text = LEAD.split("\u2014 ", 1)[1] + (
        "Smoke rose from the roof late in the afternoon.\n"
        "Police fired tear gas at the crowd in several districts.")
    value, _, rule = dates_by_trigger(text)["fired"]
    assert value == "2023-06-13"
    assert PAST_DATELINE not in rule.split("+")


def test_lead_on_the_document_day_keeps_it() -> None:
    text = LEAD.replace("Tuesday", "Thursday") + (
        "Police fired tear gas at the crowd in several districts.")
    value, _, rule = dates_by_trigger(text)["fired"]
    assert value == "2023-06-15"
    assert PAST_DATELINE not in rule.split("+")


def test_person_relative_clause_keeps_its_date() -> None:
    text = ("KAMPALA \u2014 Soldiers seized the state broadcaster on Tuesday and announced "
            "that the government had been dissolved.\n"
            "Looting followed in the city, residents said.\n"
            "A spokesman for the government said the president, who himself seized power in a "
            "coup, had left the country.")
    record = record_of(text)
    first, second = [e for e in record.events if e.trigger.text == "seized"]
    assert first.date.value == "2023-06-13"
    assert second.date.value != "2023-06-13"
    assert RELATIVE in second.rule.split("+")


def test_where_clause_keeps_the_lead_day() -> None:
    text = LEAD + ("Similar scenes were reported in two other towns, where protesters torched "
                   "police stations, local radio said.")
    value, _, rule = dates_by_trigger(text)["torched"]
    assert value == "2023-06-13"
    assert RELATIVE not in rule.split("+")


@pytest.mark.parametrize("opening", ["Hours later", "Minutes later"])
def test_hours_later_opening_a_paragraph(opening: str) -> None:
    text = ("The government expelled two diplomats on Tuesday. Most of the staff had arrived "
            f"in 2019.\n{opening}, crowds hurled stones at the embassy.")
    record = record_of(text)
    times = {t.text: (t.value, t.rule) for t in record.times}
    assert times[opening] == ("2023-06-13", LAST_DAY)
    assert dates_by_trigger(text)["hurled"][0] == "2023-06-13"


def test_hours_later_after_a_day_keeps_the_old_rule() -> None:
    text = ("The government expelled two diplomats on Tuesday.\n"
            "Hours later, crowds hurled stones at the embassy.")
    record = record_of(text)
    times = {t.text: (t.value, t.rule) for t in record.times}
    assert times["Hours later"][0] == "2023-06-13"
    assert times["Hours later"][1] != LAST_DAY


def test_act_joined_to_a_reaction_keeps_its_date() -> None:
    text = ("GENEVA \u2014 Member states agreed on Tuesday to impose new tariffs on steel from "
            "the two countries, officials said.\n"
            "The package still needs the approval of ministers.\n"
            "The trade ministry of one of the countries condemned the decision and promised a "
            "response.")
    value, _, rule = dates_by_trigger(text)["promised"]
    assert value == "2023-06-15"
    assert "events.date.lead-incident-reaction-conjunct.v1" in rule.split("+")
