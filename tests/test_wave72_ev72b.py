"""Wave 72, ev72b: a state's own envoys are not the other side.

- events.args.recall-own-envoy.v3 (v2 before session 117): "X recalled its ambassador from Y":
  the recalled envoy is X's own; the target is the host Y (a city named there stands for its
  state), or nothing when no host is named, never the envoy.
- events.args.expelled-envoy-home.v1: "X expelled diplomats from A and B": the diplomats are
  A's and B's, so A and B are the target (not places people are moved from).
- Near misses: a foreign envoy recalled or expelled keeps the envoy as target; an envoy
  expelled "from the country" gains no target.
"""

from __future__ import annotations

from tests.event_records import named_event

RECALL_OWN = "events.args.recall-own-envoy.v3"
HOME = "events.args.expelled-envoy-home.v1"


def test_own_envoy_recalled_from_capital() -> None:
    kind, _, target, rule = named_event(
        "Qatar angrily recalled its ambassador from Cairo on Monday.", "recalled")
    assert kind == "SANCTION"
    assert RECALL_OWN in rule
    assert {country for _, country in target} == {"EGY"}
    assert all("ambassador" not in name for name, _ in target)


def test_their_own_envoys_recalled_from_country() -> None:
    _, _, target, rule = named_event(
        "The two governments said they recalled their own envoys from Norway.", "recalled")
    assert RECALL_OWN in rule
    assert {country for _, country in target} == {"NOR"}


def test_own_envoy_recalled_no_host_is_no_target() -> None:
    _, source, target, rule = named_event(
        "Peru recalled its ambassador for consultations.", "recalled")
    assert RECALL_OWN in rule
    assert target == []
    assert source and source[0][1] == "PER"


def test_foreign_envoy_recall_unchanged() -> None:
    _, _, target, rule = named_event("Kenya recalled the Ugandan ambassador.", "recalled")
    assert RECALL_OWN not in rule
    assert [country for _, country in target] == ["UGA"]


def test_envoys_expelled_from_states_target_states() -> None:
    kind, _, target, rule = named_event(
        "Moscow on Tuesday expelled diplomats from Norway, Denmark and Finland.", "expelled")
    assert kind == "SANCTION"
    assert HOME in rule
    assert {country for _, country in target} == {"NOR", "DNK", "FIN"}
    assert len(target) == 3


def test_named_envoys_expelled_unchanged() -> None:
    _, _, target, rule = named_event("Germany expelled two Russian diplomats.", "expelled")
    assert HOME not in rule
    assert [country for _, country in target] == ["RUS"]


def test_envoy_expelled_from_the_country_no_home() -> None:
    _, _, _, rule = named_event("Russia expelled the ambassador from the country.", "expelled")
    assert HOME not in rule


def test_foreign_envoy_ordered_out_is_target() -> None:
    kind, _, target, rule = named_event(
        "Ghana ordered Togo's ambassador to leave within 48 hours.", "ordered")
    assert kind == "SANCTION"
    assert "events.args.drawdown-foreign-envoy.v1" in rule
    assert [country for _, country in target] == ["TGO"]


def test_own_diplomats_ordered_out_keep_host() -> None:
    _, _, target, rule = named_event(
        "Ghana ordered its diplomats to leave Togo after the border incident.", "ordered")
    assert "events.args.drawdown-foreign-envoy.v1" not in rule
    assert [country for _, country in target] == ["TGO"]


def test_recalled_home_is_no_target() -> None:
    _, _, target, rule = named_event(
        "The Saudi government said its ambassador had been recalled to Riyadh.", "recalled")
    assert RECALL_OWN in rule
    assert target == []
