"""Wave 56, ev56c: the partner of a meeting carried to the joint act conjoined with it.

- events.args.conjoined-partner.v1: "met with X and agreed to ...", "held talks with X and
  pledged ...", "visited X and signed ...", "met his Argentine counterpart and agreed ...": a
  joint act (AGREE, SUPPORT sign, COOPERATE ...) that shares the subject of a meeting, talks or
  visit conjoined before it, and names no party of its own, is done with the party met.
- Near misses keep their target: an act aimed at a third party, an act of another kind, a
  negated meeting, an act with its own partner, a vow, an act after a deal signed with X.
"""

from __future__ import annotations

from typing import Any

from tests.event_records import named_events, targeted_event

RULE = "events.args.conjoined-partner.v1"


def _event(text: str, trigger: str) -> tuple[str, list[str], str]:
    return targeted_event(text, trigger)


def test_met_with_then_agreed(nlp: Any) -> None:
    kind, target, rule = _event("Mali's government met with Senegal in Dakar on Friday and "
                                "agreed to speed up the handover.", "agreed")
    assert kind == "AGREE" and target == ["Senegal"] and RULE in rule


def test_met_leader_then_signed(nlp: Any) -> None:
    kind, target, rule = _event("Kenya's president met with Uganda's leader on Monday and "
                                "signed a fishing accord.", "signed")
    assert kind == "SUPPORT" and target == ["Uganda's leader"] and RULE in rule


def test_held_talks_with_then_pledged(nlp: Any) -> None:
    kind, target, rule = _event("Peru held talks with Chile and pledged to widen trade.",
                                "pledged")
    assert kind == "AGREE" and target == ["Chile"] and RULE in rule


def test_visited_then_signed(nlp: Any) -> None:
    _, target, rule = _event("Macron visited India and signed a naval pact.", "signed")
    assert target == ["India"] and RULE in rule


def test_spoke_with_then_agreed(nlp: Any) -> None:
    _, target, rule = _event("Kenya's president spoke with Uganda's leader by phone and agreed "
                             "to hold a summit.", "agreed")
    assert target == ["Uganda's leader"] and RULE in rule


def test_met_counterpart_gives_country(nlp: Any) -> None:
    _, target, rule = _event("Brazil's foreign minister met his Argentine counterpart on Monday "
                             "and agreed to expand river trade.", "agreed")
    assert target == ["Argentina"] and RULE in rule


def test_deal_signed_with_is_not_a_meeting(nlp: Any) -> None:
    _, target, rule = _event("Fiji signed a loan deal with the World Bank and offered to cancel "
                             "the debts of its farmers.", "offered")
    assert "World Bank" not in target and RULE not in rule


def test_third_party_act_keeps_its_target(nlp: Any) -> None:
    _, target, rule = _event("Kenya met with Uganda and condemned Somalia.", "condemned")
    assert target == ["Somalia"] and RULE not in rule


def test_other_kind_of_act_is_left_alone(nlp: Any) -> None:
    _, target, rule = _event("Kenya met with Uganda and then attacked the village.", "attacked")
    assert "Uganda" not in target and RULE not in rule


def test_negated_meeting_is_no_partner(nlp: Any) -> None:
    _, target, rule = _event("Kenya will not negotiate with the rebels but has offered an "
                             "amnesty.", "offered")
    assert target == [] and RULE not in rule


def test_own_partner_is_kept(nlp: Any) -> None:
    _, target, rule = _event("Kenya met Uganda's president and signed a deal with Tanzania.",
                             "signed")
    assert target == ["Tanzania"] and RULE not in rule


def test_own_recipient_is_kept(nlp: Any) -> None:
    _, target, rule = _event("Kenya met with Uganda and pledged aid to Somalia.", "pledged")
    assert target == ["Somalia"] and RULE not in rule


def test_vow_is_not_carried(nlp: Any) -> None:
    events = named_events("Kenya met with Uganda and vowed to fight terrorism.")
    assert events and all(RULE not in rule for *_, rule in events)
