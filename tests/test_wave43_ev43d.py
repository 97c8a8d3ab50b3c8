"""Wave 43, ev43d: acts told as earlier than the news, or summed over a span, have no date.

- events.date.recent-act-noun.v1: an act noun marked "recent", "previous", "earlier" ... is
  background of an untold day; "the latest clashes" and "this recent raid" keep their date.
- events.date.since-chain.v1: an act hanging on a simple present perfect that runs from a
  "since" time is part of that span; not with a perfect progressive on the way, nor a run of
  the last days.
- events.date.counted-total.v1: a simple present perfect done to an estimated count of
  thousands is a running total; a plain count, or one with a time, keeps its date.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday
RECENT = "events.date.recent-act-noun.v1"
SINCE = "events.date.since-chain.v1"
TOTAL = "events.date.counted-total.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    event: dict[str, Any] = found[0]
    return event


def _dated(event: dict[str, Any]) -> tuple[Any, Any, list[str]]:
    return event["date"]["value"], event["date"]["basis"], event["rule"].split("+")


def test_recent_clashes_undated(nlp: Any) -> None:
    text = ("The mayor's announcement came following the recent clashes between protesters "
            "and police.")
    value, basis, rules = _dated(_event(text, "clashes"))
    assert (value, basis) == (None, "unknown")
    assert RECENT in rules


def test_previous_attacks_undated(nlp: Any) -> None:
    text = "The operation follows previous attacks by the rebels on army posts."
    value, basis, rules = _dated(_event(text, "attacks"))
    assert (value, basis) == (None, "unknown")
    assert RECENT in rules


def test_latest_clashes_keep_document_date(nlp: Any) -> None:
    text = "The latest clashes between protesters and police left two people dead."
    value, basis, rules = _dated(_event(text, "clashes"))
    assert (value, basis) == (DATE, "document_date")
    assert RECENT not in rules


def test_this_recent_raid_keeps_its_date(nlp: Any) -> None:
    text = "Police raided the village. This recent raid is another reminder of the tension."
    event = _event(text.split(". ")[1], "raid")
    assert RECENT not in _dated(event)[2]


def test_accusing_under_since_perfect_undated(nlp: Any) -> None:
    text = ("Since the collapse of the 1994 war, the small area has erupted in sporadic "
            "violence, with Baku accusing Armenia.")
    value, basis, rules = _dated(_event(text, "accusing"))
    assert (value, basis) == (None, "unknown")
    assert SINCE in rules


def test_accuse_under_since_then_undated(nlp: Any) -> None:
    # wave 104: "his successor" is someone else, no source from "his", so the opposition here
    text = ("Since then, however, Castro has been silent on the issue, allowing the opposition "
            "to accuse him of crimes.")
    value, basis, rules = _dated(_event(text, "accuse"))
    assert (value, basis) == (None, "unknown")
    assert SINCE in rules


def test_since_progressive_keeps_going_on(nlp: Any) -> None:
    text = ("Since 2012, opposition groups have been rallying in the capital, accusing the "
            "government of fraud.")
    assert SINCE not in _dated(_event(text, "accusing"))[2]


def test_recent_since_keeps_document_date(nlp: Any) -> None:
    text = ("Since Monday, the area has erupted in violence, with the rebels accusing the "
            "army of shelling.")
    assert SINCE not in _dated(_event(text, "accusing"))[2]


def test_estimated_thousands_detained_is_a_total(nlp: Any) -> None:
    text = ("According to Amnesty International, nearly 5,000 people have been detained as a "
            "result of the political disturbances.")
    value, basis, rules = _dated(_event(text, "detained"))
    assert (value, basis) == (None, "unknown")
    assert TOTAL in rules


def test_estimated_count_active_perfect_is_a_total(nlp: Any) -> None:
    text = "Honduras has deported an estimated 17,846 people."
    value, basis, rules = _dated(_event(text, "deported"))
    assert (value, basis) == (None, "unknown")
    assert TOTAL in rules


def test_plain_count_keeps_document_date(nlp: Any) -> None:
    text = "Police have detained 2,000 protesters."
    value, basis, rules = _dated(_event(text, "detained"))
    assert (value, basis) == (DATE, "document_date")
    assert TOTAL not in rules


def test_small_estimated_count_keeps_document_date(nlp: Any) -> None:
    text = "Police have arrested nearly 50 people."
    value, basis, rules = _dated(_event(text, "arrested"))
    assert (value, basis) == (DATE, "document_date")
    assert TOTAL not in rules


def test_counted_with_a_time_keeps_it(nlp: Any) -> None:
    text = "Police have detained more than 1,000 protesters on Sunday."
    assert TOTAL not in _dated(_event(text, "detained"))[2]


def test_first_time_since_keeps_the_news_date(nlp: Any) -> None:
    text = ("It was the first time Chile and Peru have been represented at a summit by a "
            "foreign minister since the two nations fought a border war in 1995.")
    assert SINCE not in _dated(_event(text, "summit"))[2]


def test_conjunct_with_own_tense_not_spanned(nlp: Any) -> None:
    text = ("Banda has maintained his innocence since his arrest in 2009 and is now serving a "
            "sentence after being accused of aiding the armed groups.")
    assert SINCE not in _dated(_event(text, "accused"))[2]


def test_deployed_thousands_is_one_act(nlp: Any) -> None:
    text = "Some 1,800 police have been deployed in the center of the capital."
    value, basis, rules = _dated(_event(text, "deployed"))
    assert (value, basis) == (DATE, "document_date")
    assert TOTAL not in rules
