"""Wave 44, ev44d: triggers in non-event senses, second pass (issue 11).

- events.sense.warn-of-crowd-act.v1: "officials warned that demonstrators would protest again"
  forecasts others' acts, no threat (the protest forecast stays an event of its own).
- events.sense.warn-of-feeling.v1: "warned of deep concern" voices a feeling, no threat.
- events.sense.give-papers.v1: witnesses, letters, answers handed over are no aid, also when a
  relative pronoun stands for them ("the letter, which was provided").
- events.sense.business-concession.v1: an oil concession, concessions to firms: business.
Near misses keep their events: a union's warning of a strike, a warned arrest, a warning of
measures, aid in a relative clause, weapons provided, concessions to the opposition.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.stages.senses import sense_rules

DATE = "2023-06-15"
Event = tuple[str, str, list[str], list[str], str]


def _events(text: str) -> list[Event]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[s] for s in e["source"]],
             [actors[t] for t in e["target"]], e["rule"]) for e in record["events"]]


def _triggers(text: str) -> list[str]:
    return [e[1] for e in _events(text)]


def test_rules_are_loaded() -> None:
    names = {r.rule for r in sense_rules()}
    assert {"events.sense.warn-of-crowd-act.v1", "events.sense.warn-of-feeling.v1",
            "events.sense.give-papers.v1", "events.sense.business-concession.v1"} <= names


def test_warning_of_a_crowd_protest_is_no_threat(nlp: Any) -> None:
    events = _events("Officials warned that thousands of demonstrators would protest again.")
    assert [(e[0], e[1], e[2]) for e in events] == [
        ("PROTEST", "protest", ["thousands of demonstrators"])]


def test_union_warning_of_a_strike_stays(nlp: Any) -> None:
    [event] = _events("The union warned that workers would strike on Monday.")
    assert (event[0], event[1]) == ("THREATEN", "warned")
    assert event[4].startswith("events.threaten.warn.v1")


def test_warned_arrest_stays_a_threat(nlp: Any) -> None:
    [event] = _events("The army warned that protesters would be arrested.")
    assert event[:4] == ("THREATEN", "warned", ["army"], ["protesters"])
    assert event[4] == "events.threaten.warn.v1"


def test_warning_of_concern_is_no_threat(nlp: Any) -> None:
    assert _events("The minister warned of deep concern over the standoff.") == []


def test_warning_of_measures_stays(nlp: Any) -> None:
    [event] = _events("The government warned of tough measures against the rebels.")
    assert event[:3] == ("THREATEN", "warned", ["government"])
    assert event[4] == "events.threaten.warn-of.v1"


def test_witnesses_provided_are_no_aid(nlp: Any) -> None:
    assert _events("Police failed to provide any witnesses.") == []


def test_letter_provided_in_relative_clause_is_no_aid(nlp: Any) -> None:
    assert _events("The letter, which was provided to the newspaper, was made public on "
                   "Monday.") == []


def test_aid_provided_in_relative_clause_stays(nlp: Any) -> None:
    [event] = _events("The aid that Japan provided to Nepal arrived on Monday.")
    assert event[:4] == ("AID", "provided", ["Japan"], ["Nepal"])
    assert event[4] == "events.aid.provide.v1"


def test_weapons_provided_stay_aid(nlp: Any) -> None:
    [event] = _events("The United States provided weapons to the rebels.")
    assert event[:3] == ("AID", "provided", ["United States"])
    assert event[4] == "events.aid.provide-weapons.v1"


def test_concessions_to_firms_are_business(nlp: Any) -> None:
    assert _events("The ministry granted concessions to foreign oil firms.") == []


def test_oil_concession_is_business(nlp: Any) -> None:
    assert _events("They exploited the villagers for their oil concession.") == []


def test_concessions_to_the_opposition_stay(nlp: Any) -> None:
    [event] = _events("The government made concessions to the opposition.")
    assert event[:3] == ("CONCEDE", "concessions", ["government"])
    assert event[4] == "events.concede.concession-noun.v1"


def test_warning_a_party_of_escalating_protests_stays(nlp: Any) -> None:
    events = _events("Supporters of the president have warned the United States that the "
                     "protests will escalate.")
    assert [(e[0], e[1]) for e in events if e[1] == "warned"] == [("THREATEN", "warned")]
