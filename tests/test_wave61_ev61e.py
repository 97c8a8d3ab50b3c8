"""Wave 61, ev61e: events.repeat.anaphoric-subject.v2 mends two shapes of v1 (wave 60).

- A definite event noun whose clause tells its act as still to come ("the raid was starting
  soon", "the march is to begin", "the strike will start") is not folded into an act of the
  paragraph before that was told as done: it is no retelling of it.
- The kept act takes the noun's date only from a time on the noun's own clause verb of taking
  place ("the protests began on Tuesday", "took place on Wednesday"), not from a time on a verb
  that ties the act to another ("the attack followed protests ... on Monday").
- Near misses that still fold: a past "began soon after dawn", a future act retold as future,
  and the v1 cases of tests/test_wave60_ev60c.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.repeat.anaphoric-subject.v2"


def _events(text: str) -> list[dict[str, Any]]:
    record = extract(text, date=DATE, min_confidence=0).to_dict()
    return [{"trigger": e["trigger"]["text"], "type": e["type"], "rule": e["rule"],
             "date": e["date"]["value"], "modality": e["modality"],
             "mentions": [m["text"] for m in e["mentions"]]} for e in record["events"]]


def _folded(events: list[dict[str, Any]], noun: str) -> bool:
    return any(RULE in e["rule"] and noun in e["mentions"][1:] for e in events)


@pytest.mark.parametrize("later", [
    "The raid on the radio station was starting soon, a witness said.",
    "The raid on the radio station is to begin at dusk, a witness said.",
    "The raid on the radio station is about to begin, a witness said.",
    "The raid on the radio station will start after dark, a witness said.",
])
def test_noun_still_to_come_is_not_folded_into_a_done_act(later: str) -> None:
    events = _events("Soldiers raided a newspaper office in the capital on Monday.\n\n" + later)
    assert not _folded(events, "raid")


def test_noun_begun_soon_after_in_the_past_still_folds() -> None:
    events = _events("Soldiers raided a newspaper office in the capital on Monday.\n\n"
                     "The raid began soon after dawn, a witness said.")
    assert _folded(events, "raid")


def test_time_of_another_act_does_not_move() -> None:
    events = _events("Police shot and killed two men in the port city.\n\n"
                     "The shooting followed a week of protests over fuel prices on Monday.")
    folded = [e for e in events if _folded([e], "shooting")]
    assert folded
    assert folded[0]["date"] == DATE


def test_time_on_the_nouns_own_verb_moves() -> None:
    events = _events("Students demonstrated outside the ministry of education.\n\n"
                     "The protests began at 8 o'clock on Tuesday.")
    folded = [e for e in events if _folded([e], "protests")]
    assert folded
    assert folded[0]["date"] == "2023-06-13"


def test_took_place_time_moves() -> None:
    events = _events("Police arrested thirty traders in the market town.\n\n"
                     "The arrests took place on Wednesday, officials said.")
    folded = [e for e in events if _folded([e], "arrests")]
    assert folded
    assert folded[0]["date"] == "2023-06-14"
