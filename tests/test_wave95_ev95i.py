"""Wave 95, ev95i: an envoy group named "of" parties joined by "and" spans those parties.

events.args.envoy-parties.v1: "the leaders of Chile and Peru" stand for both sides, so a
later "the two leaders" or "they" takes no guessed country from the story, and an elliptic pair
("the leaders of North and South Korea"), where only one of the two is coded, does not take that
one's country (since wave 101, a counted pair that meets, agrees, signs or backs takes the two
named parties instead: events.args.named-pair-parties.v2). Near misses: "the leaders of Peru"
name one side and keep its country.
Sentences written for these tests.
"""

from __future__ import annotations

from tests.event_records import record_of, trigger_event

RULE = "events.args.envoy-parties.v1"


def _source(text: str, trigger: str) -> tuple[list[str | None], str]:
    record = record_of(text)
    event = trigger_event(record, trigger)
    actors = {a.id: a for a in record.actors}
    return [actors[i].country for i in event.source], event.rule


_TALKS = ("Peru's navy searched the coast on Monday, and Peru's press followed the talks. "
          "The leaders of Chile and Peru met in Lima on Monday. {} Peru expects more talks.")


def test_later_mention_of_joined_leaders_takes_the_named_pair() -> None:
    countries, rule = _source(_TALKS.format("In a joint statement, the two leaders also "
                                            "backed a new fishing accord."), "backed")
    # since wave 101 (events.args.named-pair-parties.v2) the counted pair is the two parties
    # named: both countries, not the story's one
    assert sorted(c or "" for c in countries) == ["CHL", "PER"]
    assert "events.args.named-pair-parties.v2" in rule


def test_elliptic_pair_takes_neither_country() -> None:
    countries, rule = _source("SEOUL, May 3 - The leaders of North and South Korea signed a "
                              "trade accord in Seoul on Tuesday.", "signed")
    assert countries == [None]
    assert RULE in rule


def test_leaders_of_one_country_keep_it() -> None:
    countries, rule = _source("LIMA, May 3 - The leaders of Peru signed a trade accord with "
                              "Chile on Tuesday.", "signed")
    assert countries == ["PER"]
    assert RULE not in rule
