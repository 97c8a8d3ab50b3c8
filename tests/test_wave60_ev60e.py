"""Wave 60, ev60e: a body named after its country is the body, not the country.

- actors.organization.country-named-body.v1: a name of two words whose last word is a word
  of a state body, a civil body or a company ("the Guadeloupe Council", "Canada Post"), or a
  name whose capitalised head word has an "of" or a bracket after it ("the Bahrain Independent
  Commission of Inquiry", "the American Federation of State, County and Municipal
  Employees"), is an organisation with the country's code, never the country itself.
- Near misses keep what they were: the country's own full name ("the Russian Federation",
  "the Soviet Union"), a demonym on a common noun ("Canadian troops", "the Canadian
  government") and a plain country name.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "actors.organization.country-named-body.v1"


def _actors(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date=DATE).to_dict()["actors"])


def _by_mention(text: str, mention: str) -> dict[str, Any]:
    return next(a for a in _actors(text)
                if any(mention in m["text"] for m in a["mentions"]))


def _sources(text: str) -> list[list[dict[str, Any]]]:
    record = extract(text, date=DATE).to_dict()
    actors = {a["id"]: a for a in record["actors"]}
    return [[actors[i] for i in e["source"]] for e in record["events"]]


def test_two_word_service_name_is_the_company() -> None:
    text = "Canada Post announced on Monday that it would halt parcel deliveries to Peru."
    actor = _by_mention(text, "Canada Post")
    assert actor["kind"] == "organization" and actor["country"] == "CAN"
    assert actor["rule"] == RULE


def test_two_word_council_is_the_body() -> None:
    text = "The plan was approved by the Martinique Council last spring."
    actor = _by_mention(text, "Martinique Council")
    assert actor["kind"] == "organization" and actor["country"] == "MTQ"
    assert actor["sector"] == "GOV"


def test_head_before_of_is_the_body() -> None:
    text = "The Bahrain Independent Commission of Inquiry criticised the police on Sunday."
    sources = [s for s in _sources(text) if s]
    assert sources and all(a["kind"] == "organization" and a["country"] == "BHR"
                           for a in sources[0])


def test_union_named_with_demonym_and_of_is_the_union() -> None:
    text = "The Kenyan Federation of Industry criticised the new tax on Friday."
    actor = _by_mention(text, "Kenyan Federation")
    assert actor["kind"] == "organization" and actor["country"] == "KEN"
    assert actor["sector"] != "GOV"


def test_bracketed_short_name_is_cut_from_the_body_name() -> None:
    text = "The Ghanaian Football Association (GFA) signed a deal with Nigeria on Monday."
    actor = _by_mention(text, "Ghanaian Football Association")
    assert actor["kind"] == "organization" and actor["country"] == "GHA"
    assert "(" not in actor["name"]


def test_full_country_names_stay_countries() -> None:
    text = "The Russian Federation condemned the attack, and the Soviet Union was recalled."
    assert _by_mention(text, "Russian Federation")["kind"] == "country"
    assert _by_mention(text, "Soviet Union")["kind"] == "country"


def test_demonym_on_common_noun_unchanged() -> None:
    text = "Canadian troops fired on the convoy and the Canadian government defended them."
    troops = _by_mention(text, "Canadian troops")
    assert troops["kind"] == "group" and troops["country"] == "CAN"
    government = _by_mention(text, "Canadian government")
    assert government["country"] == "CAN" and government["rule"] != RULE


def test_plain_country_unchanged() -> None:
    text = "Kenya accused Uganda of moving troops to the border on Tuesday."
    actor = _by_mention(text, "Kenya")
    assert actor["kind"] == "country" and actor["country"] == "KEN"
