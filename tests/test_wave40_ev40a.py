"""Wave 40, ev40a: the target of a statement or act is the party of the act it is about.

- events.args.threatened-party.v1: the object of the threatener's own threatened act.
- events.args.refused-party.v2: the party of a refused act of ``refused_party_verbs``.
- events.args.helped-party.v1: "helping Cape Verde work": the helped party before an infinitive.
- events.args.requested-clause.v1: the subject of a requested clause, named by a common noun.
- events.args.condemned-doer.v1: the doer of a condemned act noun ("by", possessor, "of").
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
THREATENED = "events.args.threatened-party.v1"
REFUSED = "events.args.refused-party.v2"
HELPED = "events.args.helped-party.v1"
REQUESTED = "events.args.requested-clause.v1"
CONDEMNED = "events.args.condemned-doer.v1"
OURS = {THREATENED, REFUSED, HELPED, REQUESTED, CONDEMNED}


def _event(text: str, trigger: str) -> tuple[str, list[tuple[str, str | None]], set[str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    [event] = [e for e in record["events"] if e["trigger"]["text"] == trigger]
    return event["type"], [actors[t] for t in event["target"]], set(event["rule"].split("+"))


def test_threat_targets_the_threatened_party(nlp: Any) -> None:
    kind, target, rules = _event(
        "The rebels warned Saturday that they will wipe out all government critics.", "warned")
    assert (kind, target) == ("THREATEN", [("all government critics", None)])
    assert THREATENED in rules


def test_threat_to_a_named_party(nlp: Any) -> None:
    kind, target, rules = _event("Hamas warned that it will attack Israeli soldiers.", "warned")
    assert (kind, target) == ("THREATEN", [("Israeli soldiers", "ISR")])
    assert THREATENED in rules


def test_threat_against_a_thing_names_no_target(nlp: Any) -> None:
    kind, target, rules = _event("The army threatened to attack the base.", "threatened")
    assert (kind, target) == ("THREATEN", [])
    assert not rules & OURS


def test_warning_of_a_happening_names_no_target(nlp: Any) -> None:
    _, target, rules = _event(
        "The rebels warned that protests would take place on Tuesday.", "warned")
    assert target == [] and not rules & OURS


def test_refusal_to_allow_targets_the_party_refused(nlp: Any) -> None:
    kind, target, rules = _event(
        "The president refused to allow opposition candidates to run.", "refused")
    assert (kind, target) == ("REJECT", [("opposition candidates", None)])
    assert REFUSED in rules


def test_refusal_to_sign_names_no_target(nlp: Any) -> None:
    _, target, rules = _event("The president refused to sign the document.", "refused")
    assert target == [] and not rules & OURS


def test_help_before_a_bare_infinitive(nlp: Any) -> None:
    kind, target, rules = _event(
        "The Costa Rican government is helping Cape Verde work toward a more efficient use "
        "of water.", "helping")
    assert (kind, target) == ("AID", [("Cabo Verde", "CPV")])
    assert HELPED in rules


def test_help_with_a_participle_names_no_target(nlp: Any) -> None:
    record = extract("The Asian powers said they would help any member of the international "
                     "community seeking security.", date=DATE, min_confidence=0).to_dict()
    assert not [e for e in record["events"] if e["trigger"]["text"] == "help"]


def test_requested_clause_subject(nlp: Any) -> None:
    kind, target, rules = _event(
        "Governor Yuko Shimomura had requested that children's schools close on Monday.",
        "requested")
    assert kind == "REQUEST" and [n for n, _ in target] == ["children's schools"]
    assert REQUESTED in rules


def test_requested_passive_clause_names_no_target(nlp: Any) -> None:
    _, target, rules = _event("The minister asked that the meeting be postponed.", "asked")
    assert target == [] and not rules & OURS


def test_condemned_act_by_its_doer(nlp: Any) -> None:
    kind, target, rules = _event(
        "'We strongly condemn the brutal treatment of these migrants by the government of "
        "Mauritania,' said Beyer.", "condemn")
    assert (kind, target) == ("ACCUSE", [("Mauritania government", "MRT")])
    assert CONDEMNED in rules


def test_condemned_conduct_of_its_possessor(nlp: Any) -> None:
    kind, target, rules = _event(
        "Thousands of Ethiopians protested on Friday to denounce the Ethiopian government's "
        "treatment of its citizens.", "denounce")
    assert (kind, target) == ("ACCUSE", [("Ethiopian government", "ETH")])
    assert CONDEMNED in rules


def test_condemned_killing_of_a_victim_names_no_target(nlp: Any) -> None:
    _, target, rules = _event("Kenya condemned the killing of a senior cleric.", "condemned")
    assert target == [] and not rules & OURS


def test_condemned_act_by_anyone_names_no_target(nlp: Any) -> None:
    record = extract("Syriza said it would resolutely condemn any act of vandalism by any "
                     "person or group.", date=DATE, min_confidence=0).to_dict()
    assert not [e for e in record["events"] if e["trigger"]["text"] == "condemn"
                and e["target"]]


def test_negated_act_is_no_threat_target(nlp: Any) -> None:
    record = extract("The rebels attacked Goma. 'We can't force them to go,' Musa warned.",
                     date=DATE, min_confidence=0).to_dict()
    assert not [e for e in record["events"] if e["trigger"]["text"] == "warned"
                and e["target"]]


def test_existing_target_is_kept(nlp: Any) -> None:
    _, target, rules = _event("Russia warned Ukraine that it will attack Polish soldiers.",
                              "warned")
    assert [c for _, c in target] == ["UKR"] and not rules & OURS
