"""Wave 53, ev53e: dates of background acts (issue 11).

- events.date.background-participle.v1: a bare present participle hung after a clause that is
  background of an earlier time ("in the past", "had already ...") is that act's scene and is
  undated too, not given the document date; a participle of a clause told as news, or with a
  day of its own clause, keeps its date.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.background-participle.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    event: dict[str, Any] = found[0]
    return event


def test_participle_of_an_in_the_past_clause_is_undated(nlp: Any) -> None:
    event = _event("In the past, the rebels attacked the town, demanding the release of "
                   "prisoners.", "demanding")
    assert event["date"]["basis"] == "unknown"
    assert event["date"]["value"] is None
    assert RULE in event["rule"]


def test_participle_of_a_previously_clause_is_undated(nlp: Any) -> None:
    event = _event("The opposition had previously staged strikes in the capital, accusing "
                   "the cabinet of fraud.", "accusing")
    assert event["date"]["basis"] == "unknown"
    assert RULE in event["rule"]


def test_participle_of_a_news_act_keeps_the_document_date(nlp: Any) -> None:
    event = _event("The rebels attacked the town, demanding the release of prisoners.",
                   "demanding")
    assert event["date"]["value"] == DATE
    assert RULE not in event["rule"]


def test_participle_of_a_dated_act_keeps_the_day(nlp: Any) -> None:
    event = _event("The rebels attacked the town on Monday, demanding the release of "
                   "prisoners.", "demanding")
    assert event["date"]["value"] == "2023-06-12"
    assert RULE not in event["rule"]


def test_participle_of_a_reported_pluperfect_told_as_news_keeps_its_date(nlp: Any) -> None:
    event = _event("The ministry said it had ordered the troops to withdraw, accusing the "
                   "rebels of breaking the truce.", "accusing")
    assert event["date"]["value"] == DATE
    assert RULE not in event["rule"]


def test_participle_with_its_own_mark_is_left_alone(nlp: Any) -> None:
    event = _event("In the past, the rebels attacked the town. The government said on Monday "
                   "it was acting while accusing the rebels of terror.", "accusing")
    assert RULE not in event["rule"]


def test_participle_of_a_pluperfect_under_a_dated_report_keeps_the_report_day(nlp: Any) -> None:
    event = _event("The Kenyan government announced Tuesday that it had signed a deal with "
                   "Somalia, pledging to withdraw its troops within 30 days.", "pledging")
    assert RULE not in event["rule"]
