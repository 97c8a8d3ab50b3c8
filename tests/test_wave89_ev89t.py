"""Wave 89, ev89t: mediators are not each other's target.

events.args.mediators.v1: conjoined parties that mediate or broker ("a truce brokered by Norway
and Egypt", "Oman and Kuwait had mediated for weeks") went between other parties, never between
themselves: the event keeps its mediators as source and names no target rather than the
mediators again. Near misses: a mediation whose parties the sentence names keeps them as
target, and a mutual act ("met") stays mutual. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import names_of, record_of, trigger_event

RULE = "events.args.mediators.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("A truce brokered by Norway and Egypt held through the weekend.", "brokered"),
    ("Oman and Kuwait had mediated for weeks before the ministers finally spoke.", "mediated"),
    ("The prisoner swap, mediated by Switzerland and Turkey, went ahead on Monday.",
     "mediated"),
])
def test_mediators_are_no_target(text: str, trigger: str) -> None:
    record = record_of(text)
    event = trigger_event(record, trigger)
    assert event.type == "CONSULT"
    assert RULE in event.rule
    assert len(event.source) == 2
    assert event.target == []


def test_parties_mediated_between_stay_target() -> None:
    record = record_of("Norway and Egypt mediated between the government and the rebels "
                       "in Cairo.")
    event = trigger_event(record, "mediated")
    assert RULE not in event.rule


def test_mutual_meeting_stays_mutual() -> None:
    record = record_of("Norway and Egypt met in Cairo on Monday.")
    event = trigger_event(record, "met")
    assert RULE not in event.rule
    assert {"Norway", "Egypt"} <= set(names_of(record, event.target)) | set(
        names_of(record, event.source))
