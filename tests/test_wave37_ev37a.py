"""Wave 37, ev37a: nominal acts that are no event, or not asserted (judges of pairs36).

- events.sense.class-of-acts.v1: "a pattern of bombings" is a class of acts, no one act.
- events.sense.verbless-fragment.v1: a sentence with no verb ("This new rebel offensive").
- events.sense.characterised-as.v1: "what were supposed to be concessions by X" characterises.
- events.modality.forecast-noun.v1: "a potential crackdown", "the planned visit": not asserted.
- events.modality.dated-ahead-noun.v1: "a crackdown next month": future, not asserted.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _events(text: str, trigger: str) -> list[dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    return [e for e in record["events"] if e["trigger"]["text"] == trigger]


def _one(text: str, trigger: str) -> dict[str, Any]:
    found = _events(text, trigger)
    assert len(found) == 1, found
    return found[0]


def test_headline_fragment_is_no_event(nlp: Any) -> None:
    assert _events("This new rebel offensive", "offensive") == []


def test_pattern_of_bombing_is_no_event(nlp: Any) -> None:
    text = ("These are part of a disturbing pattern of the military bombing of cities and towns "
            "in Colombia.")
    assert _events(text, "bombing") == []


def test_potential_crackdown_next_month_is_no_event(nlp: Any) -> None:
    text = ("Police urged them to leave the streets because of a potential government crackdown "
            "next month.")
    assert _events(text, "crackdown") == []
    assert _one(text, "urged")["type"] == "REQUEST"  # the urging itself stays


def test_crackdown_dated_next_month_is_not_asserted(nlp: Any) -> None:
    assert _events("A government crackdown next month was announced.", "crackdown") == []


def test_supposed_concessions_are_no_event(nlp: Any) -> None:
    text = ("But under what were supposed to be tough concessions by the Trump administration, "
            "the deal still requires assurances.")
    assert _events(text, "concessions") == []


def test_possible_deployment_is_no_event(nlp: Any) -> None:
    text = ("The two countries agreed to boost their military ties, including the possible "
            "deployment of British forces to Korea.")
    assert _events(text, "deployment") == []


# Near misses: reported nominal acts stay as they were.

def test_offensive_on_monday_stays(nlp: Any) -> None:
    event = _one("The army's offensive on Monday killed 12 people.", "offensive")
    assert (event["type"], event["modality"], event["date"]["value"]) == \
        ("ASSAULT", "asserted", "2023-06-12")


def test_concessions_made_stay(nlp: Any) -> None:
    event = _one("The government made concessions to the rebels on Monday.", "concessions")
    assert (event["type"], event["modality"], event["date"]["value"]) == \
        ("CONCEDE", "asserted", "2023-06-12")


def test_attack_characterised_by_police_stays(nlp: Any) -> None:
    event = _one("It was an attack by the rebels, police said.", "attack")
    assert (event["type"], event["modality"]) == ("ASSAULT", "asserted")


def test_series_of_attacks_stays(nlp: Any) -> None:
    event = _one("A series of attacks by rebels killed 12 soldiers on Monday.", "attacks")
    assert (event["type"], event["modality"]) == ("ASSAULT", "asserted")


def test_offensive_last_month_stays(nlp: Any) -> None:
    event = _one("The army's offensive last month killed 12 people.", "offensive")
    assert (event["modality"], event["date"]["value"]) == ("asserted", "2023-05")


def test_rally_on_a_weekday_is_not_read_ahead(nlp: Any) -> None:
    text = ("Jordan's King Abdullah II said on Friday that police would not beat demonstrators "
            "in the wake of a Friday rally in the Jordanian capital.")
    assert _one(text, "rally")["modality"] == "asserted"


def test_headline_with_a_mistagged_verb_stays(nlp: Any) -> None:
    text = "\"Italy's highest bank prosecutor orders arrest of Italy's richest man\""
    assert _one(text, "arrest")["type"] == "COERCE"


def test_a_verb_of_the_class_noun_form_is_no_class(nlp: Any) -> None:
    # pairs37: "attacks were recorded" is a count of attacks, not "a record of attacks"
    text = "At least 467 attacks were recorded in 2012 alone in Syria, the commission says."
    assert _one(text, "attacks")["type"] == "ASSAULT"


def test_a_planned_act_with_its_day_stays_an_event(nlp: Any) -> None:
    # pairs37: both judges counted "the planned demonstrations on July 24" as an event
    text = "The opposition said the planned demonstrations on July 24 would go ahead."
    event = _one(text, "demonstrations")
    assert (event["type"], event["modality"]) == ("PROTEST", "future")
