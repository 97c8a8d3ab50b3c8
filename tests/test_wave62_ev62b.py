"""Wave 62, ev62b: a summit only named beside another act is no meeting of its own.

- events.sense.summit-named-aside.v1: "summit" as the object of a preposition or a word in
  front of another noun ("ahead of the summit", "invited leaders to his summit", "the issue
  of the summit") is the time, setting, aim or topic of another act; no CONSULT is made of it.
- Near misses keep it: a summit that is the subject or the object of its clause, one that
  names who meets ("a summit between ..."), one under a verb of gathering.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.sense.summit-named-aside.v1"


def _events(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date=DATE, min_confidence=0).to_dict()["events"])


def _summit_events(text: str) -> list[dict[str, Any]]:
    return [e for e in _events(text) if e["trigger"]["text"].lower() == "summit"]


@pytest.mark.parametrize("text", [
    "The two presidents dined in Paris on Friday ahead of the G20 summit in Osaka.",
    "The prime minister invited African leaders to the African Union summit in May.",
    "The minister flew to Lima on Monday for the APEC summit.",
    "The spokesman said the row was not on the agenda of the ASEAN summit.",
])
def test_summit_named_aside_is_no_event(text: str) -> None:
    assert _summit_events(text) == []


def test_other_act_of_the_sentence_kept() -> None:
    events = _events("The prime minister invited African leaders to the African Union summit "
                     "in May.")
    assert [e["trigger"]["text"] for e in events] == ["invited"]


@pytest.mark.parametrize("text", [
    "The summit between the two Koreas opened in Pyongyang on Tuesday.",
    "Heads of state gathered in Addis Ababa on Sunday for an African Union summit.",
    "The ASEAN summit opened in Jakarta on Tuesday.",
])
def test_summit_as_news_kept(text: str) -> None:
    events = _summit_events(text)
    assert events and all(e["type"] == "CONSULT" for e in events)
    assert all(RULE not in e["rule"] for e in events)


def test_rule_named_in_explain() -> None:
    from dateline.stages.senses import sense_rules

    assert RULE in {r.rule for r in sense_rules()}
