"""Wave 61, ev61f: a state named through a class noun acts ("the island nation of X").

- events.args.state-class-noun.v1: the subject "the <kind-of-state> of <country>" (nation,
  island, country, republic, kingdom ...: clauses.state_class_nouns) is that country acting; the
  act had fallen for want of a source.
- Near misses: a town named through "city of" stays no source, a subject with its own actor
  keeps it, and a class noun with no country in its "of" phrase gives none.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.state-class-noun.v1"


def _record(text: str) -> dict[str, Any]:
    return dict(extract(text, date=DATE).to_dict())


def _sources(record: dict[str, Any], trigger: str) -> list[list[str | None]]:
    names = {a["id"]: a["country"] for a in record["actors"]}
    return [[names.get(x) for x in e["source"]] for e in record["events"]
            if e["trigger"]["text"] == trigger]


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("The small island nation of Tonga has expelled two Chinese diplomats.", "expelled", "TON"),
    ("The Caribbean island of Grenada signed a fishing accord with Cuba on Monday.", "signed",
     "GRD"),
    ("The Gulf state of Qatar condemned the air strikes on Tuesday.", "condemned", "QAT"),
    ("The landlocked country of Malawi accused Zambia of closing the border.", "accused", "MWI"),
])
def test_class_noun_subject_is_the_state(text: str, trigger: str, country: str) -> None:
    record = _record(text)
    assert _sources(record, trigger) == [[country]]
    event = next(e for e in record["events"] if e["trigger"]["text"] == trigger)
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Vanuatu expelled a Chinese diplomat on Friday.", "expelled"),
    ("The government of Fiji condemned the raid on Tuesday.", "condemned"),
])
def test_own_subject_unchanged(text: str, trigger: str) -> None:
    record = _record(text)
    assert _sources(record, trigger)
    assert all(RULE not in e["rule"] for e in record["events"])


@pytest.mark.parametrize("text", [
    "The city of Mosul condemned the attack on its market.",
    "The island of dreams condemned nothing at all.",
])
def test_no_country_no_source(text: str) -> None:
    record = _record(text)
    assert all(RULE not in e["rule"] for e in record["events"])


def test_receiving_verb_takes_no_class_noun_source() -> None:
    record = _record("The island nation of Nauru will receive five million dollars from Japan.")
    assert all(RULE not in e["rule"] for e in record["events"])
