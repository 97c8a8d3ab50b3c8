"""Wave 73, ev73e: a definite event noun that only relates or describes an act told before.

- events.repeat.topic-subject.v1: "The bombing came two days after ...", "The march was the
  biggest in a decade", "The raid followed weeks of warnings": a definite event noun with no
  party of its own, the subject of a relating verb (clauses.topic_relation_verbs), paragraphs
  after the act it takes up, is that act (folded into it as a mention), not a second event
  (judged round 43: "The strike came 12 days after ...", "The arrest came days before ...").
- Near misses: a noun with no earlier act of its type, a new act ("Another attack came"), a noun
  with its own party, a verb that is not a relating verb, and the act of the noun's own sentence
  ("came a day after police broke up a sit-in" is the other happening, not the one retold).
"""

from __future__ import annotations

import pytest

from tests.event_records import events_in

RULE = "events.repeat.topic-subject.v1"

LEAD = ("Rebel fighters bombed an army barracks outside the northern town on Tuesday, "
        "officials said.\n\nThe governor visited the wounded in hospital.\n\n"
        "Schools in the region stayed closed.\n\n")


def _of_type(text: str, type_: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.rule) for e in events_in(text) if e.type == type_]


@pytest.mark.parametrize("sentence", [
    "The bombing came two days after the government announced new peace talks.",
    "The bombing followed weeks of threats against the garrison.",
    "The bombing was the deadliest in the province this year.",
])
def test_relating_subject_is_the_act_told_before(sentence: str) -> None:
    found = _of_type(LEAD + sentence, "ASSAULT")
    assert [t for t, _ in found] == ["bombed"], found
    assert RULE in found[0][1]


def test_protest_described_is_the_march_told_before() -> None:
    text = ("Thousands of students marched through the capital on Saturday against tuition fees."
            "\n\nThe police kept their distance.\n\nShops reopened by the evening.\n\n"
            "The march was the largest since the student movement began.")
    found = _of_type(text, "PROTEST")
    assert len(found) == 1 and found[0][0] == "marched", found
    assert RULE in found[0][1]


@pytest.mark.parametrize("sentence", [
    "Another bombing came two days after the government announced new peace talks.",
    "The bombing took place at dawn.",
])
def test_new_act_or_other_verb_kept(sentence: str) -> None:
    found = _of_type(LEAD + sentence, "ASSAULT")
    assert all(RULE not in r for _, r in found), found


def test_no_earlier_act_of_its_type_kept() -> None:
    text = ("Ministers met in the capital on Monday.\n\nThe meeting was long.\n\n"
            "The bombing came two days after the talks broke down.")
    assert all(RULE not in r for _, r in _of_type(text, "ASSAULT"))


def test_act_of_its_own_sentence_is_not_the_one_retold() -> None:
    text = ("Ministers met in the capital on Monday.\n\nThe meeting was long.\n\n"
            "The protest came a day after students rallied outside parliament.")
    found = _of_type(text, "PROTEST")
    assert all(RULE not in r for _, r in found), found
