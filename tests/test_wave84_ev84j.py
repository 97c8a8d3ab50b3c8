"""Wave 84, ev84j: an act told only as what reports or rumours say is reported.

events.modality.reports-content.v1: an act that lies below a noun of report or rumour, as its
"of" object, a participle the parser hangs inside it, or a that-clause under it (with the
purpose inside that clause), is not told by the writer as a fact but passed on: modality
reported. Near misses: a report that is the subject of its own verb, an act beside the reports
rather than inside them, a report "from" a place, and the plain act. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.modality.reports-content.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Violence spread overnight, with reports of police firing live rounds at students.",
     "firing"),
    ("She pointed to reports that the army had used drones to target opposition leaders.",
     "target"),
    # an act noun inside the reports is kept as a claim, not dropped as a pending nominal
    ("Donors were troubled on Monday by reports of abductions of opposition activists by "
     "the police.",
     "abductions"),
])
def test_act_inside_reports_is_reported(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "reported"
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger"), [
    # the report's own act, told by the writer
    ("A United Nations report condemned the army for the raids on Monday.", "condemned"),
    # an act beside the reports, not inside them
    ("Officials received reports of unrest and police arrested ten men on Monday.", "arrested"),
    # the plain act
    ("Police fired live rounds at students on Monday.", "fired"),
])
def test_act_outside_reports_keeps_its_modality(text: str, trigger: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.modality == "asserted"
    assert RULE not in event.rule
