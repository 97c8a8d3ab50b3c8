"""Wave 63, ev63d: an act told in a dated statement takes the statement's day.

- events.date.dated-attribution.v2: when the parse does not make a statement's day the quote's
  time (a trailing attribution hung on a noun or on the act as a conjunct, a day hung on the
  clause after the cue), an act told as news in the statement, or in the main clause after an
  opening "In a ruling published Monday,", takes that day instead of the document date.
- Near misses keep their dates: a future act, an act with a day of its own, an act the dated
  statement does not tell, the document's own day.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"  # a Thursday
RULE = "events.date.dated-attribution.v2"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Ghana and Togo have agreed to cooperate in the fight against piracy and the smuggling of "
     "fuel along the coast, the two governments announced on Tuesday.", "agreed", "2023-06-13"),
    ("Kenya is not offering troops to the regional force fighting militants in Somalia, a senior "
     "defence official said Monday, days before a summit was due to open.", "offering",
     "2023-06-12"),
    ("A regional monitoring mission reported Tuesday that 12 border guards were killed in an "
     "ambush near the river, in one of the worst attacks since the truce.", "killed",
     "2023-06-13"),
    ("In a ruling published Monday, the supreme court dismissed the charges against the "
     "opposition leader.", "dismissed", "2023-06-12"),
    ("In a video released on Sunday, the rebel commander warned that his fighters would attack "
     "the capital.", "warned", "2023-06-11"),
])
def test_dated_statement_dates_its_act(text: str, trigger: str, day: str) -> None:
    event = _event(text, trigger)
    assert RULE in event["rule"]
    assert event["date"]["value"] == day
    assert event["date"]["basis"] == "narrative"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # a future act has no day of the statement
    ("The rebels will attack the town, a commander said Monday.", "attack", None),
    # the act's own day stands
    ("The army attacked the town on Friday, a commander said Monday.", "attacked", "2023-06-09"),
    # the dated statement tells another clause
    ("The army has attacked the town, and the president said Monday that talks would resume.",
     "attacked", DATE),
    # an act of an after-clause came before the statement's news
    ("Sudan said on Monday it was expelling three foreign journalists -- two Britons and a Dane "
     "-- after they were detained at a roadblock as they tried to reach the western region.",
     "detained", DATE),
    # the document's own day: nothing to change
    ("In a ruling published Thursday, the supreme court dismissed the charges against the "
     "opposition leader.", "dismissed", DATE),
])
def test_near_misses_keep_their_dates(text: str, trigger: str, value: str | None) -> None:
    event = _event(text, trigger)
    assert RULE not in event["rule"]
    assert event["date"]["value"] == value
