"""Wave 72, ev72d: a bare weekday a call or plan is made "for" is the coming one.

- times.weekday-called-ahead.v1 (time) / events.date.called-ahead-weekday.v1 (event, when the
  time dates it): "the unions called a strike for Friday", "a rally planned for Sunday": the
  weekday after "for" on a verb, participle or object noun of a call or plan is the day ahead of
  the document date, even when the call is told in the past (judged round 43: protests announced
  "for Saturday" were read as the Saturday before).
- events.date.counted-clause.v1: "X said on Wednesday it would ..., giving in a day after police
  fired on protesters": the act of an "after" clause whose count hangs on its head verb is that
  many days before the head's day (judged round 43: the shooting given the Wednesday).
- Near misses: a weekday after "on", a weekday with "last", "for" on a verb of another kind keep
  the day before.
"""

from __future__ import annotations

import pytest

from tests.event_records import dated_record

TIME_RULE = "times.weekday-called-ahead.v1"
DOC_DATE = "2023-06-19"  # a Monday


def _time(text: str, word: str) -> tuple[str | None, str | None]:
    record = dated_record(text, DOC_DATE)
    found = [t for t in record.times if t.text == word]
    assert found, [t.text for t in record.times]
    return found[0].value, found[0].rule


@pytest.mark.parametrize(("text", "word", "day"), [
    ("The teachers' union called a nationwide strike for Friday.", "Friday", "2023-06-23"),
    ("Opposition leaders announced fresh demonstrations for Saturday.", "Saturday",
     "2023-06-24"),
    ("Organisers said a march was planned for Sunday in the capital.", "Sunday", "2023-06-25"),
    ("The two delegations scheduled another round of talks for Wednesday.", "Wednesday",
     "2023-06-21"),
])
def test_called_for_weekday_is_ahead(text: str, word: str, day: str) -> None:
    value, rule = _time(text, word)
    assert value == day
    assert rule is not None and TIME_RULE in rule


@pytest.mark.parametrize(("text", "word", "day"), [
    # "on": the day the act was done, the one before
    ("The teachers' union held a nationwide strike on Friday.", "Friday", "2023-06-16"),
    # "last": the week before, read first
    ("Opposition leaders announced fresh demonstrations last Saturday.", "last Saturday",
     "2023-06-17"),
    # "for" on a verb that does not look ahead
    ("The soldiers waited for Saturday in the barracks.", "Saturday", "2023-06-17"),
])
def test_near_misses_keep_the_day_before(text: str, word: str, day: str) -> None:
    value, rule = _time(text, word)
    assert value == day
    assert rule is None or TIME_RULE not in rule


def test_event_dated_by_the_called_day_names_the_rule() -> None:
    record = dated_record("The government will hold talks with the rebels, scheduled for "
                          "Thursday.", DOC_DATE)
    rules = "+".join(e.rule for e in record.events if e.date.value == "2023-06-22")
    assert all(e.date.value != "2023-06-15" for e in record.events)
    assert not rules or "events.date.called-ahead-weekday.v1" in rules


def test_weekday_of_the_document_date_stays_that_day() -> None:
    value, rule = _time("The opposition cancelled a protest planned for Monday evening.",
                        "Monday evening")
    assert value is not None and value.startswith("2023-06-19")
    assert rule is None or TIME_RULE not in rule


COUNTED_RULE = "events.date.counted-clause.v1"


def test_after_clause_counted_from_a_dated_statement() -> None:
    record = dated_record("The prime minister said on Wednesday he would not sign the budget, "
                          "backing down a day after police shot dead three protesters.",
                          "2023-06-21")
    shot = [e for e in record.events if e.trigger.text == "shot"]
    assert shot and shot[0].date.value == "2023-06-20"
    assert COUNTED_RULE in shot[0].rule.split("+")


def test_after_clause_without_count_or_dated_head_keeps_its_date() -> None:
    record = dated_record("The prime minister withdrew the tax law after police shot dead "
                          "three protesters.", "2023-06-21")
    assert all(COUNTED_RULE not in e.rule.split("+") for e in record.events)


def test_plan_told_in_past_perfect_keeps_the_day_before() -> None:
    value, rule = _time("The vote had been scheduled for Saturday, officials said.", "Saturday")
    assert value == "2023-06-17"
    assert rule is None or TIME_RULE not in rule
