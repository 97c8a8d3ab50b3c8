"""Wave 64, ev64b: an act named as the reason for a penalty, a charge or a thanks is not dated
by that penalty's day.

- events.date.cause-phrase.v1: an act in a "for"/"of"/"with" phrase of a verb or noun of
  ``times.cause_phrase_verbs`` ("arrested on Tuesday for an assault", "accused the army on
  Tuesday of attacking villages", "sanctions on Monday for its invasion") came before it and has
  no time of its own: it is undated rather than given the penalty's day.
- Near misses keep their dates: the penalty itself, a purpose "for" of another verb, an act
  in another phrase of the penalty, a day carried from the sentence before, a conjunct.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"  # a Thursday
RULE = "events.date.cause-phrase.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    return next(e for e in record["events"] if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The 40-year-old man was arrested Tuesday for aggravated sexual assault by the police, a "
     "spokesman confirmed Wednesday.", "assault"),
    ("The European Union imposed sanctions on Russia on Monday for its invasion of Ukraine.",
     "invasion"),
    ("The rights group accused the army on Tuesday of attacking villages in the north.",
     "attacking"),
])
def test_cause_act_is_undated(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    assert RULE in event["rule"]
    assert event["date"]["value"] is None
    assert event["date"]["basis"] == "unknown"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the penalty keeps its own day
    ("The European Union imposed sanctions on Russia on Monday for its invasion of Ukraine.",
     "imposed", "2023-06-12"),
    ("The rights group accused the army on Tuesday of attacking villages in the north.",
     "accused", "2023-06-13"),
    # a "for" of purpose on a verb that is no penalty
    ("Thousands of students gathered on Saturday for a rally against the new tax.", "rally",
     "2023-06-10"),
    # an act in another phrase of the penalty ("at a rally") is the scene of it
    ("The police arrested ten protesters on Sunday at a rally against the government.", "rally",
     "2023-06-11"),
    # a day carried from the sentence before is not a day of another act in the sentence
    ("Fighting broke out near the border on Monday. The rebel alliance accused the army of "
     "attacking its positions near the river.", "attacking", "2023-06-12"),
    # a conjunct penalty is no cause
    ("Police arrested three students on Monday and charged them with rioting.", "charged",
     "2023-06-12"),
])
def test_near_misses_keep_their_dates(text: str, trigger: str, value: str) -> None:
    event = _event(text, trigger)
    assert RULE not in event["rule"]
    assert event["date"]["value"] == value
