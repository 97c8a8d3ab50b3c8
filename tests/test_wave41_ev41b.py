"""Wave 41, ev41b: who did it in passives, "by" phrases and act nouns.

- events.args.agent-complement-passive.v1: "were seen being detained by police".
- events.args.by-agent-owner.v1: the owner of a passive subject is no doer when "by" names one.
- events.args.raised-act-doer.v1: "the attack appears to have been carried out by X".
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
COMPLEMENT = "events.args.agent-complement-passive.v1"
OWNER = "events.args.by-agent-owner.v1"
RAISED = "events.args.raised-act-doer.v1"
OURS = {COMPLEMENT, OWNER, RAISED}


def _events(text: str) -> list[tuple[str, str, list[str], list[str], set[str]]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["trigger"]["text"], e["type"], [names[s] for s in e["source"]],
             [names[t] for t in e["target"]], set(e["rule"].split("+")))
            for e in record["events"]]


def test_passive_complement_agent_is_the_source(nlp: Any) -> None:
    [(_, kind, source, target, rules)] = _events(
        "Several protesters were seen being detained by police.")
    assert (kind, source, target) == ("COERCE", ["police"], ["Several protesters"])
    assert COMPLEMENT in rules


def test_expected_passive_acts_on_the_subject(nlp: Any) -> None:
    [(_, kind, source, target, rules)] = _events("Israel is expected to be attacked by Iran.")
    assert (kind, source, target) == ("ASSAULT", ["Iran"], ["Israel"])
    assert COMPLEMENT in rules


def test_active_complement_is_unchanged(nlp: Any) -> None:
    [(_, kind, source, target, rules)] = _events("Israel is expected to attack Iran.")
    assert (kind, source, target) == ("ASSAULT", ["Israel"], ["Iran"])
    assert not rules & OURS


def test_object_control_is_unchanged(nlp: Any) -> None:
    found = _events("The court ordered the journalist to be detained by police.")
    assert [(t, k, s, g) for t, k, s, g, _ in found] == [
        ("ordered", "REQUEST", ["court"], ["journalist"])]


def test_modifier_owner_is_no_doer_when_by_names_one(nlp: Any) -> None:
    assert _events("Three Cambodian vehicles were shot by a group of men.") == []


def test_moved_forces_keep_their_country(nlp: Any) -> None:
    [(_, kind, source, _target, rules)] = _events("Russian troops were deployed by helicopter.")
    assert (kind, source) == ("MOBILIZE", ["Russian troops"])
    assert OWNER not in rules


def test_coded_agent_is_unchanged(nlp: Any) -> None:
    [(_, kind, source, target, rules)] = _events("Russia's proposal was rejected by Ukraine.")
    assert (kind, source, target) == ("REJECT", ["Ukraine"], ["Russia"])
    assert not rules & OURS


def test_raised_act_noun_takes_the_doer(nlp: Any) -> None:
    [(_, kind, source, _target, rules)] = _events(
        "The raid is believed to have been led by Hamas.")
    assert (kind, source) == ("ASSAULT", ["Hamas"])
    assert RAISED in rules


def test_raised_act_noun_of_a_reaction_verb_has_no_doer(nlp: Any) -> None:
    found = {t: (s, r) for t, _k, s, _g, r in _events(
        "The attack appears to have been condemned by the Islamic State.")}
    assert found["attack"][0] == []
    assert RAISED not in found["attack"][1]


def test_a_complement_of_be_or_go_takes_no_doer(nlp: Any) -> None:
    # pairs41: "is to be supported by", "is not going to be intimidated by" tell no act done
    for text in ("The aid mission is to be supported by the World Food Programme.",
                 "The new group of states is not going to be intimidated by Russian policies."):
        assert not [e for e in _events(text) if COMPLEMENT in e[4]]
