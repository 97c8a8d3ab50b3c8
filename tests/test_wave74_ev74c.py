"""Wave 74, ev74c: the next paragraph's act of the lead's incident, when the lead's latest time
is the day of its report (events.date.lead-incident-over-report-day.v1).

"Bombs went off late on Tuesday, killing 20 people, officials said on Thursday. Attackers
struck a market [...]": the first sentence of the next paragraph carries the lead's latest
time, the report's day (the document date); an act of the kind the lead dates to Tuesday takes
Tuesday, as events.date.lead-incident.v1 gives it to an act dated by the document date.
"""

from __future__ import annotations

from tests.event_records import dates_by_trigger

OVER_REPORT = "events.date.lead-incident-over-report-day.v1"

LEAD = ("LAGOS \u2014 Explosions ripped through a crowded bus station late on Tuesday, killing "
        "at least 20 people, police said on Thursday.\n")


def test_act_of_the_lead_kind_takes_the_lead_day() -> None:
    text = LEAD + ("Gunmen attacked a petrol depot and a church within an hour of each other, "
                   "the governor said.")
    value, basis, rule = dates_by_trigger(text)["attacked"]
    assert (value, basis) == ("2023-06-13", "narrative")
    assert OVER_REPORT in rule.split("+")


def test_act_of_another_kind_keeps_the_report_day() -> None:
    text = LEAD + "The governor appealed for calm in a radio address, his office said."
    value, _, rule = dates_by_trigger(text)["appealed"]
    assert value == "2023-06-15"
    assert OVER_REPORT not in rule.split("+")


def test_lead_time_of_an_act_is_left_alone() -> None:
    text = ("LAGOS \u2014 Explosions ripped through a crowded bus station on Tuesday, killing at "
            "least 20 people, and police sealed off the district on Thursday.\n"
            "Gunmen attacked a petrol depot and a church within an hour of each other, the "
            "governor said.")
    value, _, rule = dates_by_trigger(text)["attacked"]
    assert value == "2023-06-15"
    assert OVER_REPORT not in rule.split("+")


def test_report_day_before_the_document_date_is_left_alone() -> None:
    text = LEAD.replace("Thursday", "Wednesday") + (
        "Gunmen attacked a petrol depot and a church within an hour of each other, the "
        "governor said.")
    _, _, rule = dates_by_trigger(text)["attacked"]
    assert OVER_REPORT not in rule.split("+")
