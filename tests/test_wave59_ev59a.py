"""Wave 59, ev59a: an act of the law told to describe a party is background.

- events.date.described-party-past.v1: a passive relative clause whose subject is the relative
  pronoun ("the officers, who have been charged with fraud") or a bare past participle on a noun
  ("an activist accused by the UN of abuses"), of an act of ``clauses.described_status_acts``,
  tells who the party is, an act of an earlier time: no date rather than the document date.
- Near misses keep their date: an active relative clause ("police, who arrested the
  protesters"), a clause with its own time ("who was arrested on Monday"), a future clause, a
  main-clause act, a holding act told in the present ("who is detained in the city jail": the
  holding goes on), and an act outside the list ("a man who was killed").
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

DATE = "2023-06-15"
RULE = "events.date.described-party-past.v1"


def _event(text: str, trigger: str) -> dict[str, Any]:
    events = extract(text, date=DATE, min_confidence=0).to_dict()["events"]
    return next(e for e in events if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The court will hear the case against two police officers, who have been charged with "
     "fraud.", "charged"),
    ("Kenya expelled an aid worker accused by the United Nations of beating prisoners.",
     "accused"),
    ("Protesters rallied for Ahmed, who was jailed by the government.", "jailed"),
    ("The senator met the families of three reporters who were arrested by the army.",
     "arrested"),
])
def test_described_party_act_has_no_date(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    assert event["date"]["basis"] == "unknown"
    assert event["date"]["value"] is None
    assert RULE in event["rule"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police, who arrested the protesters, said the march was illegal.", "arrested"),
    ("The opposition leader, who was arrested on Monday, appeared in court.", "arrested"),
    ("The army arrested three reporters in the capital.", "arrested"),
    ("The lawyer said the opposition leader, who is detained in the city jail, was beaten by "
     "guards.", "detained"),
])
def test_near_misses_keep_their_date(text: str, trigger: str) -> None:
    event = _event(text, trigger)
    assert RULE not in event["rule"]
    assert event["date"]["basis"] != "unknown"


def test_act_outside_the_list_is_left_to_other_rules() -> None:
    event = _event("The families of a man who was killed by soldiers marched to parliament.",
                   "killed")
    assert RULE not in event["rule"]
