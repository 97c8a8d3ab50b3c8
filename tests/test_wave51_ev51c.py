"""Wave 51 (ev51c): the doer of a passive act of force named elsewhere in its clause
(events.args.force-act-agent.v1, hands-agent.v1, reporting-force.v1), and near misses."""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"


def _source(text: str, trigger: str) -> tuple[list[str], str]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    return [names[a] for a in event["source"]], event["rule"]


def test_police_speaker_detains(nlp: Any) -> None:
    source, rule = _source("Police said 30 people were detained in the capital.", "detained")
    assert source == ["Police"] and "events.args.reporting-force.v1" in rule


def test_army_speaker_after_clause(nlp: Any) -> None:
    source, _ = _source("Ten people were detained, the army said.", "detained")
    assert source == ["army"]


def test_police_operation_arrests(nlp: Any) -> None:
    source, rule = _source("The group was arrested in a police operation in Sao Paulo.",
                           "arrested")
    assert source == ["police"] and "events.args.force-act-agent.v1" in rule


def test_at_the_hands_of(nlp: Any) -> None:
    source, rule = _source("Three soldiers were killed at the hands of Boko Haram.", "killed")
    assert source == ["Boko Haram"] and "events.args.hands-agent.v1" in rule


def test_rights_group_speaker_is_no_doer(nlp: Any) -> None:
    assert _source("A rights group said 30 people were detained.", "detained")[0] == []


def test_police_victims_keep_no_source(nlp: Any) -> None:
    assert _source("Two policemen were killed in the city.", "killed")[0] == []


def test_police_speaker_of_a_shooting_is_no_doer(nlp: Any) -> None:
    assert _source("Police said a man was shot dead.", "shot")[0] == []


def test_agent_in_another_sentence_not_taken(nlp: Any) -> None:
    text = "Police raided the camp. Twelve people were detained."
    assert _source(text, "detained")[0] == []


def test_place_modifier_of_a_police_operation_is_not_the_doer(nlp: Any) -> None:
    # lead's narrowing after val: the police noun of the act outranks a place name beside it
    source, rule = _source("Ten dealers were arrested overnight in a Jersey police operation.",
                           "arrested")
    assert source == ["police"] and "events.args.force-act-agent.v1" in rule
