"""Issue 11, round 21 (ev21d): a day an earlier sentence gives a report is not the day of the
acts a later sentence tells of (round 17 and pairs20: carried days wrong about one in four).

- events.date.report-day-carry.v1: "Officials said on Tuesday that ... . The other two were
  killed": the act of the later sentence, not itself a saying, carried to the day of the
  report, is undated. A spoken act ("He urged ..."), a sentence that goes on with the story
  ("Later, ..."), and a day that dates an act rather than a report keep the carried day.

The sentences are our own."""

from __future__ import annotations

import pytest

from tests.event_records import date_of, event_at, events_on

RULE = "events.date.report-day-carry.v1"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials said on Tuesday that three of the hostages had escaped to France. The other "
         "two were killed by the kidnappers, the officials added.", "killed"),
        ("State television reported on Thursday that the fighting had spread to the north. "
         "Government troops shelled the rebel camp near the border.", "shelled"),
        ("The interior ministry announced on Monday that it would review the case. Police "
         "arrested the editor of the newspaper.", "arrested"),
    ],
)
def test_an_act_after_a_dated_report_is_undated(text: str, word: str) -> None:
    event = event_at(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert RULE in event.rule


def test_a_spoken_act_after_a_dated_report_keeps_its_day() -> None:
    text = ("The Greek prime minister said on Tuesday that the talks would resume. He urged "
            "Turkey to withdraw its troops from Cyprus.")
    assert date_of(text, "urged") == ("2023-06-13", "narrative")


def test_a_sentence_that_goes_on_keeps_the_report_day() -> None:
    text = ("Officials said on Tuesday that the talks had failed. Later, troops shelled the "
            "rebel camp.")
    assert date_of(text, "shelled") == ("2023-06-13", "narrative")


def test_a_day_that_dates_an_act_is_still_carried() -> None:
    text = ("Rebels seized the town of Kala on Tuesday. Government troops shelled the rebel "
            "camp.")
    assert date_of(text, "shelled") == ("2023-06-13", "narrative")


def test_a_day_of_an_act_that_is_also_a_cue_is_still_carried() -> None:
    text = ("Japan and Korea agreed on Thursday to resume their security talks. The Korean "
            "president met the Japanese prime minister in Tokyo.")
    assert date_of(text, "met") == ("2023-06-15", "narrative")


def test_an_act_the_report_told_keeps_the_report_day() -> None:
    text = ("The government announced on Tuesday that rebels had freed two Italian hostages. "
            "The rebels freed the hostages after a ransom was paid, the minister added.")
    assert [e.date.value for e in events_on(text, "freed")] == ["2023-06-13", "2023-06-13"]
