"""Wave 57, ev57b: an act noun dated by its own relative clause.

- events.date.relative-clause-time.v1: "the massacre, which took place in 1995", "the attack
  that killed 20 soldiers in 2015": the relative clause tells when the noun's act happened, so
  the noun takes that time, not the document date.
- Near misses keep their date: a clause of a phase of a lasting act ("the attacks that began in
  2009"), an act done to the noun ("the protests that were banned in 2011"), a time after
  "since", and a future clause.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.relative-clause-time.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("The massacre, which took place in 1995, was the worst in Europe since the war.",
     "massacre", "1995"),
    ("The attack that killed 20 soldiers in 2015 was condemned by Russia.", "attack", "2015"),
    # (wave 83: "marched in the demonstrations that ..." is now one act, the march, which takes
    # the noun's date: tests/test_wave83_ev83k.py)
    ("Veterans remember the demonstrations that followed the collapse in 1991.",
     "demonstrations", "1991"),
    ("The Kenyan protests that took place on Friday were peaceful.", "protests", "2023-06-09"),
])
def test_relative_clause_time_dates_the_noun(text: str, trigger: str, value: str) -> None:
    event = _event(text, trigger)
    assert event["date"]["value"] == value
    assert event["date"]["basis"] == "explicit"
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The attacks that began in 2009 have killed thousands of villagers.", "attacks"),
    ("The protests that were banned in 2011 went on in the capital.", "protests"),
    ("Thousands joined the protests that have gone on since 2011 in the capital.", "protests"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    assert RULE not in event["rule"]
    assert event["date"]["value"] not in {"2009", "2011"}
