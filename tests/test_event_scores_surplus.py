"""The case scorer's ``surplus`` figure: second copies of one act (wave 91)."""

from __future__ import annotations

from collections import Counter

from dateline.event_scores import CaseScore, surplus


def test_copies_beyond_the_gold_count_are_surplus() -> None:
    # two PROTEST events for one gold protest: one copy; an extra type is spurious, not surplus
    predicted = Counter({"PROTEST": 2, "ASSAULT": 1, "AID": 1})
    gold = Counter({"PROTEST": 1, "ASSAULT": 2})
    assert surplus(predicted, gold) == 1


def test_no_copies_no_surplus() -> None:
    assert surplus(Counter({"AGREE": 1}), Counter({"AGREE": 1, "REJECT": 1})) == 0


def test_surplus_is_a_share_of_predicted() -> None:
    figures = CaseScore(predicted=8, right_type=6, surplus=2).figures()
    assert figures["surplus"] == 0.25 and figures["type_precision"] == 0.75
