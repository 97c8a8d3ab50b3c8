"""Wave 78, ev78b: a refusal said as this news keeps the document date.

- events.date.said-refusal.v1: a negated future clause of accepting or yielding ("would never
  accept", "would not resign") that is the complement of a statement verb of the day ("said",
  "told") is a refusal made in this news: it takes the report's day, or the document date,
  instead of no date (rounds 41-46 judges).

Sentences written for these tests (document date 2023-06-15, a Thursday).
"""

from __future__ import annotations

import pytest

from tests.event_records import DATE, dates_by_trigger

RULE = "events.date.said-refusal.v1"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The premier said her government would never accept the annexation of the islands.",
     "accept"),
    ("Speaking on state radio, the president said the vote was rigged and that he would not "
     "resign.", "resign"),
    ("The foreign minister told reporters that Ankara would not recognise the new council.",
     "recognise"),
])
def test_refusal_takes_the_document_date(text: str, trigger: str) -> None:
    value, basis, rule = dates_by_trigger(text)[trigger]
    assert (value, basis) == (DATE, "document_date")
    assert RULE in rule


def test_refusal_said_on_a_day_takes_that_day() -> None:
    text = "The junta said on Tuesday it would never accept foreign troops on its soil."
    value, _basis, rule = dates_by_trigger(text)["accept"]
    assert value == "2023-06-13"
    assert RULE in rule


@pytest.mark.parametrize(("text", "trigger"), [
    # no negation: a plan to come, still undated
    ("The general said he would resign at the end of the month.", "resign"),
    # the statement itself is background
    ("The king had said he would never accept the treaty.", "accept"),
    # a verb of no yielding: a negated future act stays undated
    ("The rebels said they would not attack the capital.", "attack"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    dates = dates_by_trigger(text)
    if trigger in dates:
        assert RULE not in dates[trigger][2]


@pytest.mark.parametrize(("text", "trigger"), [
    # the sentence gives the statement another time
    ("The ministry said in early March it would not recognise the tribunal.", "recognise"),
    # the statement is told inside an earlier occasion
    ("The deal followed talks in which the envoy told the cabinet he would not accept a "
     "delay.", "accept"),
    ("At the time of the first vote, the party stated that it would never accept the "
     "outcome.", "accept"),
])
def test_statement_of_another_time_keeps_no_date(text: str, trigger: str) -> None:
    dates = dates_by_trigger(text)
    if trigger in dates:
        assert RULE not in dates[trigger][2]


def test_passive_is_no_refusal() -> None:
    text = "The council will not be recognised by the assembly until its charter is signed, " \
        "the envoy said."
    dates = dates_by_trigger(text)
    if "recognised" in dates:
        assert RULE not in dates["recognised"][2]
