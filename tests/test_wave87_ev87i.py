"""Wave 87, ev87i: the article's country of a story filed from the country named second.

events.args.article-dateline.v1: when the story is filed from the country it names second most
often and the first leads it by less than two to one, a party with no country of its own takes
the dateline's country, not the one named most (the foreign party of the story). Near misses:
no dateline (the country named most keeps it), and a party whose sentence points to the country
named most (it keeps that one). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import countries_of, record_of, trigger_event

RULE = "events.args.article-dateline.v1"

#: Peru is named more often than Ecuador, but not twice as often.
STORY = ("Peru's foreign minister criticised the government of Ecuador on Monday over a border "
         "dispute, and newspapers in Peru said it could last months. Peruvian officials said "
         "talks would resume in Lima next week, and Peru's president called for calm while "
         "Ecuadorean diplomats said they were ready. Heavy rain fell across the region overnight. ")
DATELINE = "QUITO, Ecuador — "


@pytest.mark.parametrize(("last", "trigger", "role"), [
    ("Angry farmers blocked a highway on Tuesday and demanded compensation.", "blocked",
     "source"),
    ("Gunmen killed two teachers near the market on Tuesday, witnesses said.", "killed",
     "target"),
])
def test_dateline_country_for_party(last: str, trigger: str, role: str) -> None:
    record = record_of(DATELINE + STORY + last)
    event = trigger_event(record, trigger)
    assert RULE in event.rule
    assert countries_of(record, getattr(event, role)) == {"ECU"}


@pytest.mark.parametrize(("last", "trigger", "role"), [
    ("Angry farmers blocked a highway on Tuesday and demanded compensation.", "blocked",
     "source"),
    ("Gunmen killed two teachers near the market on Tuesday, witnesses said.", "killed",
     "target"),
])
def test_no_dateline_keeps_country_named_most(last: str, trigger: str, role: str) -> None:
    record = record_of(STORY + last)
    event = trigger_event(record, trigger)
    assert RULE not in event.rule
    assert countries_of(record, getattr(event, role)) == {"PER"}


def test_party_in_sentence_about_country_named_most_keeps_it() -> None:
    # the sentence before names Peru only: the farmers are Peru's, dateline or not
    story = STORY.replace("Heavy rain fell across the region overnight.",
                          "Markets in Peru were quiet.")
    record = record_of(DATELINE + story + "Angry farmers blocked a highway on Tuesday.")
    event = trigger_event(record, "blocked")
    assert RULE not in event.rule
    assert countries_of(record, event.source) == {"PER"}
