"""Wave 31 (ev31c, judged round 20): dates of acts counted from another act.

- events.date.gap-after-report.v1: "came one day after officials said they struck ...": the act
  reported in the "after" clause is dated as that clause's report, a told gap before its head.
- events.date.after-clause-over-narrative.v1: "In 2011, X expelled the envoy after soldiers were
  killed": the "after" clause takes its head's time, not a time an earlier sentence set.

The sentences are our own."""

from __future__ import annotations

from tests.event_records import dates_by_trigger

GAP_REPORT = "events.date.gap-after-report.v1"
AFTER_OVER = "events.date.after-clause-over-narrative.v1"


def test_an_act_reported_in_a_gapped_after_clause_counts_back_from_its_head() -> None:
    dates = dates_by_trigger(
        "On Tuesday the rebels left the talks, one day after the army said it had shelled "
        "their camp.")
    value, basis, rule = dates["shelled"]
    assert (value, basis) == ("2023-06-12", "narrative")
    assert GAP_REPORT in rule


def test_a_gapped_report_after_an_undated_past_head_leaves_no_date() -> None:
    value, basis, rule = dates_by_trigger(
        "The protest came two days after police said they arrested dozens of students.")[
        "arrested"]
    assert (value, basis) == (None, "unknown")
    assert GAP_REPORT in rule


def test_a_present_head_counts_back_from_the_document_date() -> None:
    value, _, rule = dates_by_trigger(
        "The statement comes one day after the ministry announced that troops seized the "
        "border post.")["seized"]
    assert value == "2023-06-14"
    assert GAP_REPORT in rule


def test_a_future_report_in_the_after_clause_is_not_counted() -> None:
    _, _, rule = dates_by_trigger(
        "The strike came a day after the union said workers would block the main port.").get(
        "block", (None, "", ""))
    assert GAP_REPORT not in rule


def test_an_after_clause_takes_its_heads_year_over_an_earlier_sentence() -> None:
    dates = dates_by_trigger(
        "Relations between the two countries go back to 1831. In 2011, Peru expelled the "
        "Chilean envoy, after three soldiers were killed at the border.")
    value, _, rule = dates["killed"]
    assert value == "2011"
    assert AFTER_OVER in rule


def test_an_after_clause_with_its_own_time_keeps_it() -> None:
    dates = dates_by_trigger(
        "Relations go back to 1831. In 2011, Peru expelled the Chilean envoy, after three "
        "soldiers were killed at the border in 2009.")
    value, _, rule = dates["killed"]
    assert value == "2009"
    assert AFTER_OVER not in rule


NEWS = "events.date.reported-news.v1"


def test_a_reported_pluperfect_with_no_day_is_the_news_of_the_document_date() -> None:
    value, basis, rule = dates_by_trigger(
        "An official told a news agency that the army had shelled a village near the border.")[
        "shelled"]
    assert (value, basis) == ("2023-06-15", "document_date")
    assert NEWS in rule


def test_a_reported_pluperfect_marked_older_keeps_no_date() -> None:
    value, _, rule = dates_by_trigger(
        "The minister said the army had fought the rebels for years.")["fought"]
    assert value is None
    assert NEWS not in rule


def test_a_report_dated_in_its_sentence_does_not_give_the_document_date() -> None:
    value, _, rule = dates_by_trigger(
        "On Monday, the president declared an emergency and said officials had ordered the "
        "arrest of the rebels.")["ordered"]
    assert value != "2023-06-15"
    assert NEWS not in rule


def test_an_earlier_report_does_not_give_the_document_date() -> None:
    value, _, rule = dates_by_trigger("Earlier, the rebels said they had attacked a convoy.")[
        "attacked"]
    assert value is None
    assert NEWS not in rule
