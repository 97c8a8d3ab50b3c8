"""Wave 43, ev43c: country codes of people and groups borrowed from elsewhere in the story.

- events.args.article-country.v9 / sentence-place-country.v4 (``event_place_owners``): a country
  named as the owner of the place an act is set in ("in Myanmar's Arakan State") sets the act
  there; Kosovo (XKX) counts as a country of the story and of its places.
- actors.description.located-in.v7, events.args.phrase-country.v2, place-party-country.v2 and
  article-country.v9 (``actor_abroad``): a party whose own words say it is away from home
  ("foreign workers", "Rohingya refugees", "the embassy") takes no country from a place it is in,
  nor the story's; the place it is from still counts ("refugees from Eritrea").
Near misses: a possessed noun that is no place ("in Myanmar's response"), "teachers in Ghana",
"the Ministry of Foreign Affairs in Italy" keep their older readings.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
Party = tuple[str, str | None]
THAI = ("Thailand's army said on Monday that Thailand would tighten its border. Thai officials "
        "met in Bangkok. ")


def _events(text: str) -> list[tuple[str, str, list[Party], list[Party], str]]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    actors = {a["id"]: (a["name"], a.get("country")) for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [actors[s] for s in e["source"]],
             [actors[t] for t in e["target"]], e["rule"]) for e in record["events"]]


def _event(text: str, trigger: str) -> tuple[list[Party], list[Party], str]:
    [(_, _, source, target, rule)] = [e for e in _events(text) if e[1] == trigger]
    return source, target, rule


def _actor(text: str, name: str) -> tuple[str | None, str]:
    record: dict[str, Any] = extract(text, date=DATE).to_dict()
    [found] = [(a.get("country"), a["rule"]) for a in record["actors"] if a["name"] == name]
    return found


def test_owner_of_the_place_sets_the_act(nlp: Any) -> None:
    text = THAI + ("Four people were killed in Myanmar's Arakan State when a helicopter struck "
                   "their village, witnesses said Tuesday.")
    source, target, rule = _event(text, "killed")
    assert (source, target) == ([], [("Four people", "MMR")])
    assert "events.args.sentence-place-country.v4" in rule


def test_possessed_noun_that_is_no_place_keeps_the_story_country(nlp: Any) -> None:
    text = THAI + "Four people were killed in Myanmar's response to the attack, witnesses said."
    _, target, rule = _event(text, "killed")
    assert target == [("Four people", "THA")]
    assert "events.args.article-country.v13" in rule


def test_kosovo_counts_as_a_country(nlp: Any) -> None:
    text = ("Kosovo's president called for calm. Kosovo has been tense for weeks, and Serbia "
            "warned it. Police arrested 40 protesters in Pristina on Monday.")
    _, target, _ = _event(text, "arrested")
    assert target == [("protesters", "XKX")]


def test_refugees_in_a_country_are_not_its(nlp: Any) -> None:
    text = ("Rohingya refugees in Bangladesh protested on Monday against food cuts. Bangladesh "
            "said Bangladesh would review the cuts.")
    assert _event(text, "protested")[:2] == ([("Rohingya refugees", None)], [])


def test_refugees_from_a_country_are_its(nlp: Any) -> None:
    source, _, _ = _event("Refugees from Eritrea protested on Monday in Tel Aviv.", "protested")
    assert source == [("Eritrea refugees", "ERI")]


def test_foreign_officials_in_a_country_are_no_party_of_it(nlp: Any) -> None:
    source, target, _ = _event("Rick Gates met with foreign officials in the Netherlands on "
                               "Monday.", "met")
    assert (source, target) == ([("Rick Gates", None)], [("foreign officials", None)])


def test_embassy_takes_neither_place_nor_story_country(nlp: Any) -> None:
    text = ("Protesters attacked the embassy in Managua on Monday. Nicaragua said Nicaragua "
            "would protect it.")
    assert _event(text, "attacked")[:2] == ([("Protesters", "NIC")], [("embassy", None)])


def test_migrant_takes_no_story_country(nlp: Any) -> None:
    text = ("Hungarian police detained a migrant on Monday near the border. Hungary said Hungary "
            "would build a fence.")
    assert _event(text, "detained")[:2] == ([("Hungarian police", "HUN")], [("migrant", None)])


def test_people_at_home_keep_the_place(nlp: Any) -> None:
    assert _actor("Teachers in Ghana protested on Monday against pay cuts.",
                  "Ghana teachers") == ("GHA", "actors.description.located-in.v7")


def test_foreign_ministry_is_the_state_own(nlp: Any) -> None:
    assert _actor("The Ministry of Foreign Affairs in Italy condemned the attack on Monday.",
                  "Italy ministry of foreign affairs") == (
        "ITA", "actors.description.located-in.v7")
