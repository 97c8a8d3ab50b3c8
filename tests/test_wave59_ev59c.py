"""Wave 59, ev59c: empty targets where the sentence names the party.

- events.args.for-clause-own-country.v1: the subject of a "for ... to" clause under a request
  ("the senator called for Brazil to cut its oil exports") is the party asked to act, its target,
  also when it is the source's own country; before, the source's own country was left out of
  every clause subject, so a politician asking their own state to act had no target.
Near misses: a "that" clause of a warning about the source's own country ("warned that Brazil
could face a recession") keeps no target; a foreign country in a "for ... to" clause is the
target as before (events.args.for-clause.v1 only).
"""

from __future__ import annotations

from typing import Any

from tests.event_records import record_of

RULE = "events.args.for-clause-own-country.v1"
FOR_CLAUSE = "events.args.for-clause.v1"


def _events(text: str, trigger: str) -> list[tuple[str, list[str], str]]:
    record = record_of(text)
    names = {a.id: a.name for a in record.actors}
    return [(e.type, [names[t] for t in e.target], e.rule) for e in record.events
            if e.trigger.text == trigger]


def test_politician_asks_own_country_to_act(nlp: Any) -> None:
    text = ("German opposition leader Karl Weber spoke in Berlin. On Monday he called for Germany "
            "to halt its arms sales to the Gulf.")
    found = _events(text, "called")
    assert found and found[0][0] == "REQUEST"
    assert found[0][1] == ["Germany"]
    assert RULE in found[0][2]


def test_own_country_named_by_its_name_in_for_clause(nlp: Any) -> None:
    text = "The Brazilian senator called for Brazil to cut its oil exports."
    found = _events(text, "called")
    assert found and found[0][1] == ["Brazil"]
    assert RULE in found[0][2]


def test_foreign_country_in_for_clause_unchanged(nlp: Any) -> None:
    text = "The Brazilian senator called for Argentina to cut its oil exports."
    found = _events(text, "called")
    assert found and found[0][1] == ["Argentina"]
    assert FOR_CLAUSE in found[0][2] and RULE not in found[0][2]


def test_warning_about_own_country_takes_no_target(nlp: Any) -> None:
    text = "The Brazilian finance minister warned that Brazil could face a recession next year."
    for _type, targets, rule in _events(text, "warned"):
        assert "Brazil" not in targets
        assert RULE not in rule
