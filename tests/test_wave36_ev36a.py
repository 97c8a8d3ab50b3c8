"""Wave 36, ev36a: event dates the text gives but the document date took (judged rounds 21-22).

- events.date.restated-time.v1: "The agreement was reached on Saturday" dates the act of its
  kind in the sentence next to it.
- times.statement-day.v1: "tomorrow" in a statement made on a named earlier day counts from it.
- times.perfect-weekday.v2: a bare weekday of a participle hung on a present perfect, of a
  perfect infinitive or of an attempt told in the past is the one before the document date.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _record(text: str, date: str = DATE) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=date).to_dict()
    return record


def _event(text: str, trigger: str, date: str = DATE) -> dict[str, Any]:
    found = [e for e in _record(text, date)["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0]


def _time(text: str, words: str, date: str = DATE) -> dict[str, Any]:
    found = [t for t in _record(text, date)["times"] if t["text"] == words]
    assert len(found) == 1, found
    return found[0]


def test_agreement_reached_on_a_day_dates_the_agreement_before(nlp: Any) -> None:
    text = ("Leaders of Egypt and Jordan agreed to expand trade. "
            "The agreement was reached on Saturday in Cairo.")
    event = _event(text, "agreed")
    assert (event["date"]["value"], event["date"]["basis"]) == ("2023-06-10", "narrative")
    assert "events.date.restated-time.v1" in event["rule"].split("+")


def test_attack_took_place_on_a_day_in_the_next_line(nlp: Any) -> None:
    text = "The rebels attacked an army base near Goma.\nThe attack took place on Tuesday."
    event = _event(text, "attacked")
    assert event["date"]["value"] == "2023-06-13"
    assert "events.date.restated-time.v1" in event["rule"].split("+")


def test_future_light_verb_dates_nothing(nlp: Any) -> None:
    text = "Iran and France held talks in Vienna. The talks will be held again on Monday."
    event = _event(text, "held")
    assert (event["date"]["value"], event["date"]["basis"]) == (DATE, "document_date")


def test_noun_of_another_kind_dates_nothing(nlp: Any) -> None:
    text = "Rebels attacked an army base near Goma. The talks were held on Tuesday."
    event = _event(text, "attacked")
    assert (event["date"]["value"], event["date"]["basis"]) == (DATE, "document_date")


def test_new_agreement_is_another_act(nlp: Any) -> None:
    text = ("Leaders of Egypt and Jordan agreed to expand trade. "
            "A new agreement was reached on Saturday in Cairo.")
    event = _event(text, "agreed")
    assert (event["date"]["value"], event["date"]["basis"]) == (DATE, "document_date")


def test_tomorrow_in_a_statement_of_thursday_is_friday(nlp: Any) -> None:
    text = "The presidential office said early on Thursday that the curfew would start tomorrow."
    time = _time(text, "tomorrow", date="2023-06-17")
    assert (time["value"], time["rule"]) == ("2023-06-16", "times.statement-day.v1")


def test_tomorrow_in_a_statement_of_today_counts_from_the_document(nlp: Any) -> None:
    text = "The presidential office said today that the curfew would start tomorrow."
    time = _time(text, "tomorrow")
    assert (time["value"], time["rule"]) == ("2023-06-16", "times.deictic-day.v2")


def test_tomorrow_outside_a_statement_counts_from_the_document(nlp: Any) -> None:
    text = "Police arrested 20 people on Monday and will release them tomorrow."
    time = _time(text, "tomorrow")
    assert (time["value"], time["rule"]) == ("2023-06-16", "times.deictic-day.v2")


def test_participle_of_a_present_perfect_takes_the_friday_before(nlp: Any) -> None:
    text = "The militants have stepped up their attacks, killing a dozen people on Friday night."
    assert _time(text, "Friday night")["value"] == "2023-06-09TNI"


def test_perfect_infinitive_takes_the_friday_before(nlp: Any) -> None:
    text = "Demonstrators were reported to have taken to the streets on Friday."
    assert _time(text, "Friday")["value"] == "2023-06-09"


def test_attempt_in_the_past_takes_the_saturday_before(nlp: Any) -> None:
    text = "Hundreds of demonstrators tried to force their way into the building on Saturday."
    assert _time(text, "Saturday")["value"] == "2023-06-10"


def test_plan_and_future_keep_the_saturday_after(nlp: Any) -> None:
    assert _time("The unions plan to march on Saturday.", "Saturday")["value"] == "2023-06-17"
    assert _time("The leaders will meet on Saturday.", "Saturday")["value"] == "2023-06-17"
