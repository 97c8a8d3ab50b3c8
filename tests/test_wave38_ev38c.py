"""Wave 38, ev38c: whom protests, demands and calls are aimed at (``stages.event_aims``).

- events.args.protest-aim.v1: "protests erupted against Greece's government", "were held
  against the first lady, Ana Diaz", "was aimed at pressuring Russia".
- events.args.demand-clause.v1: "demanding Kabila step down": the one asked to act.
- events.args.addressee-group.v2: "called on member countries to", "urged the two nations to".
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"  # a Thursday


def _event(text: str, trigger: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    found = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    assert len(found) == 1, found
    return found[0], {a["id"]: a for a in record["actors"]}


def _targets(text: str, trigger: str) -> list[tuple[str, str | None]]:
    event, actors = _event(text, trigger)
    return [(actors[i]["name"], actors[i].get("country")) for i in event["target"]]


def _rule(text: str, trigger: str) -> str:
    return str(_event(text, trigger)[0]["rule"])


def test_protests_held_against_a_named_person(nlp: Any) -> None:
    text = "Protests were held overnight against the first lady, Ana Diaz."
    assert _targets(text, "Protests") == [("Ana Diaz", None)]
    assert "events.args.protest-aim.v1" in _rule(text, "Protests")


def test_protests_erupted_against_a_government(nlp: Any) -> None:
    text = "Protests erupted against Greece's new government."
    assert _targets(text, "Protests") == [("Greece's new government", "GRC")]


def test_protest_against_the_act_of_a_named_owner(nlp: Any) -> None:
    text = ("Protests took place against President Uhuru Kenyatta's refusal to recognize the "
            "opposition.")
    assert _targets(text, "Protests") == [("Uhuru Kenyatta", "KEN")]


def test_protest_aimed_at_pressuring_a_country(nlp: Any) -> None:
    text = "The protest was aimed at pressuring Russia not to sign the deal."
    assert _targets(text, "protest") == [("Russia", "RUS")]


def test_protest_against_a_thing_keeps_no_target(nlp: Any) -> None:
    assert _targets("A rally was held against violence in Lagos.", "rally") == []


def test_protest_against_their_own_land_is_no_owner(nlp: Any) -> None:
    text = ("Israeli troops fired at villagers. Protests erupted against their land being "
            "confiscated.")
    event, _ = _event(text, "Protests")
    assert "events.args.protest-aim.v1" not in event["rule"]


def test_demanding_the_leader_step_down(nlp: Any) -> None:
    text = ("Congolese President Joseph Kabila has ruled since 2001. More than 10,000 people "
            "took to the streets of the capital on Saturday demanding Kabila step down.")
    assert _targets(text, "took") == [("Joseph Kabila", "COD")]
    assert "events.args.demand-clause.v1" in _rule(text, "took")


def test_call_on_member_countries(nlp: Any) -> None:
    # session 110: "member countries" is a bloc the actors stage names (actors.group.bloc.v1),
    # so the call's own object gives the target and addressee-group is no longer needed
    text = "The IMF called on member countries to cut spending."
    assert _targets(text, "called") == [("member countries", None)]
    event, actors = _event(text, "called")
    assert [actors[i]["rule"] for i in event["target"]] == ["actors.group.bloc.v1"]


def test_urged_the_nations_of_the_world(nlp: Any) -> None:
    text = "President Vladimir Putin urged the nations of the world to support Serbia."
    assert _targets(text, "urged") == [("nations of world", None)]


def test_demanded_clause_with_no_one_asked_stays_empty(nlp: Any) -> None:
    text = "Protesters demanded that a meeting of opposition leaders be called."
    assert _targets(text, "demanded") == []


def test_call_on_a_named_country_unchanged(nlp: Any) -> None:
    text = "The United Nations called on Israel to halt the strikes."
    assert _targets(text, "called") == [("Israel", "ISR")]
    assert "events.args.addressee-group.v2" not in _rule(text, "called")
