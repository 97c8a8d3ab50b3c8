"""Wave 70, ev70f: groups the text places outside the story's country take no country from the
article (events.args.scoped-elsewhere.v1; round 41-42 judges).

- A group spread over a region or the world ("leaders across the region"), set in or coming from
  several or other countries ("ministers from both countries"), a group of a foreign kind
  ("overseas investors"), and group heads with no national reading ("investors") keep no
  country.
- Judges of an international court named in the story's lead are the court's, not the
  article country's.
- Near misses keep the article's country: "police across the country", plain "police", a
  person whose title is "foreign minister", judges of a court that is the state's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.event_records import events_with_trigger, record_dict

RULE = "events.args.scoped-elsewhere.v1"
LEAD = "Kenya held a vote on Sunday. Kenya's president spoke in Nairobi on Monday. "


def _source(text: str, trigger: str) -> tuple[str | None, str]:
    rec: dict[str, Any] = record_dict(text)
    [event] = events_with_trigger(rec, trigger)
    actors = {a["id"]: a for a in rec["actors"]}
    return actors[event["source"][0]]["country"], event["rule"]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Leaders across the region condemned the attack on the mall.", "condemned"),
    ("Activists around the world criticized the verdict.", "criticized"),
    ("Students from other countries protested against the ban on Tuesday.", "protested"),
    ("Investors welcomed the pledges of the new government.", "welcomed"),
])
def test_scoped_groups_take_no_country(sentence: str, trigger: str) -> None:
    country, rule = _source(LEAD + sentence, trigger)
    assert country is None
    assert RULE in rule


def test_court_judges_are_the_courts() -> None:
    text = ("The International Criminal Court weighed charges against Sudan's president. "
            "Sudan rejected the court. Sudan's army said so. "
            "The judges rejected the prosecution's request on Monday.")
    rec = record_dict(text)
    actors = {a["id"]: a for a in rec["actors"]}
    [judged] = [e for e in events_with_trigger(rec, "rejected") if RULE in e["rule"]]
    assert [(actors[i]["name"], actors[i]["country"]) for i in judged["source"]] == [
        ("judges", None)]


@pytest.mark.parametrize(("text", "trigger"), [
    (LEAD + "Police arrested dozens of protesters in the capital.", "arrested"),
    (LEAD + "Teachers across the country criticized the new law.", "criticized"),
    (LEAD + "The deputy foreign minister, Joseph Otieno, was kidnapped on Tuesday.", "kidnapped"),
    ("A court in Khartoum weighed charges against Sudan's president. Sudan rejected the "
     "court. Sudan's army said so. The judges rejected the prosecution's request on Monday.",
     "rejected"),
])
def test_near_misses_keep_the_article_country(text: str, trigger: str) -> None:
    rec = record_dict(text)
    for event in events_with_trigger(rec, trigger):
        assert RULE not in event["rule"]
