"""Wave 90, ev90x: envoy groups that stand for several sides take no guessed country.

events.args.envoy-group.v1: a group named only by a word for people who speak for a side
("the two leaders", "representatives of both sides", "the juntas", "delegates") takes no
country from the story or the sentence's place: it spans the sides of the talks. Near misses: a
word of its own ties the group to one side ("opposition leaders", "leaders of the main
parties"), so the story's country holds. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.event_records import record_of, trigger_event

RULE = "events.args.envoy-group.v1"

_STORY = ("Chile and Peru opened border talks in Lima on Monday. Peru said the talks were long "
          "overdue, and Peru's press followed them closely. {} Peru expects more talks.")


def _source_countries(text: str, trigger: str) -> tuple[list[str | None], str]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    actors = {a.id: a for a in record.actors}
    return [actors[i].country for i in event.source], event.rule


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Representatives of both sides agreed to reopen the crossing.", "agreed"),
    ("Delegates praised the outcome of the talks.", "praised"),
])
def test_envoy_group_takes_no_story_country(sentence: str, trigger: str) -> None:
    countries, rule = _source_countries(_STORY.format(sentence), trigger)
    assert RULE in rule
    assert countries == [None]


def test_counted_pair_that_signs_is_the_named_pair() -> None:
    # since wave 101 (events.args.named-pair-parties.v2) "the two leaders" who sign stand for
    # the two parties the story names, never for the story's one country
    sentence = "On Tuesday the two leaders signed a declaration on fishing rights."
    countries, rule = _source_countries(_STORY.format(sentence), "signed")
    assert "events.args.named-pair-parties.v2" in rule
    assert sorted(c or "" for c in countries) == ["CHL", "PER"]


@pytest.mark.parametrize(("sentence", "trigger"), [
    # a word of their own makes them one side's: the story's country holds
    ("Opposition leaders accused the interior minister of lying.", "accused"),
    ("Leaders of the main parties condemned the violence.", "condemned"),
])
def test_one_sided_leaders_keep_story_country(sentence: str, trigger: str) -> None:
    countries, rule = _source_countries(_STORY.format(sentence), trigger)
    assert RULE not in rule
    assert countries == ["PER"]
