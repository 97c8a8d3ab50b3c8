"""Session 120 (issue 11): rules written from the judged rounds 165-172, on sentences written for
these tests. Each names the rule it pins; the second test of each pair pins what must not change."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.record import Event, Record

pytestmark = pytest.mark.model


def _events(text: str, date: str = "2019-05-28") -> tuple[Record, list[Event]]:
    record = extract(text, date=date, min_confidence=0)
    return record, record.events


def _names(record: Record, ids: list[str]) -> list[str]:
    actors = {a.id: a for a in record.actors}
    return [actors[i].name for i in ids]


def _codes(record: Record, ids: list[str]) -> list[str | None]:
    actors = {a.id: a for a in record.actors}
    return [actors[i].country for i in ids]


def _by_trigger(events: list[Event], word: str) -> Event:
    (found,) = [e for e in events if e.trigger.text == word]
    return found


# --- events.sense.order-forces-alert.v1, events.sense.order-forces-in.v1 ----------------------


def test_forces_ordered_on_alert_are_mobilised(nlp: Any) -> None:
    _, events = _events("The Moldovan president told parliament in Chisinau that he had ordered "
                        "the army to be on full alert along the eastern border.")
    order = _by_trigger(events, "ordered")
    assert order.type == "MOBILIZE" and "events.sense.order-forces-alert.v1" in order.rule


def test_forces_ordered_in_are_sent_in(nlp: Any) -> None:
    _, events = _events("President Goodluck Jonathan ordered the army in on Sunday after a week "
                        "of killings in the town.")
    order = _by_trigger(events, "ordered")
    assert order.type == "MOBILIZE" and "events.sense.order-forces-in.v1" in order.rule


def test_an_order_in_a_phrase_with_in_sends_nobody_in(nlp: Any) -> None:
    _, events = _events("President Paul Biya ordered Chadian soldiers who had fought beside his "
                        "army to leave Cameroon, in an abrupt break with N'Djamena.")
    assert _by_trigger(events, "ordered").type != "MOBILIZE"


def test_an_order_to_investigate_stays_a_request(nlp: Any) -> None:
    _, events = _events("President Mahinda Rajapaksa ordered police to investigate the attack on "
                        "the newspaper's printing press.")
    assert _by_trigger(events, "ordered").type == "REQUEST"


# --- events.args.discussed-topic.v1 ----------------------------------------------------------


def test_a_discussed_country_is_no_party(nlp: Any) -> None:
    _, events = _events("European Union leaders are due to discuss relations with Serbia "
                        "at a summit in Brussels in March.")
    talks = _by_trigger(events, "discuss")
    assert talks.type == "CONSULT" and talks.target == []
    assert "events.args.discussed-topic.v1" in talks.rule


def test_the_partner_of_a_discussion_stays_its_target(nlp: Any) -> None:
    record, events = _events("Turkish President Recep Tayyip Erdogan discussed Syria with Iranian "
                             "President Hassan Rouhani by telephone on Tuesday.")
    talks = _by_trigger(events, "discussed")
    assert _names(record, talks.target) == ["Hassan Rouhani"]
    assert "SYR" not in _codes(record, talks.target)


def test_the_author_of_discussed_proposals_stays_a_party(nlp: Any) -> None:
    record, events = _events("Foreign Minister Sergei Lavrov said he had also discussed "
                             "proposals made by German Chancellor Angela Merkel.")
    talks = _by_trigger(events, "discussed")
    assert _names(record, talks.target) == ["Angela Merkel"]


# --- events.args.linked-force-agent.v1 -------------------------------------------------------


def test_police_of_the_coordinated_clause_made_the_arrests(nlp: Any) -> None:
    record, events = _events("Riot police used batons and tear gas to clear the square in Minsk, "
                             "and dozens of people were detained.")
    arrest = _by_trigger(events, "detained")
    assert _names(record, arrest.source) == ["Riot police"]
    assert "events.args.linked-force-agent.v1" in arrest.rule


def test_an_earlier_arrest_lends_no_agent_to_another(nlp: Any) -> None:
    _, events = _events("Nepalese soldiers arrested former Prime Minister Sher Bahadur Deuba on "
                        "Monday, seven weeks after his rival Madhav Kumar Nepal was detained.")
    assert _by_trigger(events, "detained").source == []


def test_police_named_as_the_object_made_no_arrest(nlp: Any) -> None:
    _, events = _events("Protesters threw stones at police in Cairo, and dozens were arrested.")
    assert _by_trigger(events, "arrested").source == []


# --- events.args.us-story-setting.v2 ---------------------------------------------------------

ABROAD = """The United States suspended military aid to Guatemala on Tuesday, U.S. officials said,
after the Guatemalan government expelled the head of a U.N.-backed anti-corruption commission.

The U.S. State Department called the decision "deeply troubling". U.S. lawmakers had warned for
months that U.S. aid would be cut, and the U.S. ambassador met Guatemalan ministers in Guatemala
City last week. Mexico and the United Nations urged calm, and the European Union said it was
following events closely.

Police fired tear gas at protesters outside the presidential palace.

Washington gave Guatemala more than $100 million in aid last year, U.S. figures show."""

#: The same story with protests in two US cities: the United States is a stage too.
AT_HOME = ABROAD.replace("following events closely.", "following events closely. Protesters "
                         "also marched in Chicago and Los Angeles.")


def test_a_us_story_set_abroad_gives_the_police_the_country_it_is_set_in(nlp: Any) -> None:
    record, events = _events(ABROAD, date="2019-01-09")
    fired = _by_trigger(events, "fired")
    assert _codes(record, fired.source) == ["GTM"]
    assert "events.args.us-story-setting.v2" in fired.rule


def test_a_us_story_set_at_home_keeps_the_united_states(nlp: Any) -> None:
    record, events = _events(AT_HOME, date="2019-01-09")
    fired = _by_trigger(events, "fired")
    assert _codes(record, fired.source) == ["USA"]
    assert "events.args.us-story-setting.v2" not in fired.rule


def test_a_body_its_name_calls_american_keeps_the_united_states(nlp: Any) -> None:
    record, events = _events(ABROAD.replace(
        "Police fired tear gas at protesters outside the presidential palace.",
        "Some Republican lawmakers welcomed the suspension."), date="2019-01-09")
    welcomed = _by_trigger(events, "welcomed")
    assert _codes(record, welcomed.source) == ["USA"]
