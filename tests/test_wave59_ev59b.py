"""Wave 59, ev59b: a year-less date of a plan told in the past looks back from the document date.

- events.date.past-plan.v1 (stages.time_plans): the act of a frame of intention told in the past
  perfect, past progressive or past passive ("had planned to hold", "were scheduled to sign",
  "were preparing to attack", "were due to meet") is a future seen from the past; its day or
  month with no year is the one before the document date (2023-06-15), not the next.
- Near misses keep their reading: a future told from now ("will hold", "plan to hold", "are due
  to meet"), a date with its year, a past progressive frame inside a past statement ("said the
  envoys were set to meet": "are set to" shifted back), a forecast told in the past ("was
  expected to receive the envoy on Friday": ``times.forecast_frames``), and a plain past act.
"""

from __future__ import annotations

from tests.event_records import record_of, trigger_event

RULE = "events.date.past-plan.v1"


def _dated(text: str, trigger: str) -> tuple[str | None, str]:
    event = trigger_event(record_of(text), trigger)
    return event.date.value, event.rule


def test_past_perfect_plan_looks_back() -> None:
    value, rule = _dated("Turkish ministers had planned to hold talks with Greek officials in "
                         "Ankara on April 10.", "hold")
    assert value == "2023-04-10" and RULE in rule


def test_past_passive_schedule_looks_back() -> None:
    value, rule = _dated("The envoys of Chile and Peru were scheduled to sign the treaty on "
                         "5 January.", "sign")
    assert value == "2023-01-05" and RULE in rule


def test_past_progressive_preparation_looks_back() -> None:
    value, rule = _dated("Rebel commanders were preparing to attack the garrison in "
                         "September.", "attack")
    assert value == "2022-09" and RULE in rule


def test_past_due_looks_back() -> None:
    value, rule = _dated("Iranian envoys were due to meet Saudi officials in Baghdad on "
                         "December 4.", "meet")
    assert value == "2022-12-04" and RULE in rule


def test_past_perfect_plan_inside_statement_looks_back() -> None:
    value, rule = _dated("The foreign minister said Turkey had planned to hold talks with "
                         "Greece on April 10.", "hold")
    assert value == "2023-04-10" and RULE in rule


def test_future_from_now_looks_ahead() -> None:
    for text in ("Turkish ministers will hold talks with Greek officials in Ankara on April 10.",
                 "Turkish ministers plan to hold talks with Greek officials in Ankara on "
                 "April 10."):
        value, rule = _dated(text, "hold")
        assert value == "2024-04-10" and RULE not in rule


def test_present_due_looks_ahead() -> None:
    value, rule = _dated("Iranian envoys are due to meet Saudi officials in Baghdad on "
                         "December 4.", "meet")
    assert value == "2023-12-04" and RULE not in rule


def test_past_forecast_still_looks_ahead() -> None:
    # "was expected to" is a forecast, not a plan: told on a Thursday it means the coming Friday.
    value, rule = _dated("The foreign minister was expected to receive the Ghanaian envoy on "
                         "Friday.", "receive")
    assert value == "2023-06-16" and RULE not in rule


def test_backshifted_frame_in_statement_keeps_its_reading() -> None:
    value, rule = _dated("The foreign minister said Iranian envoys were set to meet Saudi "
                         "officials in Baghdad on December 4.", "meet")
    assert value == "2023-12-04" and RULE not in rule


def test_date_with_year_is_not_named() -> None:
    value, rule = _dated("Turkish ministers had planned to hold talks with Greek officials on "
                         "April 10, 2024.", "hold")
    assert value == "2024-04-10" and RULE not in rule


def test_past_act_unchanged() -> None:
    value, rule = _dated("The French president visited Germany on December 4.", "visited")
    assert value == "2022-12-04" and RULE not in rule
