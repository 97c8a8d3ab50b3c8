"""Wave 62, ev62c: a subject naming a party other than its owner gives no source.

- events.args.owned-other-party.v1: an active verb's subject that no actor covers gave its
  owner as the source; when its head names a party of its own (kin, followers, counsel, a
  civilian, a commission or broadcaster: clauses.owned_other_parties) the owner is not the one
  acting, and the subject gives no source ("Morsi's supporters warned" was Morsi).
- Near misses: an owned act or decision ("Britain's decision"), a state's own organ ("the
  country's army"), a spokesman, and a subject with its own actor keep their sources.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.explain import explain

DATE = "2023-06-15"
RULE = "events.args.owned-other-party.v1"


def _record(text: str) -> dict[str, Any]:
    return dict(extract(text, date=DATE, min_confidence=0).to_dict())


def _source_names(record: dict[str, Any], trigger: str) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[names[x] for x in e["source"]] for e in record["events"]
            if e["trigger"]["text"] == trigger]


@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("Mugabe's loyalists threatened the opposition with violence.", "threatened", "Mugabe"),
    ("Ortega's brother accused the Nicaraguan government of fraud.", "accused", "Ortega"),
    ("An Egyptian motorist shot at two Sudanese traders near the border on Sunday.", "shot",
     "Egypt"),
    ("Ghana's electoral commission rejected the opposition's complaint on Monday.", "rejected",
     "Ghana"),
])
def test_owner_of_another_party_is_no_source(text: str, trigger: str, owner: str) -> None:
    record = _record(text)
    for sources in _source_names(record, trigger):
        assert not any(name.startswith(owner) and "commission" not in name
                       for name in sources), (text, sources)  # ev64a: the commission acts


@pytest.mark.parametrize(("text", "trigger", "owner"), [
    ("Kenya's decision to expel the envoys angered Tanzania.", "expel", "Kenya"),
    ("Putin's spokesman criticised the Ukrainian government.", "criticised", "Putin"),
    ("The Obama administration accused Iran of arming the rebels.", "accused", "White House"),
])
def test_owner_that_acts_keeps_the_source(text: str, trigger: str, owner: str) -> None:
    sources = _source_names(_record(text), trigger)
    assert sources and all(owner in s for s in sources), (text, sources)


def test_rule_named_in_explain() -> None:
    found = explain("Ortega's brother rejected the opposition's complaint.",
                    date=DATE,
min_confidence=0)  # ev64a: "Ghana's electoral commission" is an actor now
    rejected = [c for c in found if c.trigger == "rejected"]
    assert rejected and RULE in rejected[0].argument_rules
    assert rejected[0].source == []
