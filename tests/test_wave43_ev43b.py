"""Wave 43, ev43b: an actor named only inside a clause that describes another party is no
target (events.args.describing-clause.v1, module ``event_described_parties``).

"detained two bloggers accused of insulting the Nigerian army": the army is who the bloggers
are said to have insulted, not a party the detention acts on. Near misses: a clause on a thing
that is no party keeps its actors ("a deal that would ship rice to Vietnam"), the event of the
relative clause itself keeps its target, and a mutual act keeps both parties.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.describing-clause.v1"
Event = tuple[str, list[str], list[str], str]


def _event(text: str, trigger: str) -> Event:
    record: dict[str, Any] = extract(text, date=DATE, min_confidence=0).to_dict()
    names = {a["id"]: a["name"] for a in record["actors"]}
    [found] = [(e["type"], [names[s] for s in e["source"]], [names[t] for t in e["target"]],
                e["rule"]) for e in record["events"] if e["trigger"]["text"] == trigger]
    return found


def test_participle_clause_party_dropped(nlp: Any) -> None:
    kind, source, target, rule = _event(
        "Police in Lagos detained two bloggers accused of insulting the Nigerian army.",
        "detained")
    assert (kind, source, target) == ("COERCE", ["Nigeria police"], ["bloggers"])
    assert RULE in rule.split("+")


def test_relative_clause_employer_dropped(nlp: Any) -> None:
    kind, source, target, rule = _event(
        "Turkish police arrested two journalists who work for Reuters.", "arrested")
    assert (kind, source, target) == ("COERCE", ["Turkish police"], ["journalists"])
    assert RULE in rule.split("+")


def test_passive_patient_clause_dropped(nlp: Any) -> None:
    kind, source, target, rule = _event(
        "Ten activists accused of spying on the U.S. military were arrested Tuesday by the"
        " Justice Department.", "arrested")
    assert (kind, source, target) == ("COERCE", ["Justice Department"], ["activists"])
    assert RULE in rule.split("+")


def test_clause_on_a_thing_keeps_its_party(nlp: Any) -> None:
    kind, source, target, rule = _event(
        "Japan signed a deal that would ship rice to Vietnam.", "signed")
    assert (kind, source, target) == ("SUPPORT", ["Japan"], ["Vietnam"])
    assert RULE not in rule.split("+")


def test_participle_trigger_keeps_its_target(nlp: Any) -> None:
    kind, source, target, rule = _event("The EU lifted sanctions imposed on Iran.", "lifted")
    assert (kind, source, target) == ("RETREAT", ["European Union"], ["Iran"])
    assert RULE not in rule.split("+")


def test_relative_clause_event_keeps_its_target(nlp: Any) -> None:
    text = "Sweden criticised the Hungarian government, which had expelled the UN envoy."
    assert _event(text, "criticised")[:3] == ("ACCUSE", ["Sweden"], ["Hungarian government"])
    kind, source, target, rule = _event(text, "expelled")
    assert (kind, source, target) == ("SANCTION", ["Hungarian government"], ["UN envoy"])
    assert RULE not in rule.split("+")


def test_mutual_meeting_untouched(nlp: Any) -> None:
    kind, source, target, rule = _event("Chile and Peru met in Lima on Monday.", "met")
    assert (kind, sorted(source), sorted(target)) == (
        "CONSULT", ["Chile", "Peru"], ["Chile", "Peru"])
    assert RULE not in rule.split("+")
