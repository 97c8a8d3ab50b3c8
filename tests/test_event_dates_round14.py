"""Issue 11, round 14 (ev14d): event dates of the shapes the round-11 and round-12 judges found
(docs/judged/round1[12]/events-*.jsonl): acts told as one of an earlier series ("has twice
sued", "More recently, ... has reached a deal") and running totals of money received given the
document date; a reaction to an act told in the sentence before dated to that act; acts of a
story's body that go on with the incident its lead dates, given the document date; and a future
act after a sentence that sets a future time, left undated.

The sentences are our own wording of those shapes."""

from __future__ import annotations

import pytest

from tests.event_records import DATE as DOCUMENT_DATE
from tests.event_records import date_of as _date
from tests.event_records import dated_record as _record
from tests.event_records import event_at as _event

# --- events.date.earlier-series.v2 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Greek government has twice before sued the Macedonian government over the name.",
         "sued"),
        ("The rebels have attacked the border post three times, the army said.", "attacked"),
        ("More recently, the airline has signed a contract with a Chinese supplier and has "
         "reached a deal with a state-owned lessor.", "reached"),
        ("The Norwegian navy has seized Russian trawlers before.", "seized"),
    ],
)
def test_an_act_of_an_earlier_series_has_no_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.earlier-series.v2" in event.rule


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        # a time of its own still dates it
        ("The rebels attacked the border post twice on Monday.", "attacked", "2023-06-12"),
        # "shortly before" and "a day before" count no series
        ("Police arrested the mayor shortly before, the ministry said.", "arrested",
         DOCUMENT_DATE),
        # "twice" on an adjective or a number is no series of acts
        ("Germany pledged twice as much aid to Ukraine as France.", "pledged", DOCUMENT_DATE),
    ],
)
def test_no_series_keeps_the_date(text: str, word: str, value: str) -> None:
    event = _event(text, word)
    assert event.date.value == value
    assert "events.date.earlier-series.v2" not in event.rule


# --- events.date.running-total.v1 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The carmaker has received $13.4 billion in federal loans from the government.",
         "received"),
        ("The two airlines have received 400 million euros from the state.", "received"),
        ("Washington will give the carmaker a loan of $8 billion in addition to the funds it has "
         "already received.", "received"),
    ],
)
def test_a_running_total_received_has_no_date(text: str, word: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (None, "unknown")
    assert "events.date.running-total.v1" in event.rule


def test_a_receipt_on_a_day_keeps_its_day() -> None:
    event = _event("The carmaker received $2 billion from the government on Tuesday.", "received")
    assert (event.date.value, event.date.basis) == ("2023-06-13", "explicit")


# --- events.date.reaction.v1 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("General Motors called off the sale of its German unit on Tuesday.\nPoliticians in "
         "Berlin expressed anger at the carmaker's cancellation of the sale.", "expressed"),
        ("Serbian troops shelled the town on Tuesday.\nThe European Union condemned the attack.",
         "condemned"),
        ("The junta expelled the French ambassador on Monday.\nParis criticized the decision.",
         "criticized"),
    ],
)
def test_a_reaction_takes_not_the_time_of_the_act_it_reacts_to(text: str, word: str) -> None:
    event = _event(text, word)
    assert (event.date.value, event.date.basis) == (DOCUMENT_DATE, "document_date")
    assert "events.date.reaction.v1" in event.rule


def test_a_reaction_with_its_own_day_keeps_it() -> None:
    text = ("Serbian troops shelled the town on Tuesday.\nThe European Union condemned the attack "
            "on Wednesday.")
    assert _date(text, "condemned") == ("2023-06-14", "explicit")


def test_an_act_of_the_scene_keeps_the_narrative_time() -> None:
    text = ("Thousands of protesters gathered in Paris on Saturday.\nThey denounced the "
            "government and clashed with police.")
    assert _date(text, "denounced") == ("2023-06-10", "narrative")


# --- events.date.lead-incident.v1 ------------------------------------------------------------


STORY = ("Riot police clashed with protesters outside parliament in Tirana on Saturday.\n\n"
         "The opposition says the vote was rigged. Its leader is in hiding.\n\n"
         "Protesters attacked two police vans with stones. The interior minister condemned the "
         "violence.")


def test_an_act_of_the_leads_kind_goes_on_with_the_leads_incident() -> None:
    event = _event(STORY, "attacked")
    assert (event.date.value, event.date.basis) == ("2023-06-10", "narrative")
    assert "events.date.lead-incident.v1" in event.rule


def test_an_act_of_another_kind_keeps_the_document_date() -> None:
    assert _date(STORY, "condemned") == (DOCUMENT_DATE, "document_date")


def test_a_lead_after_a_headline() -> None:
    text = ("Police detain students in Dhaka\n"
            "Police arrested twelve students in Dhaka on Monday.\n\n"
            "The ministry says the students broke the law.\n\n"
            "Police arrested two teachers as well.")
    events = [e for e in _record(text).events if e.trigger.text == "arrested"]
    assert [(e.date.value, e.date.basis) for e in events] == [
        ("2023-06-12", "explicit"), ("2023-06-12", "narrative")]


def test_a_present_act_of_the_body_is_news_of_the_document_date() -> None:
    text = ("Police arrested twelve students in Dhaka on Monday.\n\n"
            "The ministry says the students broke the law.\n\n"
            "Police are arresting more students, the union says.")
    assert _date(text, "arresting") == (DOCUMENT_DATE, "document_date")


# --- events.date.future-scene.v1 -------------------------------------------------------------


def test_a_future_act_takes_the_future_time_the_sentence_before_sets() -> None:
    text = "The German chancellor will visit Warsaw on Monday.\nShe will meet the Polish president."
    event = _event(text, "meet")
    assert (event.date.value, event.date.basis) == ("2023-06-19", "narrative")
    assert "events.date.future-scene.v1" in event.rule


def test_a_future_act_after_a_past_time_stays_undated() -> None:
    text = "The German chancellor visited Warsaw on Monday.\nShe will meet the Polish president."
    assert _date(text, "meet") == (None, "unknown")
