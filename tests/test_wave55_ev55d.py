"""Wave 55, ev55d: a protest aimed in so many words at the rulers of its country.

- events.args.ruler-protest-state.v1: a protest with no target whose aims name the rulers
  ("to denounce the government's treatment of ...", "against the regime"), or whose own phrase
  has an "anti-government" modifier or a "down with the regime" slogan, targets the state of
  its country: the one country of its sources (not state bodies), or with no source the one
  country of the places its sentence names. Not when it is aimed elsewhere, held in support,
  a strike, or its aims name a party of another country.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.ruler-protest-state.v1"


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, Any]]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], {a["id"]: a for a in record["actors"]}


def _countries(event: dict[str, Any], actors: dict[str, Any], slot: str) -> list[str | None]:
    return [actors[a]["country"] for a in event[slot]]


def test_denouncing_the_government_targets_the_state(nlp: Any) -> None:
    event, actors = _event("Thousands of Kenyans marched on Friday to condemn the Kenyan "
                           "government's handling of the economy.", "marched")
    assert event["type"] == "PROTEST"
    assert _countries(event, actors, "target") == ["KEN"]
    assert RULE in event["rule"]


def test_anti_government_protests_held_by_a_named_group(nlp: Any) -> None:
    event, actors = _event("Kenyan clergy held anti-government protests on Monday.", "held")
    assert _countries(event, actors, "target") == ["KEN"]
    assert RULE in event["rule"]


def test_anti_regime_protests_with_no_source_take_the_place_country(nlp: Any) -> None:
    event, actors = _event("Anti-regime demonstrations broke out in Damascus on Sunday.",
                           "demonstrations")
    assert event["source"] == []
    assert _countries(event, actors, "target") == ["SYR"]
    assert RULE in event["rule"]


def test_government_of_another_country_is_not_the_home_state(nlp: Any) -> None:
    event, actors = _event("Thousands of Palestinians protested against the Israeli "
                           "government on Sunday.", "protested")
    assert RULE not in event["rule"]
    assert "PSE" not in _countries(event, actors, "target")


def test_protest_with_another_aim_keeps_no_target(nlp: Any) -> None:
    event, _ = _event("Kenyan teachers held protests against the mining company on Monday.",
                      "held")
    assert RULE not in event["rule"]


def test_protest_with_no_ruler_aim_is_left_alone(nlp: Any) -> None:
    event, _ = _event("Kenyan teachers held protests on Monday.", "held")
    assert RULE not in event["rule"]


def test_state_body_as_source_gets_no_state_target(nlp: Any) -> None:
    event, _ = _event("The Kenyan cabinet held anti-government protests on Monday.", "held")
    assert RULE not in event["rule"]


def test_country_as_source_gets_no_state_target(nlp: Any) -> None:
    event, _ = _event("Kenya's Orange Democratic Movement held anti-government protests on "
                      "Monday.", "held")
    assert RULE not in event["rule"]
