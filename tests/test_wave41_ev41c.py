"""Wave 41, ev41c: countries that are not parties, and territories with their own code.

- events.args.place-party-country.v2: a state that a place word in a party's own phrase names
  gives the party its code and is no second party; one named in a clause or through a participle
  of another tie than place, and phrases naming several states, keep the older reading.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
PLACE_PARTY = "events.args.place-party-country.v2"


def _event(text: str, trigger: str) -> tuple[list[tuple[str, str | None]],
                                            list[tuple[str, str | None]], dict[str, str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    rules = {a["name"]: a.get("rule") or "" for a in record["actors"]}
    [event] = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    return [actors[s] for s in event["source"]], [actors[t] for t in event["target"]], rules


def test_a_place_in_the_party_phrase_gives_its_code(nlp: Any) -> None:
    source, target, rules = _event(
        "Activists in the Pacific island nation of Fiji asked the European Union on Monday "
        "to end the policy.", "asked")
    assert source == [("Activists", "FJI")]
    assert target == [("European Union", "EUR")]
    assert PLACE_PARTY in rules["Activists"]


def test_a_possessive_country_in_a_title_gives_its_code(nlp: Any) -> None:
    source, _, _ = _event("The head of Bolivia's armed forces declined a request from Peru "
                          "for a meeting.", "declined")
    assert source == [("head", "BOL")]


def test_a_based_participle_gives_its_code(nlp: Any) -> None:
    source, _, _ = _event("The leaders of the Pyongyang-based youth association condemned "
                          "the United States.", "condemned")
    assert source == [("leaders", "PRK")]


def test_a_state_named_by_another_tie_keeps_the_older_reading(nlp: Any) -> None:  # near miss
    _, _, rules = _event("The armed opposition in the Russian-occupied enclave announced "
                         "a ceasefire.", "announced")
    assert PLACE_PARTY not in rules.get("armed opposition", "")


def test_a_state_that_acts_stays_a_party(nlp: Any) -> None:  # near miss: conjoined subjects
    source, _, _ = _event("Israel and the Palestinian Authority condemned the attack.",
                          "condemned")
    assert ("Israel", "ISR") in source


def test_two_states_in_a_phrase_keep_the_older_reading(nlp: Any) -> None:  # near miss
    source, _, rules = _event("The leaders of Somalia and Eritrea urged restraint.", "urged")
    assert ("Somalia", "SOM") in source
    assert PLACE_PARTY not in rules["leaders"]


def test_a_state_on_a_shared_border_gives_no_code(nlp: Any) -> None:
    # integ41 mend: a border or a coast is two countries' (tests/test_actors_round14.py)
    record = extract("Soldiers at the Syrian border fired on a truck on Sunday.", date="2023-06-15",
                     min_confidence=0)
    soldiers = next(a for a in record.actors if a.name == "Soldiers")
    assert soldiers.country != "SYR"
