"""Wave 39, ev39b: harm acts the stage missed entirely.

- events.args.bomb-blast.v1 (with sense rule thing-as-attacker.v3): a blast that kills, in a
  sentence telling a weapon or an attack or killing armed men, is an ASSAULT with no source;
  not an accident, and not a bare blast.
- events.gate.deadly-strike.v1: a strike noun that killed someone passes the political gate.
- events.args.series-object.v2: "beat and arrested 20 protesters" matches "beat" on the list's
  shared object.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
BLAST = "events.args.bomb-blast.v1"
DEADLY = "events.gate.deadly-strike.v1"
SERIES = "events.args.series-object.v2"


def _events(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [names[s] for s in e["source"]],
             [names[t] for t in e["target"]], e["rule"]) for e in record["events"]]


def test_bomb_blast_kills(nlp: Any) -> None:
    [(kind, trigger, source, target, rule)] = _events("A bomb blast killed three people.")
    assert (kind, trigger, source, target) == ("ASSAULT", "killed", [], ["three people"])
    assert BLAST in rule.split("+")


def test_blast_killing_soldiers(nlp: Any) -> None:
    [(kind, _, source, target, rule)] = _events("The blast killed three soldiers.")
    assert (kind, source, target) == ("ASSAULT", [], ["soldiers"])
    assert BLAST in rule.split("+")


def test_blast_in_sentence_about_attacks(nlp: Any) -> None:
    [(kind, _, source, target, rule)] = _events(
        "The city has seen many attacks since an explosion killed 80 people in July.")
    assert (kind, source, target) == ("ASSAULT", [], ["80 people"])
    assert BLAST in rule.split("+")


def test_accident_blast_is_no_event(nlp: Any) -> None:
    assert _events("A gas explosion at the plant killed three workers.") == []
    assert _events("A bomb disposal expert said the gas explosion killed three soldiers.") == []


def test_bare_blast_is_no_event(nlp: Any) -> None:
    assert _events("The blast killed two people.") == []
    assert _events("The storm killed two people.") == []


def test_deadly_strike_passes_gate(nlp: Any) -> None:
    [(kind, trigger, source, target, rule)] = _events(
        "The strike was carried out on Wednesday, killing the group's deputy leader Ahmed Saleh.")
    assert (kind, trigger, source, target) == ("ASSAULT", "strike", [], ["Ahmed Saleh"])
    assert DEADLY in rule.split("+")


def test_labour_strike_stays_protest(nlp: Any) -> None:
    found = _events("Workers went on strike on Monday.")
    assert {kind for kind, *_ in found} == {"PROTEST"}
    assert all(DEADLY not in rule.split("+") for *_, rule in found)


def test_beat_and_arrest_share_victims(nlp: Any) -> None:
    found = {trigger: (kind, source, target, rule)
             for kind, trigger, source, target, rule in _events(
                 "Police beat and arrested 20 protesters.")}
    kind, source, target, rule = found["beat"]
    assert (kind, source, target) == ("ASSAULT", ["Police"], ["protesters"])
    assert SERIES in rule.split("+")
    assert found["arrested"][:3] == ("COERCE", ["Police"], ["protesters"])


def test_beat_rivals_in_list_is_no_assault(nlp: Any) -> None:
    assert _events("The team beat and humiliated their rivals.") == []


def test_beat_with_own_object_unchanged(nlp: Any) -> None:
    found = _events("Police beat back the crowd and arrested 20 protesters.")
    assert all(trigger != "beat" for _, trigger, *_ in found)
