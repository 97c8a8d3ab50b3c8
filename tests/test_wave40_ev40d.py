"""Wave 40, ev40d: triggers read in a sense that is not an act on another party (round 24).

- events.sense.order-own-forces.v1: an order to the orderer's own armed or police force is its
  own act, no REQUEST; a force marked as another's, a court's order and a force ordered done to
  ("ordered the two policemen killed") stay REQUEST.
- events.sense.toll-participle.v1: "stormed a police station, killing six policemen" is one
  ASSAULT, not two.
- events.sense.toll-in-act.v1: "were killed in clashes between police and protesters" is told
  by the clash (it names both sides); "were killed in an attack" by the killing.
"""

from __future__ import annotations

from typing import Any

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
OWN_FORCES = "events.sense.order-own-forces.v1"
PARTICIPLE = "events.sense.toll-participle.v1"
TOLL_IN_ACT = "events.sense.toll-in-act.v1"

Row = tuple[str, str, list[tuple[str, str | None]], list[tuple[str, str | None]]]


def _events(text: str) -> list[Row]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[s] for s in e["source"]],
             [actors[t] for t in e["target"]]) for e in record["events"]]


def _outcome(text: str, trigger: str) -> str:
    [found] = [c for c in explain(text, date=DATE) if c.trigger == trigger]
    return found.outcome


# --- order-own-forces ---------------------------------------------------------------------------

def test_order_to_own_security_forces_is_no_event(nlp: Any) -> None:
    text = "Afghan President Hamid Karzai ordered security forces to beef up security in Kabul."
    assert _events(text) == []
    assert OWN_FORCES in _outcome(text, "ordered")


def test_order_to_his_men_is_no_event(nlp: Any) -> None:
    assert _events("A top Emirati commander ordered his men to shoot down the drone.") == []


def test_order_to_national_police_is_no_event(nlp: Any) -> None:
    text = "Kenya's president ordered the national police to take all necessary measures."
    assert [e for e in _events(text) if e[1] == "ordered"] == []


def test_order_to_another_states_troops_stays_request(nlp: Any) -> None:
    assert _events("Russia ordered Ukrainian troops to withdraw from the border on Monday.") == [
        ("REQUEST", "ordered", [("Russia", "RUS")], [("Ukrainian troops", "UKR")])]


def test_court_order_to_police_stays_request(nlp: Any) -> None:
    [(kind, _, source, target)] = _events("A Kenyan court ordered police to release the activist.")
    assert (kind, source) == ("REQUEST", [("Kenyan court", "KEN")])
    assert target == [("Kenya police", "KEN")]


def test_order_to_rebels_stays_request(nlp: Any) -> None:
    [(kind, _, _, target)] = _events(
        "The Kenyan government ordered the rebels to lay down their weapons.")
    assert (kind, target) == ("REQUEST", [("rebels", "KEN")])


def test_men_without_possessive_are_no_force(nlp: Any) -> None:
    [(kind, _, _, target)] = _events("Kenya's president ordered the men to leave the country.")
    assert (kind, target) == ("REQUEST", [("men", None)])


def test_force_ordered_done_to_stays_request(nlp: Any) -> None:
    [(kind, _, _, target)] = _events(
        "North Korean leader Kim Jong-un ordered the two policemen killed on Monday.")
    assert (kind, target) == ("REQUEST", [("policemen", None)])


# --- toll-participle ----------------------------------------------------------------------------

def test_killing_participle_of_storming_is_one_act(nlp: Any) -> None:
    text = "Gunmen stormed a police station in Kashmir, killing six policemen."
    assert [e[1] for e in _events(text)] == ["stormed"]
    assert PARTICIPLE in _outcome(text, "killing")


def test_killing_participle_of_opened_fire_is_one_act(nlp: Any) -> None:
    text = "Gunmen opened fire on the guards at a training camp in Bangladesh, killing 15 people."
    assert [e[1] for e in _events(text) if e[0] == "ASSAULT"] == ["opened"]


def test_killing_after_non_assault_verb_kept(nlp: Any) -> None:
    text = "Kenyan police arrested 40 protesters in Nairobi, killing two."
    assert "killing" in [e[1] for e in _events(text)]


def test_killing_as_own_clause_kept(nlp: Any) -> None:
    text = "Israeli airstrikes continue killing Palestinian civilians in Gaza."
    assert "killing" in [e[1] for e in _events(text)]


# --- toll-in-act --------------------------------------------------------------------------------

def test_killed_in_clashes_between_sides_told_by_clash(nlp: Any) -> None:
    text = ("At least 11 people were killed in clashes between Kenyan police and Muslim "
            "protesters in Nairobi on Thursday.")
    assert _events(text) == [("ASSAULT", "clashes", [("Kenyan police", "KEN")],
                              [("Muslim protesters", "KEN")])]
    assert TOLL_IN_ACT in _outcome(text, "killed")


def test_killed_and_injured_in_clashes_told_by_clash(nlp: Any) -> None:
    text = ("At least 11 people were killed and more than 100 were injured in clashes on "
            "Thursday between Kenyan police and Muslim protesters.")
    assert [e[1] for e in _events(text)] == ["clashes"]


def test_killed_in_one_sided_strikes_keeps_both(nlp: Any) -> None:
    text = "A Pakistani father was killed during Israeli drone strikes in Gaza."
    assert sorted(e[1] for e in _events(text)) == ["killed", "strikes"]


def test_killed_in_partyless_fighting_told_by_killing(nlp: Any) -> None:
    text = "Five soldiers were killed in the fighting in Kenya on Monday."
    assert [e[1] for e in _events(text)] == ["killed"]
