"""Wave 41, ev41e: triggers in another sense make no event (sense_readings.py).

- events.sense.call-naming.v1: "the paramilitary, called the Furqan" names, no CONSULT.
- events.sense.provide-for-stipulate.v1: "as provided for in the law" stipulates, no AID.
- events.sense.provide-by-instrument.v1: "the verdict has provided ... a remedy", no AID.
- events.sense.receive-admitted.v1: "has not received a single migrant", no CONSULT.
- events.sense.receive-thing.v1: "received intelligence that ...", no CONSULT.
- events.sense.ask-bare.v1: "Gareau asks." attributes a question, no REQUEST.
- events.sense.agree-opinion.v1: "agreed the commitment was shared", no AGREE.
- events.sense.opposed-to-stance.v1: "Activists opposed to the minister suspended", no REJECT.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.stages.senses import sense_rules

DATE = "2023-06-15"
OURS = {"events.sense.call-naming.v1", "events.sense.provide-for-stipulate.v1",
        "events.sense.provide-by-instrument.v1", "events.sense.receive-admitted.v1",
        "events.sense.receive-thing.v1",
        "events.sense.ask-bare.v1", "events.sense.agree-opinion.v1",
        "events.sense.opposed-to-stance.v1"}


def _events(text: str) -> list[tuple[str, str]]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    return [(e["trigger"]["text"], e["type"]) for e in record["events"]]


def _one(text: str, trigger: str) -> tuple[str, list[str], list[str], str]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    [event] = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    return (event["type"], [names[s] for s in event["source"]],
            [names[t] for t in event["target"]], event["rule"].split("+")[0])


def test_rules_are_loaded() -> None:
    assert {r.rule for r in sense_rules()} >= OURS


def test_named_participle_is_no_call(nlp: Any) -> None:
    text = "The rebels joined forces with the paramilitary, called the Furqan."
    assert ("called", "CONSULT") not in _events(text)


def test_relative_naming_is_no_call(nlp: Any) -> None:
    text = "King Abdullah announced his new policy, which he calls Vision 2030."
    assert ("calls", "CONSULT") not in _events(text)


def test_phone_call_stays_consult(nlp: Any) -> None:
    assert _one("Obama called Putin on Tuesday.", "called") == (
        "CONSULT", ["Obama"], ["Putin"], "events.consult.call.v1")


def test_provided_for_in_a_law_is_no_aid(nlp: Any) -> None:
    assert _events("The tax was changed, as provided for in the 2014 education law.") == []


def test_verdict_providing_a_remedy_is_no_aid(nlp: Any) -> None:
    assert ("provided", "AID") not in _events(
        "The verdict has provided Anguilla a legal remedy.")


def test_party_providing_weapons_stays_aid(nlp: Any) -> None:
    assert _one("The United States provided Ukraine with weapons.", "provided") == (
        "AID", ["United States"], ["Ukraine"], "events.aid.provide.v1")


def test_owned_decision_providing_capital_stays_aid(nlp: Any) -> None:
    assert _one("The IMF's decision will provide some additional capital for Gambia.",
                "provide") == ("AID", ["IMF"], ["Gambia"], "events.aid.provide.v1")


def test_migrants_received_is_no_consult(nlp: Any) -> None:
    assert _events("Nicaragua has not received a single migrant since July.") == []


def test_delegation_received_stays_consult(nlp: Any) -> None:
    assert _one("Nicaragua received a delegation from Cuba.", "received")[0] == "CONSULT"


def test_bare_ask_is_no_request(nlp: Any) -> None:
    assert _events("Gareau asks.") == []


def test_ask_with_addressee_stays_request(nlp: Any) -> None:
    assert _one("Gareau asked Canada to withdraw its troops.", "asked")[:3] == (
        "REQUEST", ["Gareau"], ["Canada"])


def test_agreeing_on_an_opinion_is_no_agree(nlp: Any) -> None:
    text = "Iran and Iraq agreed the leaders' commitment was shared by each country."
    assert ("agreed", "AGREE") not in _events(text)


def test_agreeing_that_talks_would_resume_stays_agree(nlp: Any) -> None:
    assert _one("Iran and Iraq agreed that talks would resume.", "agreed")[0] == "AGREE"


def test_agreeing_to_talks_stays_agree(nlp: Any) -> None:
    assert _one("Iran and Iraq agreed to hold talks.", "agreed")[0] == "AGREE"


def test_opposed_to_as_a_verbless_participle_is_no_reject(nlp: Any) -> None:
    text = "Activists opposed to the prime minister suspended protests."
    assert ("opposed", "REJECT") not in _events(text)


def test_is_opposed_to_stays_reject(nlp: Any) -> None:
    assert _one("The opposition is opposed to this plan.", "opposed")[0] == "REJECT"


def test_intelligence_received_is_no_consult(nlp: Any) -> None:
    text = "The army said it received intelligence that a clash would take place."
    assert ("received", "CONSULT") not in _events(text)
