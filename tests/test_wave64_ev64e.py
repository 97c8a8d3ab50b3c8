"""Wave 64, ev64e: a group with no country of its own takes the country of the place its own
clause sets its act in, before the article's country is guessed.

- events.args.act-place-country.v1: "a group of students gathered in the Polish city of Krakow
  and denounced ..." in a story that names Ukraine most: the students are Poland's, not
  Ukraine's; "killed twelve civilians in the Russian city of Belgorod": the civilians are
  Russia's.
- Near misses: a place in another phrase of the sentence ("the attack on the embassy in
  Moscow") does not count; a verb of travel makes the place a destination ("arrived in
  Moscow"); a group with a nationality word keeps its own country.
"""

from __future__ import annotations

from typing import Any

from dateline import extract

DATE = "2023-06-15"
RULE = "events.args.act-place-country.v1"
STORY = ("Ukraine's army shelled positions near Donetsk on Friday. "
         "Ukraine said the offensive would go on. ")


def _events(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    record: dict[str, Any] = dict(extract(text, date=DATE).to_dict())
    names = {a["id"]: f"{a['name']}[{a['country']}]" for a in record["actors"]}
    return [(e["type"], e["trigger"]["text"], [names[i] for i in e["source"]],
             [names[i] for i in e["target"]], e["rule"]) for e in record["events"]]


def _event(text: str, trigger: str) -> tuple[str, str, list[str], list[str], str]:
    return next(e for e in _events(STORY + text) if e[1] == trigger)


def test_place_of_own_clause_gives_source_country() -> None:
    kind, _, source, _, rule = _event(
        "A group of students gathered in the Polish city of Krakow and denounced the war in "
        "Ukraine.", "denounced")
    assert kind == "ACCUSE"
    assert source == ["students[POL]"]
    assert RULE in rule


def test_place_of_own_clause_gives_target_country() -> None:
    _, _, _, target, rule = _event(
        "Gunmen killed twelve civilians in the Russian city of Belgorod, Ukraine's critics said.",
        "killed")
    assert target == ["civilians[RUS]"]
    assert RULE in rule


def test_place_of_another_phrase_does_not_count() -> None:
    _, _, source, _, rule = _event(
        "Protesters rallied on Saturday against the war in Ukraine and the attack on the "
        "embassy in Moscow.", "rallied")
    assert source != ["Protesters[RUS]"]
    assert RULE not in rule


def test_travel_destination_does_not_count() -> None:
    for event in _events(STORY + "Activists arrived in Moscow on Saturday to protest the war "
                                 "in Ukraine."):
        assert RULE not in event[4]
        assert "Activists[RUS]" not in event[2]


def test_nationality_word_keeps_its_country() -> None:
    _, _, source, _, rule = _event(
        "Hundreds of Belarusian students gathered in the Polish city of Krakow and denounced "
        "the war.", "denounced")
    assert RULE not in rule
    assert all("[POL]" not in s for s in source)
