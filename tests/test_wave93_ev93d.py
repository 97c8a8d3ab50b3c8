"""Wave 93, ev93d: "a day after" counts read in the parser's other attachments.

events.date.counted-clause-reparsed.v1: "X said on Thursday he would stay, backing down a day
after Y did B": the parser hangs "a day" as the object of "backing", and the older rule
(events.date.counted-clause.v1) read only a bare time there, so B took Thursday. Now B is
dated the day before the statement's day. Near miss: no day phrase on the head's statement.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.date.counted-clause-reparsed.v1"


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The governor said on Wednesday he would not sign the new levy into law, backing down a "
     "day after soldiers shot dead several marchers in the port.", "shot", "2023-06-13"),
    ("The governor said on Tuesday he would not sign the new levy into law, backing down two "
     "days after soldiers shot dead several marchers in the port.", "shot", "2023-06-11"),
])
def test_counted_object_dates_clause(text: str, trigger: str, day: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert event.date.value == day
    assert RULE in event.rule


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # no day of its own on the head statement: no count from the document's day
    ("The governor says he will not sign the levy, backing down a day after soldiers shot "
     "dead several marchers.", "shot", "2023-06-14"),
])
def test_undated_head_keeps_date(text: str, trigger: str, day: str) -> None:
    event = trigger_event(record_of(text), trigger)
    assert RULE not in event.rule
    assert event.date.value != day
